/**
 * Counting the ballots, free of DOM. Answers that do not fit the question (unknown choice, value
 * off the scale, wrong type) are left out, so a hand-edited file never breaks the results.
 */
import type { Ballot, PollContent, PollQuestion } from '../schema.js';

export interface CountRow {
  id: string;
  count: number;
  /** Share of the question's respondents, 0–1. */
  share: number;
}

export interface RankRow {
  id: string;
  /** Borda points: see `bordaPoints`. */
  points: number;
  /** Points as a share of the most a choice could get (ranked first by everyone), 0–1. */
  share: number;
  /** Average position (1 = first); `undefined` when nobody ranked it. */
  meanRank: number | undefined;
}

export interface ScaleRow {
  value: number;
  count: number;
  share: number;
}

export type QuestionTally =
  | { type: 'single' | 'multiple'; respondents: number; rows: CountRow[] }
  | { type: 'ranking'; respondents: number; rows: RankRow[]; size: number }
  | { type: 'scale'; respondents: number; mean: number | undefined; rows: ScaleRow[] }
  | { type: 'text'; respondents: number; texts: string[] };

export interface Tally {
  /** Ballots counted. */
  participants: number;
  questions: Record<string, QuestionTally>;
}

/**
 * Borda count: with `n` choices, the choice ranked 1st gets `n - 1` points, the 2nd `n - 2`, …,
 * the last 0. A ranking that leaves choices out gives them 0 points.
 */
export const bordaPoints = (n: number, position: number): number => Math.max(0, n - position);

const share = (n: number, of: number): number => (of > 0 ? n / of : 0);

function tallyQuestion(q: PollQuestion, answers: unknown[]): QuestionTally {
  const ids = (q.choices ?? []).map((ch) => ch.id);
  const known = new Set(ids);
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const counts = new Map(ids.map((id) => [id, 0]));
      let respondents = 0;
      for (const a of answers) {
        const picked = (
          q.type === 'single' ? (typeof a === 'string' ? [a] : []) : Array.isArray(a) ? a : []
        ).filter((x): x is string => known.has(x as string));
        const unique = [...new Set(picked)];
        if (unique.length === 0) continue;
        respondents++;
        for (const id of unique) counts.set(id, counts.get(id)! + 1);
      }
      return {
        type: q.type,
        respondents,
        rows: ids.map((id) => ({
          id,
          count: counts.get(id)!,
          share: share(counts.get(id)!, respondents),
        })),
      };
    }
    case 'ranking': {
      const n = ids.length;
      const points = new Map(ids.map((id) => [id, 0]));
      const ranks = new Map<string, number[]>(ids.map((id) => [id, []]));
      let respondents = 0;
      for (const a of answers) {
        if (!Array.isArray(a)) continue;
        const order = [...new Set(a.filter((x): x is string => known.has(x as string)))];
        if (order.length === 0) continue;
        respondents++;
        order.forEach((id, i) => {
          points.set(id, points.get(id)! + bordaPoints(n, i + 1));
          ranks.get(id)!.push(i + 1);
        });
      }
      const max = respondents * bordaPoints(n, 1);
      const rows = ids.map((id) => {
        const r = ranks.get(id)!;
        return {
          id,
          points: points.get(id)!,
          share: share(points.get(id)!, max),
          meanRank: r.length ? r.reduce((s, x) => s + x, 0) / r.length : undefined,
        };
      });
      // Most points first; ties keep the content's order (sort is stable).
      rows.sort((x, y) => y.points - x.points);
      return { type: 'ranking', respondents, rows, size: n };
    }
    case 'scale': {
      const { min, max } = q.scale!;
      const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
      const counts = new Map(values.map((v) => [v, 0]));
      let sum = 0;
      let respondents = 0;
      for (const a of answers) {
        if (typeof a !== 'number' || !counts.has(a)) continue;
        respondents++;
        sum += a;
        counts.set(a, counts.get(a)! + 1);
      }
      return {
        type: 'scale',
        respondents,
        mean: respondents ? sum / respondents : undefined,
        rows: values.map((value) => ({
          value,
          count: counts.get(value)!,
          share: share(counts.get(value)!, respondents),
        })),
      };
    }
    case 'text': {
      const texts = answers
        .filter((a): a is string => typeof a === 'string')
        .map((a) => a.trim())
        .filter((a) => a !== '');
      return { type: 'text', respondents: texts.length, texts };
    }
  }
}

export function tally(poll: PollContent, ballots: ReadonlyArray<Pick<Ballot, 'answers'>>): Tally {
  const questions: Record<string, QuestionTally> = {};
  for (const q of poll.questions)
    questions[q.id] = tallyQuestion(
      q,
      ballots.map((b) => b.answers[q.id]),
    );
  return { participants: ballots.length, questions };
}
