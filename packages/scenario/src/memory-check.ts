/**
 * The schema's rules on the story's memory (docs/decisions/0027): every variable a choice, a
 * condition or an ending names is declared, of the right kind, and set by some choice before a
 * condition tests it; every condition has one form; and, the variables taken into account, every
 * step can be reached in some game and no game gets stuck on a step with no choice offered.
 *
 * The last two play every game at once: states (step, values) from the start, a counter beyond
 * the numbers its conditions compare it with becoming "any value" (so the states are finite), a
 * test on such a value "maybe" (both ways are followed). A step no state reaches is flagged; a step
 * where a game played with known values only finds no choice is flagged. Past `LIMIT` states the
 * story is too big to play through, and nothing is flagged (no false alarm).
 */
import { addIssue, checkUniqueIds } from '@quartiers-douai/core';
import { reachable } from './graph.js';
import type { Condition, ScenarioContent } from './story-schema.js';

type Ctx = { issues: Array<unknown>; value: ScenarioContent };
/** A value while every game is played: `null` is "any value" (a counter gone past its bounds). */
type Val = boolean | number | null;
/** A test: 0 never holds, 1 holds, 2 may hold. */
type Tri = 0 | 1 | 2;

const LIMIT = 20_000;

/** Whether `c` holds with `v` (three-valued: an unknown value makes a test "maybe"). */
export function test(c: Condition | undefined, v: Readonly<Record<string, Val>>): Tri {
  if (!c) return 1;
  if (c.all || c.any) {
    const all = !!c.all;
    let r: Tri = all ? 1 : 0;
    for (const x of (c.all ?? c.any)!) {
      const t = test(x, v);
      if (t === 2) r = 2;
      else if (t === (all ? 0 : 1)) return t;
    }
    return r;
  }
  if (c.not) {
    const t = test(c.not, v);
    return t === 2 ? 2 : t === 1 ? 0 : 1;
  }
  const x = v[c.var ?? ''];
  if (x === null || x === undefined) return 2;
  return (
    c.is !== undefined
      ? x === c.is
      : c.atLeast !== undefined
        ? (x as number) >= c.atLeast
        : c.atMost !== undefined
          ? (x as number) <= c.atMost
          : x === c.equals
  )
    ? 1
    : 0;
}

/** The forms a condition can take, and the tests of a `var` form. */
const FORMS = ['var', 'all', 'any', 'not'] as const;
const TESTS = ['is', 'atLeast', 'atMost', 'equals'] as const;

/** The rules of the story's memory (a check of the schema, after the story's own rules). */
export function checkMemory(ctx: Ctx): void {
  const s = ctx.value;
  const clean = ctx.issues.length === 0;
  const vars = s.variables ?? [];
  checkUniqueIds(ctx, vars as Array<{ id?: string }>, ['variables'], 'name');
  const kind = new Map(vars.map((v) => [v.name, v.kind]));
  const isSet = new Set<string>();
  const tested = new Set<string>();
  /** Counters: the numbers they are compared with (and their start), for their bounds. */
  const bounds = new Map<string, number[]>();
  const named = (at: Array<string | number>, name: string, want?: 'flag' | 'counter'): boolean => {
    const k = kind.get(name);
    if (!k) addIssue(ctx, at, '§varUnknown', { name });
    else if (want && k !== want) addIssue(ctx, at, '§varKind', { name, kind: k });
    return k === want;
  };
  vars.forEach((v, i) => {
    const num = typeof v.initial === 'number';
    if (v.initial !== undefined && num !== (v.kind === 'counter'))
      addIssue(ctx, ['variables', i, 'initial'], '§varKind', { name: v.name, kind: v.kind });
    if (v.kind === 'counter') bounds.set(v.name, [num ? (v.initial as number) : 0]);
  });
  const cond = (c: Condition | undefined, at: Array<string | number>): void => {
    if (!c) return;
    const forms = FORMS.filter((f) => c[f] !== undefined);
    const tests = TESTS.filter((t) => c[t] !== undefined);
    if (forms.length !== 1 || (forms[0] === 'var') !== (tests.length === 1)) {
      addIssue(ctx, at, '§condShape');
      return;
    }
    if (c.var !== undefined) {
      tested.add(c.var);
      if (named(at, c.var, c.is === undefined ? 'counter' : 'flag')) {
        bounds.get(c.var)?.push((c.atLeast ?? c.atMost ?? c.equals)!);
      }
    }
    c.all?.forEach((x, i) => cond(x, [...at, 'all', i]));
    c.any?.forEach((x, i) => cond(x, [...at, 'any', i]));
    cond(c.not, [...at, 'not']);
  };
  for (const [id, node] of Object.entries(s.nodes)) {
    const at = ['nodes', id];
    cond(node.if, [...at, 'if']);
    node.choices?.forEach((ch, i) => {
      const here = [...at, 'choices', i];
      cond(ch.if, [...here, 'if']);
      for (const [name, value] of Object.entries(ch.set ?? {})) {
        named([...here, 'set', name], name, typeof value === 'number' ? 'counter' : 'flag');
        isSet.add(name);
        bounds.get(name)?.push(value as number);
      }
      for (const name of Object.keys(ch.add ?? {})) {
        named([...here, 'add', name], name, 'counter');
        isSet.add(name);
      }
    });
    const end = node.end;
    if (end?.scoreFrom !== undefined) {
      named([...at, 'end', 'scoreFrom'], end.scoreFrom, 'counter');
      if (end.score !== undefined) addIssue(ctx, [...at, 'end'], '§scoreTwice');
    }
  }
  vars.forEach((v, i) => {
    if (tested.has(v.name) && !isSet.has(v.name))
      addIssue(ctx, ['variables', i], '§varNeverSet', { name: v.name });
  });
  if (clean && ctx.issues.length === 0 && tested.size > 0) playAll(ctx, s, reachable(s), bounds);
}

/** Plays every game at once (see the file's comment) and flags what no game reaches. */
function playAll(
  ctx: Ctx,
  s: ScenarioContent,
  seen: ReadonlySet<string>,
  bounds: ReadonlyMap<string, number[]>,
): void {
  const lo = new Map([...bounds].map(([n, b]) => [n, Math.min(...b) - 1]));
  const hi = new Map([...bounds].map(([n, b]) => [n, Math.max(...b) + 1]));
  const start: Record<string, Val> = {};
  for (const v of s.variables ?? [])
    start[v.name] = v.initial ?? (v.kind === 'counter' ? 0 : false);
  const reached = new Set<string>();
  const stuck = new Set<string>();
  const done = new Set<string>();
  const todo: Array<[string, Record<string, Val>, boolean]> = [[s.start, start, true]];
  while (todo.length > 0) {
    if (done.size > LIMIT) return;
    const [id, v, sure] = todo.pop()!;
    const key = `${id}|${sure}|${JSON.stringify(v)}`;
    if (done.has(key)) continue;
    done.add(key);
    reached.add(id);
    const node = s.nodes[id]!;
    let offered = 0;
    for (const ch of node.choices ?? []) {
      const a = test(ch.if, v);
      const b = test(s.nodes[ch.next]?.if, v);
      const t = a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1;
      if (t === 0) continue;
      offered++;
      const next = { ...v, ...ch.set };
      for (const [name, by] of Object.entries(ch.add ?? {})) {
        const x = next[name];
        next[name] =
          typeof x === 'number' && x + by >= lo.get(name)! && x + by <= hi.get(name)!
            ? x + by
            : null;
      }
      todo.push([ch.next, next, sure && t === 1 && !Object.values(next).includes(null)]);
    }
    if (sure && offered === 0 && !node.end) stuck.add(id);
  }
  for (const id of seen)
    if (!reached.has(id)) addIssue(ctx, ['nodes', id], '§neverMet', { node: id });
  for (const id of stuck) addIssue(ctx, ['nodes', id], '§stuck', { node: id });
}
