/**
 * The content rules of `showIf` (docs/decisions/0025), part of the poll's schema: a condition
 * names a question asked *before* (an unknown one, a later one or a loop is reported with its
 * path), answers that question can give, and a question whose conditions can never hold
 * (contradictory, or on a question never asked) is reported as unreachable. French sentences:
 * `texts.lazy.ts`.
 */
import { addIssue } from '@quartiers-douai/core';
import type { PollQuestion, ShowIf, ShowIfCondition } from './schema.js';

type Ctx = { issues: Array<unknown>; value: unknown };

/** The conditions of a `showIf`: its `all` or `any` list, or itself. */
export const conditionsOf = (s: ShowIf): ShowIfCondition[] =>
  s.all ?? s.any ?? [s as ShowIfCondition];

/** Question `from` is asked after an answer to `target`, directly or through other conditions. */
function dependsOn(qs: PollQuestion[], from: number, target: string, seen: number[]): boolean {
  const s = qs[from]?.showIf;
  if (!s || seen.includes(from)) return false;
  seen.push(from);
  return conditionsOf(s).some(
    (c) =>
      c.question === target ||
      dependsOn(
        qs,
        qs.findIndex((q) => q.id === c.question),
        target,
        seen,
      ),
  );
}

export function checkShowIf(ctx: Ctx, qs: PollQuestion[]): void {
  const ids = qs.map((q) => q.id);
  /** Question i can never be asked. */
  const never: boolean[] = [];
  qs.forEach((q, i) => {
    const s = q.showIf;
    never[i] = false;
    if (!s) return;
    const at = ['questions', i, 'showIf'];
    const list = s.all ? 'all' : s.any ? 'any' : undefined;
    if (
      +!!s.all + +!!s.any + +(s.question !== undefined) !== 1 ||
      (list && (s.anyOf || s.answered))
    )
      return addIssue(ctx, at, '§showIfShape');
    const conds = conditionsOf(s);
    if (list && conds.length === 0) return addIssue(ctx, [...at, list], '§showIfEmpty');
    /** Each condition can never hold (no answer named, or on a question never asked). */
    const impossible = conds.map((c, k) => {
      const where = list ? [...at, list, k] : at;
      const j = ids.indexOf(c.question);
      const ref = qs[j];
      const params = { id: c.question };
      if (!ref) return addIssue(ctx, [...where, 'question'], '§showIfUnknown', params);
      if (j >= i)
        return addIssue(
          ctx,
          [...where, 'question'],
          dependsOn(qs, j, q.id, []) ? '§showIfCycle' : '§showIfLater',
          params,
        );
      if ((c.anyOf === undefined) === !c.answered) return addIssue(ctx, where, '§showIfWhich');
      if (c.anyOf) {
        const scale = ref.scale;
        const ok =
          ref.type === 'scale' && scale
            ? (v: unknown) => typeof v === 'number' && v >= scale.min && v <= scale.max
            : ref.type === 'single' || ref.type === 'multiple'
              ? (v: unknown) => !!ref.choices?.some((ch) => ch.id === v)
              : undefined;
        if (!ok) return addIssue(ctx, [...where, 'anyOf'], '§showIfAnyOfType', { type: ref.type });
        c.anyOf.forEach((value, m) => {
          if (!ok(value))
            addIssue(ctx, [...where, 'anyOf', m], '§showIfValue', { ...params, value });
        });
        if (c.anyOf.length === 0) return true;
      }
      return never[j];
    });
    // All must hold: two conditions on one single choice or scale with no answer in common clash.
    const clash = (c: ShowIfCondition, d: ShowIfCondition) =>
      c.question === d.question &&
      /^s(ingle|cale)$/.test(qs[ids.indexOf(c.question)]?.type ?? '') &&
      !!c.anyOf &&
      !!d.anyOf &&
      !c.anyOf.some((v) => d.anyOf!.includes(v));
    never[i] = s.any
      ? impossible.every(Boolean)
      : impossible.some(Boolean) ||
        conds.some((c, k) => conds.some((d, m) => m > k && clash(c, d)));
    if (never[i]) addIssue(ctx, at, '§showIfNever', { id: q.id });
  });
}
