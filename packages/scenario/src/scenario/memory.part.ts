/**
 * The story's memory while it is played, a part of the bundle (docs/decisions/0027): the values of
 * its variables along the way taken, the choices a step offers with them (hidden, or shown disabled
 * with their reason), the score of an ending. `<qd-scenario>` fetches it only for a story that has
 * variables, conditions or scores (`memory.ts`); a story without them never downloads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import {
  renderInlineText,
  richTextToPlain,
  type Catalog,
  type ContentController,
  type Voice,
} from '@quartiers-douai/core';
import type { MemoryKey } from '../messages.js';
import { scenarioContentSchema } from '../schema.js';
import type { Condition, ScenarioContent, StoryChoice, StoryEnd } from '../story-schema.js';

/** The whole schema: the element checks a story with a memory again with it (its rules). */
export { scenarioContentSchema };

/**
 * The story `c` is shown (checked without its memory's rules): checked again with them, it is
 * shown as a wrong file (core's explanations, in French) if it breaks one.
 */
export function recheck(loader: ContentController<ScenarioContent>, c: ScenarioContent): void {
  const state = loader.state;
  if (
    state.status === 'ready' &&
    state.data === c &&
    !z.safeParse(scenarioContentSchema, c).success
  )
    loader.accept(c, state.source);
}

/** The values of the story's variables. */
export type Vars = Record<string, boolean | number>;

/** A choice as the step offers it: `locked` when its condition does not hold (it has a reason). */
export interface Offer {
  /** Its index among the step's choices (as in `qd-choice` and the saved progress). */
  index: number;
  choice: StoryChoice;
  locked: boolean;
}

/** The French texts of the memory: they join `<qd-scenario>`'s catalog when this part comes. */
export const memoryFr: Catalog<MemoryKey> = {
  score: 'Votre score : {score}',
  scoreOutOf: 'Votre score : {score} sur {max}',
  locked: 'Pas possible pour l’instant',
};

/** Whether `c` holds with `v` (no condition: it holds). */
export function holds(c: Condition | undefined, v: Readonly<Vars>): boolean {
  if (!c) return true;
  if (c.all) return c.all.every((x) => holds(x, v));
  if (c.any) return c.any.some((x) => holds(x, v));
  if (c.not) return !holds(c.not, v);
  const x = v[c.var ?? ''];
  if (c.is !== undefined) return x === c.is;
  if (typeof x !== 'number') return false;
  if (c.atLeast !== undefined) return x >= c.atLeast;
  if (c.atMost !== undefined) return x <= c.atMost;
  return x === c.equals;
}

/** The values at the start of the story. */
export function startVars(c: ScenarioContent): Vars {
  const v: Vars = {};
  for (const d of c.variables ?? []) v[d.name] = d.initial ?? (d.kind === 'counter' ? 0 : false);
  return v;
}

/** The values after a choice (`set`, then `add`). */
export function after(v: Readonly<Vars>, ch: StoryChoice): Vars {
  const next: Vars = { ...v, ...ch.set };
  for (const [name, by] of Object.entries(ch.add ?? {})) next[name] = Number(next[name] ?? 0) + by;
  return next;
}

/** The values along a way taken (the choices made at each step). */
export function varsAlong(
  c: ScenarioContent,
  steps: ReadonlyArray<{ node: string; choice?: number | undefined }>,
): Vars {
  let v = startVars(c);
  for (const s of steps) {
    const ch = s.choice === undefined ? undefined : c.nodes[s.node]?.choices?.[s.choice];
    if (ch) v = after(v, ch);
  }
  return v;
}

/**
 * What step `node` offers with `v`: a choice holds when its own `if` and the `if` of the step it
 * leads to hold; otherwise it is shown disabled when it has a `reason`, else not offered.
 */
export function offers(c: ScenarioContent, node: string, v: Readonly<Vars>): Offer[] {
  return (c.nodes[node]?.choices ?? []).flatMap((choice, index) => {
    const ok = holds(choice.if, v) && holds(c.nodes[choice.next]?.if, v);
    return ok || choice.reason ? [{ index, choice, locked: !ok }] : [];
  });
}

/** The score of an ending with `v` (its `score`, or its counter's value), if it has one. */
export function scoreOf(end: StoryEnd, v: Readonly<Vars>): number | undefined {
  if (end.scoreFrom !== undefined) return Number(v[end.scoreFrom] ?? 0);
  return end.score;
}

/**
 * The memory of one `<qd-scenario>`: what its steps offer along the way taken, why a choice is not
 * possible (written under it, said when it is pressed), the score of its ending. It speaks through
 * the element's voice, and shows texts as the element does (`pick`: the easy-read variant when on).
 */
export class Mind {
  constructor(
    private readonly voice: Voice,
    private readonly pick: (text?: string, easy?: string) => string | undefined,
  ) {}

  /** The values along the way taken. */
  vars(c: ScenarioContent, steps: Parameters<typeof varsAlong>[1]): Vars {
    return varsAlong(c, steps);
  }

  offers(c: ScenarioContent, node: string, v: Readonly<Vars>): Offer[] {
    return offers(c, node, v);
  }

  /** Why a choice is not possible, under it (`id` for its `aria-describedby`). */
  why(ch: StoryChoice, id: string): TemplateResult {
    const reason = renderInlineText(this.pick(ch.reason, ch.easyReason), {
      newTabLabel: this.voice.t('newTab'),
    });
    return html`<p id=${id}>${this.voice.t('locked')} : ${reason}</p>`;
  }

  /** A choice that is not possible was pressed: its reason is said. */
  refuse(ch: StoryChoice): void {
    this.voice.say(richTextToPlain(this.pick(ch.reason, ch.easyReason) ?? ''));
  }

  /** The ending's score, with `v`: « Votre score : 3 sur 5 » (nothing without a score). */
  score(end: StoryEnd, v: Readonly<Vars>): TemplateResult | typeof nothing {
    const score = scoreOf(end, v);
    if (score === undefined) return nothing;
    const max = end.scoreOutOf;
    return html`<p>
      <strong>${this.voice.t(max ? 'scoreOutOf' : 'score', { score, max: max ?? '' })}</strong>
    </p>`;
  }
}

/**
 * Every game that can be played, as the way taken (each step and the choice made there), the
 * memory taken into account: only choices offered and possible are followed, each at most once per
 * game (as `allPaths`). For tests and the quality gates' walks; `limit` stops a runaway story.
 */
export function playableWays(
  c: ScenarioContent,
  limit = 10_000,
): Array<Array<{ node: string; choice?: number }>> {
  const out: Array<Array<{ node: string; choice?: number }>> = [];
  const walk = (
    node: string,
    way: Array<{ node: string; choice?: number }>,
    v: Vars,
    taken: ReadonlySet<string>,
  ) => {
    if (out.length >= limit || !c.nodes[node]) return;
    if (c.nodes[node]!.end) {
      out.push([...way, { node }]);
      return;
    }
    for (const o of offers(c, node, v)) {
      const edge = `${node}#${o.index}`;
      if (o.locked || taken.has(edge)) continue;
      walk(
        o.choice.next,
        [...way, { node, choice: o.index }],
        after(v, o.choice),
        new Set(taken).add(edge),
      );
    }
  };
  walk(c.start, [], startVars(c), new Set());
  return out;
}
