/**
 * The person's own history of this self-check, kept on their device only with their agreement
 * (docs/decisions/0026): per attempt, its day and, per area, the level reached — never the
 * answers themselves. One attempt per day (the last of the day), the
 * last `MAX_ATTEMPTS` kept. Free of DOM: `history.part.ts` shows it.
 */
import * as z from 'zod/mini';
import { isRecord } from '../aggregate.js';
import type { AreaResult } from '../levels.js';
import type { AutodiagContent } from '../schema.js';

export const HISTORY_TYPE = 'autodiag-history';
export const HISTORY_VERSION = 1;
/** Attempts kept (older ones are forgotten). */
export const MAX_ATTEMPTS = 12;

/** One attempt: its day (`AAAA-MM-JJ`) and, by area id, the level id reached (`null`: not evaluated). */
export interface Attempt {
  on: string;
  areas: Record<string, string | null>;
}

export interface History {
  attempts: Attempt[];
}

const isDay = (v: unknown): boolean => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A plain check, like the centre's counts (`aggregate.ts`: no zod record class in the bundle),
 * run on every load and every file taken back: anything else is set aside as damaged.
 */
export const historySchema = z.custom<History>(
  (v) =>
    isRecord(v) &&
    Array.isArray(v['attempts']) &&
    v['attempts'].every(
      (a) =>
        isRecord(a) &&
        isDay(a['on']) &&
        isRecord(a['areas']) &&
        Object.values(a['areas']).every((l) => l === null || typeof l === 'string'),
    ),
  {
    message:
      'historique illisible : une liste "attempts" de { "on": "AAAA-MM-JJ", "areas": { … } }',
  },
);

/** Today on this device, `AAAA-MM-JJ`. */
export function localDay(d = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** This attempt as kept: the level reached in each area. */
export function attemptOf(results: AreaResult[], on: string): Attempt {
  return { on, areas: Object.fromEntries(results.map((r) => [r.area.id, r.level?.id ?? null])) };
}

/** The history with this attempt: it replaces one of the same day; the oldest go past the limit. */
export function withAttempt(h: History | undefined, a: Attempt): History {
  const kept = (h?.attempts ?? []).filter((x) => x.on !== a.on);
  return { attempts: [...kept, a].sort((x, y) => x.on.localeCompare(y.on)).slice(-MAX_ATTEMPTS) };
}

export type Trend = 'up' | 'same' | 'down' | 'first';

export interface AreaProgress {
  areaId: string;
  /** The level (its place among the area's levels, -1: not evaluated) at each attempt shown. */
  ranks: number[];
  trend: Trend;
}

/**
 * Per area, the places of the levels reached at the last `n` attempts (a level no longer in the
 * content counts as not evaluated), and how the last compares with the one before.
 */
export function progressOf(c: AutodiagContent, h: History, n = 3): AreaProgress[] {
  const shown = h.attempts.slice(-n);
  return c.areas.map((area) => {
    const levels = area.levels ?? c.levels;
    const ranks = shown.map((a) => {
      const id = a.areas[area.id];
      return id ? levels.findIndex((l) => l.id === id) : -1;
    });
    const [before, last] = ranks.slice(-2) as [number, number];
    const trend: Trend =
      ranks.length < 2 || before < 0 || last < 0
        ? 'first'
        : last > before
          ? 'up'
          : last < before
            ? 'down'
            : 'same';
    return { areaId: area.id, ranks, trend };
  });
}
