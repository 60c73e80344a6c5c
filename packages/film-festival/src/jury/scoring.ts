/**
 * The jury's arithmetic, without any UI: a juror's weighted total for a film, the data a juror's
 * tablet keeps and exports, the CSV tables, and the merge of several jurors' files into a ranking
 * (weighted mean; the tie rule is in docs/festival.md, « Départager les ex æquo »).
 */
import * as z from 'zod/mini';
import {
  csvFile,
  int,
  loadStoreCode,
  storeNow,
  textMax,
  type DeviceStoreBase,
} from '@quartiers-douai/core';
import type { Criterion, FestivalContent, Film } from '../schema.js';

export const JURY_DATA_VERSION = 1;

/** What a juror's tablet keeps (and exports): scores by film then criterion, and comments. */
export const juryDataSchema = z.object({
  /** The festival's `id`: a file from another festival is refused. */
  festival: textMax(200),
  /** How the juror is named on the results ("Juré 2", a first name): never required. */
  juror: textMax(60),
  scores: z.record(z.string(), z.record(z.string(), int(0, 100))),
  comments: z.record(z.string(), textMax(4000)),
});
export type JuryData = z.infer<typeof juryDataSchema>;

/**
 * A juror's record: on the tablet (`qd:film-jury:<festival>`, opened through the grid's
 * `StorageController`) and in the files a juror downloads. The notes are the festival's, not the
 * person's (`owner: 'centre'`): a resident's « Effacer mes données » in another element on the
 * same tablet leaves them.
 */
export const juryRecord = (festival: string) =>
  ({
    type: 'film-jury',
    id: festival,
    version: JURY_DATA_VERSION,
    schema: juryDataSchema,
    owner: 'centre',
  }) as const;

/**
 * The format of a juror's file (envelope, version, checks), keeping nothing on the device: with
 * core's storage code, fetched once per page (undefined if it cannot come, offline).
 */
export const juryFile = (festival: string): Promise<DeviceStoreBase<JuryData> | undefined> =>
  loadStoreCode().then((here) =>
    here ? storeNow<JuryData>({ ...juryRecord(festival), area: 'none' }) : undefined,
  );

export const emptyJury = (festival: string): JuryData => ({
  festival,
  juror: '',
  scores: {},
  comments: {},
});

export interface FilmTotal {
  /** Σ weight × score over the scored criteria. */
  total: number;
  /** Σ weight × scale max over all criteria. */
  max: number;
  /** How many criteria are not scored yet. */
  missing: number;
}

/** A juror's weighted total for one film. */
export function filmTotal(
  criteria: readonly Criterion[],
  scores: Readonly<Record<string, number>> | undefined,
): FilmTotal {
  let total = 0;
  let max = 0;
  let missing = 0;
  for (const c of criteria) {
    max += c.weight * c.scale.max;
    const s = scores?.[c.id];
    if (s === undefined || s < c.scale.min || s > c.scale.max) missing++;
    else total += c.weight * s;
  }
  return { total, max, missing };
}

/** Decimal numbers as French spreadsheets read them: 13,5. */
const dec = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/** One juror's table: a row per film, a column per criterion, the total and the comment. */
export function juryCsv(f: FestivalContent, d: JuryData, headers: JuryHeaders): string {
  return csvFile([
    [
      headers.film,
      ...f.criteria.map((c) => `${c.label} (×${c.weight})`),
      headers.total,
      headers.max,
      headers.comment,
    ],
    ...f.films.map((film) => {
      const t = filmTotal(f.criteria, d.scores[film.id]);
      return [
        film.title,
        ...f.criteria.map((c) => d.scores[film.id]?.[c.id] ?? ''),
        t.missing === 0 ? dec(t.total) : '',
        dec(t.max),
        d.comments[film.id] ?? '',
      ];
    }),
  ]);
}

export interface JuryHeaders {
  film: string;
  total: string;
  max: string;
  comment: string;
}

/** One line of the merged results. */
export interface Ranked {
  film: Film;
  /** 1, 2, 2, 4… (competition ranking); undefined when no juror scored every criterion. */
  rank?: number;
  /** Shares its rank with another film, after the tie rule. */
  tie: boolean;
  /** Mean of the jurors' weighted totals (jurors with a complete grid for this film). */
  mean?: number;
  max: number;
  /** Mean score of each criterion (content order), used by the tie rule. */
  byCriterion: number[];
  /** How many jurors scored every criterion of this film. */
  jurors: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Compared at 1/100 of a point: 13.333… and 13.33 are the same score on screen and on paper. */
const key = (n: number) => Math.round(n * 100);

/**
 * Merges jurors' grids. A film's score is the mean of the weighted totals of the jurors who
 * scored all its criteria. Ties (same mean, to 1/100) are broken by the mean score of the first
 * criterion of the file, then the second, and so on; films still equal share their rank
 * ("ex æquo": the jury decides).
 */
export function rank(f: FestivalContent, grids: readonly JuryData[]): Ranked[] {
  const rows: Ranked[] = f.films.map((film) => {
    const complete = grids.filter((g) => filmTotal(f.criteria, g.scores[film.id]).missing === 0);
    const max = filmTotal(f.criteria, undefined).max;
    if (complete.length === 0)
      return { film, tie: false, max, byCriterion: f.criteria.map(() => 0), jurors: 0 };
    return {
      film,
      tie: false,
      mean: mean(complete.map((g) => filmTotal(f.criteria, g.scores[film.id]).total)),
      max,
      byCriterion: f.criteria.map((c) => mean(complete.map((g) => g.scores[film.id]![c.id]!))),
      jurors: complete.length,
    };
  });
  const cmp = (a: Ranked, b: Ranked): number => {
    if (a.mean === undefined || b.mean === undefined)
      return a.mean === undefined ? (b.mean === undefined ? 0 : 1) : -1;
    const d = key(b.mean) - key(a.mean);
    if (d !== 0) return d;
    for (let i = 0; i < a.byCriterion.length; i++) {
      const c = key(b.byCriterion[i]!) - key(a.byCriterion[i]!);
      if (c !== 0) return c;
    }
    return 0;
  };
  const sorted = rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => cmp(x.r, y.r) || x.i - y.i)
    .map((x) => x.r);
  sorted.forEach((r, i) => {
    if (r.mean === undefined) return;
    const prev = sorted[i - 1];
    r.rank = prev && prev.rank !== undefined && cmp(prev, r) === 0 ? prev.rank : i + 1;
  });
  for (const r of sorted)
    r.tie = r.rank !== undefined && sorted.some((o) => o !== r && o.rank === r.rank);
  return sorted;
}

/** The merged results as a table. */
export function resultsCsv(
  f: FestivalContent,
  ranked: readonly Ranked[],
  headers: { rank: string; film: string; mean: string; max: string; jurors: string },
): string {
  return csvFile([
    [
      headers.rank,
      headers.film,
      headers.mean,
      headers.max,
      ...f.criteria.map((c) => c.label),
      headers.jurors,
    ],
    ...ranked.map((r) => [
      r.rank === undefined ? '' : `${r.rank}${r.tie ? ' ex æquo' : ''}`,
      r.film.title,
      r.mean === undefined ? '' : dec(r.mean),
      dec(r.max),
      ...r.byCriterion.map((x) => (r.mean === undefined ? '' : dec(x))),
      r.jurors,
    ]),
  ]);
}
