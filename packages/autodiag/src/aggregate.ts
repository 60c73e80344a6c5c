/**
 * The centre's anonymous counts (`storage="local"` with a `staff-pin`): how many diagnostics
 * ended at each level of each area, on this device. Nothing else: no answer, no name, no time
 * (the envelope's `savedAt` is written as a fixed date, see `undated`). Kept as the centre's
 * record (`owner: 'centre'`): a resident's "Effacer mes données" leaves it; the staff panel
 * empties it.
 *
 * `qd:autodiag-counts:<diagnostic id>` → `{ "counts": { "<area>": { "<level>": 3, "-": 1 } } }`
 * (`-` = the area was not evaluated: every statement of it was skipped).
 */
import * as z from 'zod/mini';
import type { DeviceStoreBase } from '@quartiers-douai/core';

export const COUNTS_VERSION = 1;
export const COUNTS_TYPE = 'autodiag-counts';

/** `{ counts: { area: { level: n } } }`, whole numbers ≥ 0, and nothing else. */
export interface Counts {
  counts: Record<string, Record<string, number>>;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A plain check (no zod record class in the bundle): the shape above, with no other key. */
export const countsSchema = z.custom<Counts>(
  (v) =>
    isRecord(v) &&
    Object.keys(v).join() === 'counts' &&
    isRecord(v['counts']) &&
    Object.values(v['counts']).every(
      (row) =>
        isRecord(row) && Object.values(row).every((n) => Number.isInteger(n) && (n as number) >= 0),
    ),
);

/** What the store writes instead of the time of the last save. */
export const UNDATED = '1970-01-01T00:00:00.000Z';

/** Makes a store write no time: the last save would tell when the last person finished. */
export function undated<T>(store: DeviceStoreBase<T>): DeviceStoreBase<T> {
  const envelope = store.envelope.bind(store);
  store.envelope = (data: T) => ({ ...envelope(data), savedAt: UNDATED });
  return store;
}

/** The entries of `o`, sorted by key (so that the order of insertion is never written). */
const sorted = <T>(o: Record<string, T>): Array<[string, T]> =>
  Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Adds (`delta` 1) or takes back (-1) one diagnostic's levels, area by area. Areas and levels
 * come out sorted by id: the stored text must not tell which level was reached first.
 */
export function addTo(counts: Counts, levels: Record<string, string>, delta: 1 | -1): Counts {
  const out: Counts['counts'] = {};
  for (const [area, row] of Object.entries(counts.counts)) out[area] = { ...row };
  for (const [area, level] of Object.entries(levels)) {
    const row = (out[area] ??= {});
    const n = Math.max(0, (row[level] ?? 0) + delta);
    if (n === 0) delete row[level];
    else row[level] = n;
    if (Object.keys(row).length === 0) delete out[area];
  }
  return {
    counts: Object.fromEntries(
      sorted(out).map(([area, row]) => [area, Object.fromEntries(sorted(row))]),
    ),
  };
}
