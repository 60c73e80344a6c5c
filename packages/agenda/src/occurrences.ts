/**
 * An agenda's events, as dated occurrences: a recurring workshop becomes one occurrence per day
 * its rule gives (recurrence.ts), each with its moments in UTC and its Paris day.
 */
import { expand, isRuleError, parseRule } from './recurrence.js';
import type { AgendaContent, AgendaEvent, Audience, Centre, Theme } from './schema.js';
import { addDays, dayNumber, mondayOf, parisToUtc, parseDateTime } from './time.js';

export interface Occurrence {
  /** `<event id>-<AAAA-MM-JJ>`: stable, unique in the agenda. */
  key: string;
  event: AgendaEvent;
  centre: Centre | undefined;
  /** Paris day, `AAAA-MM-JJ`. */
  date: string;
  /** UTC ms. */
  start: number;
  /** UTC ms (absent: no end time given). */
  end?: number;
}

/** Every occurrence of every event, in time order. */
export function occurrencesOf(a: AgendaContent): Occurrence[] {
  const centres = new Map(a.centres.map((c) => [c.id, c]));
  const out: Occurrence[] = [];
  for (const event of a.events) {
    const s = parseDateTime(event.start);
    if (!s) continue;
    const e = event.end === undefined ? undefined : parseDateTime(event.end);
    // The end as Paris wall-clock time, so many days after the start day: a Saturday 10:00 →
    // Sunday 17:00 weekend still ends at 17:00 on the weekend of a DST change (a length in ms
    // would make it 16:00 or 18:00).
    const endDays = e ? dayNumber(e.date) - dayNumber(s.date) : 0;
    const rule = event.recurrence ? parseRule(event.recurrence.rrule) : undefined;
    const days =
      rule && !isRuleError(rule)
        ? expand(s.date, s.minutes, rule, event.recurrence?.exdate)
        : [s.date];
    for (const date of days) {
      out.push({
        key: `${event.id}-${date}`,
        event,
        centre: centres.get(event.centre),
        date,
        start: parisToUtc(date, s.minutes),
        ...(e ? { end: parisToUtc(addDays(date, endDays), e.minutes) } : {}),
      });
    }
  }
  return out.sort((x, y) => x.start - y.start || x.event.title.localeCompare(y.event.title));
}

export interface Filters {
  centre?: string;
  audience?: Audience | '';
  theme?: Theme | '';
  /** Only the week (Monday → Sunday) of this day, with what started before and still runs. */
  week?: string;
}

/**
 * The occurrences a resident asked for. An event "tout public" is for every audience; "familles"
 * is for children and adults too.
 */
export function filterOccurrences(all: ReadonlyArray<Occurrence>, f: Filters): Occurrence[] {
  const monday = f.week && mondayOf(f.week);
  const out = all.filter((o) => {
    if (f.centre && o.event.centre !== f.centre) return false;
    if (f.theme && o.event.theme !== f.theme) return false;
    if (f.audience) {
      const a = o.event.audience;
      const fits =
        a === f.audience ||
        a === 'tous' ||
        (a === 'familles' && f.audience !== 'jeunes') ||
        (f.audience === 'familles' && (a === 'enfants' || a === 'adultes'));
      if (!fits) return false;
    }
    return true;
  });
  return monday ? during(out, monday, addDays(monday, 7)) : out;
}

/**
 * The occurrences running on a Paris day from `first` (00:00) until `next` (00:00, excluded):
 * those starting then, and those started before and still running (an exhibition from Saturday
 * to Wednesday is in the week of that Monday).
 */
export function during(all: ReadonlyArray<Occurrence>, first: string, next: string): Occurrence[] {
  const from = parisToUtc(first, 0);
  const to = parisToUtc(next, 0);
  return all.filter((o) => o.start < to && notOver(o, from));
}

/** Not over at `utc` (UTC ms): it ends after it; without an end, it starts at it or after. */
export const notOver = (o: Occurrence, utc: number): boolean => (o.end ?? o.start + 1) > utc;

/** Occurrences grouped by day, in order; one started before `first` is under `first`. */
export function byDay(shown: Occurrence[], first: string): Map<string, Occurrence[]> {
  const days = new Map<string, Occurrence[]>();
  for (const o of shown) {
    const d = o.date < first ? first : o.date;
    days.set(d, [...(days.get(d) ?? []), o]);
  }
  return days;
}
