/**
 * The RFC 5545 RRULE subset the agenda understands, written here (no library in the bundle):
 * `FREQ=WEEKLY|MONTHLY`, `INTERVAL`, `BYDAY` (with an ordinal in monthly rules: `2TU` the second
 * Tuesday, `-1FR` the last Friday), `UNTIL` or `COUNT`, and the EXDATE days of the event. The
 * arithmetic is on Paris wall-clock days: an 18:00 workshop stays at 18:00 on both sides of a DST
 * change.
 */
import { addDays, addMonths, daysInMonth, isDay, mondayOf, parisToUtc, weekday } from './time.js';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface ByDay {
  /** 0 = every such day of the period; 2 = the second; -1 = the last. */
  n: number;
  /** 0 = Monday … 6 = Sunday. */
  wd: number;
}

export interface Rule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday: ByDay[];
  /** Last moment (UTC ms) an occurrence may start. */
  until?: number;
  count?: number;
}

/** Why a rule is refused: a key of `texts.lazy.ts` and its values. */
export interface RuleError {
  key: 'rruleFreq' | 'rrulePart' | 'rruleByday' | 'rruleEnd' | 'rruleNumber' | 'rruleUntil';
  params?: Record<string, string>;
}

const UNTIL = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})?(Z)?)?$/;

function parseUntil(v: string): number | undefined {
  const m = UNTIL.exec(v);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  // A real day (not 30 February: `Date.parse` would read it as 2 March).
  if (!isDay(date)) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59))
    return undefined;
  if (m[4] === undefined) return parisToUtc(addDays(date, 1), 0) - 1; // the whole day counts
  const minutes = Number(m[4]) * 60 + Number(m[5]);
  return m[7]
    ? Date.parse(`${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}Z`)
    : parisToUtc(date, minutes) + Number(m[6] ?? 0) * 1000;
}

/** Reads `FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427` (an `RRULE:` in front is allowed). */
export function parseRule(text: string): Rule | RuleError {
  const src = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const part of src.split(';')) {
    if (part.trim() === '') continue;
    const [k, v, extra] = part.split('=');
    const key = (k ?? '').trim().toUpperCase();
    if (
      v === undefined ||
      extra !== undefined ||
      !['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT', 'WKST'].includes(key)
    )
      return { key: 'rrulePart', params: { part: part.trim() } };
    parts.set(key, v.trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY')
    return { key: 'rruleFreq', params: { freq: freq ?? '' } };
  const number = (k: string): number | RuleError | undefined => {
    const v = parts.get(k);
    if (v === undefined) return undefined;
    return /^[1-9]\d{0,3}$/.test(v)
      ? Number(v)
      : { key: 'rruleNumber', params: { part: `${k}=${v}` } };
  };
  const interval = number('INTERVAL') ?? 1;
  if (typeof interval !== 'number') return interval;
  const count = number('COUNT');
  if (typeof count === 'object') return count;
  const byday: ByDay[] = [];
  for (const d of parts.get('BYDAY')?.split(',') ?? []) {
    const m = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d.trim());
    if (!m || (m[1] && freq === 'WEEKLY'))
      return { key: 'rruleByday', params: { value: d.trim() } };
    byday.push({ n: Number(m[1] ?? 0), wd: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) });
  }
  const untilText = parts.get('UNTIL');
  if (untilText !== undefined && count !== undefined) return { key: 'rruleEnd' };
  const until = untilText === undefined ? undefined : parseUntil(untilText);
  if (untilText !== undefined && until === undefined)
    return { key: 'rruleUntil', params: { value: untilText } };
  return {
    freq,
    interval,
    byday,
    ...(until !== undefined ? { until } : {}),
    ...(count !== undefined ? { count } : {}),
  };
}

export const isRuleError = (r: Rule | RuleError): r is RuleError => 'key' in r;

/** The days of month `ym` a BYDAY entry gives (`2TU` → one day, `TU` → every Tuesday). */
function daysIn(ym: string, b: ByDay): string[] {
  const first = `${ym}-01`;
  const len = daysInMonth(ym);
  const firstOf = addDays(first, (b.wd - weekday(first) + 7) % 7);
  const all: string[] = [];
  for (let d = firstOf; d.startsWith(ym); d = addDays(d, 7)) all.push(d);
  if (b.n === 0) return all;
  const pick = b.n > 0 ? all[b.n - 1] : all[all.length + b.n];
  return pick && Number(pick.slice(8)) <= len ? [pick] : [];
}

/** At most this many occurrences of a rule without an end (a year of weekly workshops and more). */
export const MAX_OCCURRENCES = 400;

/**
 * The days (Paris) of an event's occurrences: the days the rule gives from the start day on,
 * without the EXDATE days. As RFC 5545 says, COUNT counts the days before EXDATE takes some away.
 * A start day that is not one of the rule's days (a Wednesday with `BYDAY=TU`) is not an
 * occurrence: the rule gives the dates, `start` the first day and the time (RFC 5545 leaves
 * such a set undefined; docs/agenda.md tells workers to start on a day of the rule).
 */
export function expand(
  start: string,
  minutes: number,
  rule: Rule,
  exdate: ReadonlyArray<string> = [],
): string[] {
  const out: string[] = [];
  const skip = new Set(exdate);
  let generated = 0;
  /** false: the rule has ended. */
  const take = (day: string): boolean => {
    if (day < start) return true;
    if (rule.count !== undefined && generated >= rule.count) return false;
    if (rule.until !== undefined && parisToUtc(day, minutes) > rule.until) return false;
    generated++;
    if (!skip.has(day)) out.push(day);
    return out.length < MAX_OCCURRENCES;
  };
  if (rule.freq === 'WEEKLY') {
    const days =
      rule.byday.length > 0 ? [...new Set(rule.byday.map((b) => b.wd))].sort() : [weekday(start)];
    let week = mondayOf(start);
    for (let i = 0; i < 1000; i++, week = addDays(week, 7 * rule.interval))
      for (const wd of days) if (!take(addDays(week, wd))) return out;
  } else {
    const startMonth = start.slice(0, 7);
    const dom = Number(start.slice(8));
    for (let i = 0; i < 240; i++) {
      const ym = addMonths(startMonth, i * rule.interval);
      const days =
        rule.byday.length > 0
          ? [...new Set(rule.byday.flatMap((b) => daysIn(ym, b)))].sort()
          : dom <= daysInMonth(ym)
            ? [`${ym}-${String(dom).padStart(2, '0')}`]
            : [];
      for (const d of days) if (!take(d)) return out;
    }
  }
  return out;
}
