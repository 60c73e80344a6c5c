/**
 * How the answers become a profile (docs/autodiagnostic.md, « Comment le niveau est calculé »):
 *  - each answer is worth 0 ("Je ne sais pas"), 1 ("Avec de l'aide"), 2 ("Seul(e)") or
 *    3 ("Je peux montrer à quelqu'un"); a skipped statement counts for nothing (it is left out);
 *  - an area's average is the mean of its answered statements; its level is the last level
 *    (lowest first) whose `min` is at most that average;
 *  - an area whose statements were all skipped is "pas encore évalué" (`level` undefined),
 *    never a zero;
 *  - a workshop is recommended when its area was evaluated and the person's level there is the
 *    workshop's `maxLevel` or a lower one.
 * No overall score is ever computed.
 */
import type { Area, AutodiagContent, Item, Level, Recommendation } from './schema.js';

/** An answer: 0 … 3, or `null` when the statement was skipped. */
export type Answer = number | null;
/** The answers of one run, by item id (absent: not reached yet). */
export type Answers = Record<string, Answer>;

export interface AreaResult {
  area: Area;
  /** The levels of this area, lowest first. */
  levels: Level[];
  /** Undefined: every statement of the area was skipped ("pas encore évalué"). */
  level?: Level;
  /** Its position in `levels` (0 = the first), or -1 when not evaluated. */
  rank: number;
  /** How many of the area's statements were answered, and how many it has. */
  answered: number;
  total: number;
}

export const levelsOf = (c: AutodiagContent, area: Area): Level[] => area.levels ?? c.levels;

/** The level for an average (the last one whose `min` is reached). */
export function levelFor(levels: Level[], average: number): Level {
  let found = levels[0]!;
  for (const l of levels) if (average >= l.min - 1e-9) found = l;
  return found;
}

export function areaResults(c: AutodiagContent, answers: Answers): AreaResult[] {
  return c.areas.map((area) => {
    const levels = levelsOf(c, area);
    const items = c.items.filter((i) => i.area === area.id);
    const values = items
      .map((i) => answers[i.id])
      .filter((v): v is number => typeof v === 'number');
    if (values.length === 0) return { area, levels, rank: -1, answered: 0, total: items.length };
    const average = values.reduce((a, b) => a + b, 0) / values.length;
    const level = levelFor(levels, average);
    return {
      area,
      levels,
      level,
      rank: levels.indexOf(level),
      answered: values.length,
      total: items.length,
    };
  });
}

/** The recommendations for these results, in the content's order. */
export function recommended(c: AutodiagContent, results: AreaResult[]): Recommendation[] {
  const byArea = new Map(results.map((r) => [r.area.id, r]));
  return c.recommendations.filter((rec) => {
    const r = byArea.get(rec.area);
    if (!r?.level) return false;
    const max = r.levels.findIndex((l) => l.id === rec.maxLevel);
    return max >= 0 && r.rank <= max;
  });
}

/** "Ce que je sais déjà faire": the statements answered "Seul(e)" or "Je peux montrer". */
export const canDo = (c: AutodiagContent, answers: Answers): Item[] =>
  c.items.filter((i) => (answers[i.id] ?? -1) >= 2);

/** The key of "pas encore évalué" in the centre's counts (not a valid level id). */
export const NOT_EVALUATED = '-';

/** One diagnostic's contribution to the centre's counts: its level in each area. */
export const contribution = (results: AreaResult[]): Record<string, string> =>
  Object.fromEntries(results.map((r) => [r.area.id, r.level?.id ?? NOT_EVALUATED]));
