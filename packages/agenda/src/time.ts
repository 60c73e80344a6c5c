/**
 * Wall-clock time in Europe/Paris, without a date library: the centres are in Douai, so every
 * time of the agenda is Paris time, whatever the device's own zone. Dates are `AAAA-MM-JJ` keys
 * (calendar arithmetic in UTC, where no day is 23 or 25 hours long); a moment is a UTC number of
 * milliseconds; Paris local ↔ UTC goes through the offsets `Intl.DateTimeFormat` gives for
 * 'Europe/Paris' (so the DST changes of 25 Oct 2026 and 28 Mar 2027 come from the browser's
 * time-zone data, not from a rule written here).
 */
export const TZ = 'Europe/Paris';

const DAY = 86_400_000;

let partsFormat: Intl.DateTimeFormat | undefined;
const HOUR = 3_600_000;
/** Offsets already asked for, by UTC hour: Paris changes its offset only on a UTC hour (01:00). */
const offsets = new Map<number, number>();

/** Paris offset at a moment, in ms (local − UTC): 3 600 000 in winter, 7 200 000 in summer. */
export function parisOffset(utc: number): number {
  const hour = Math.floor(utc / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) offsets.set(hour, (offset = offsetAt(hour * HOUR)));
  return offset;
}

/** `Intl`'s answer (a `formatToParts`: the costly part, hence the cache above). */
function offsetAt(utc: number): number {
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TZ,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const p: Record<string, number> = {};
  for (const { type, value } of partsFormat.formatToParts(utc)) p[type] = Number(value);
  const local = Date.UTC(
    p['year']!,
    p['month']! - 1,
    p['day']!,
    p['hour']! % 24,
    p['minute']!,
    p['second']!,
  );
  return local - Math.floor(utc / 1000) * 1000;
}

/** The moment of a Paris wall-clock time: `date` at `minutes` after midnight. */
export function parisToUtc(date: string, minutes: number): number {
  const naive = dayNumber(date) * DAY + minutes * 60_000;
  // Two passes: the offset of the guess, then of the answer (right on both sides of a change).
  const guess = naive - parisOffset(naive);
  return naive - parisOffset(guess);
}

/** The Paris wall-clock date and minutes of a moment. */
export function utcToParis(utc: number): { date: string; minutes: number } {
  const local = utc + parisOffset(utc);
  const date = keyOf(Math.floor(local / DAY));
  return { date, minutes: Math.round((local - dayNumber(date) * DAY) / 60_000) };
}

// --- calendar days -------------------------------------------------------------------------

/** Days since 1970-01-01 of a `AAAA-MM-JJ` key. */
export const dayNumber = (key: string): number => Math.round(Date.parse(`${key}T00:00:00Z`) / DAY);

/** The `AAAA-MM-JJ` key of a day number. */
export const keyOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

export const addDays = (key: string, n: number): string => keyOf(dayNumber(key) + n);

/** 0 = Monday … 6 = Sunday. */
export const weekday = (key: string): number => (dayNumber(key) + 3) % 7;

/** The Monday of the week of `key` (weeks start on Monday in France). */
export const mondayOf = (key: string): string => addDays(key, -weekday(key));

/** `AAAA-MM` of a day key. */
export const monthOf = (key: string): string => key.slice(0, 7);

/** The first day of the month `n` months after the month `ym` (`AAAA-MM`). */
export function addMonths(ym: string, n: number): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7)) - 1 + n;
  const d = new Date(Date.UTC(y + Math.floor(m / 12), ((m % 12) + 12) % 12, 1));
  return d.toISOString().slice(0, 7);
}

export function daysInMonth(ym: string): number {
  return new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)).getUTCDate();
}

/** Today in Paris, as a day key. */
export const parisToday = (now = Date.now()): string => utcToParis(now).date;

// --- content times ------------------------------------------------------------------------

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** A real calendar day `AAAA-MM-JJ`. */
export const isDay = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  keyOf(dayNumber(s)) === s;

/**
 * A content date-time: `2027-03-09T18:00` (Paris time, the usual way) or with its offset
 * (`2027-03-09T18:00+01:00`, `…Z`). Gives its Paris date and minutes, or `undefined`.
 */
export function parseDateTime(s: string): { date: string; minutes: number } | undefined {
  const m = DATE_TIME.exec(s.trim());
  if (!m || !isDay(m[1]!)) return undefined;
  const h = Number(m[2]);
  const mi = Number(m[3]);
  if (h > 23 || mi > 59 || Number(m[4] ?? 0) > 59) return undefined;
  if (!m[5]) return { date: m[1]!, minutes: h * 60 + mi };
  const utc = Date.parse(s.trim());
  return Number.isNaN(utc) ? undefined : utcToParis(utc);
}
