import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WEEKDAYS, expand, isRuleError, parseRule, type Rule } from './recurrence.js';
import { occurrencesOf } from './occurrences.js';
import {
  dayNumber,
  daysInMonth,
  keyOf,
  mondayOf,
  monthOf,
  parisToUtc,
  utcToParis,
  weekday,
} from './time.js';
import { agendaContentSchema, type AgendaContent } from './schema.js';
import { clone, tinyAgenda } from './fixtures.js';

const rule = (s: string): Rule => {
  const r = parseRule(s);
  if (isRuleError(r)) throw new Error(r.key);
  return r;
};

describe('RRULE subset · weekly', () => {
  it('a Tuesday 18:00 workshop with EXDATE, across 28 March 2027: every Tuesday but the day off', () => {
    const days = expand('2027-03-16', 1080, rule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270413'), [
      '2027-03-30',
    ]);
    expect(days).toEqual(['2027-03-16', '2027-03-23', '2027-04-06', '2027-04-13']);
  });

  it('COUNT counts the EXDATE days too (RFC 5545): 4 generated, 3 kept', () => {
    expect(expand('2027-03-16', 1080, rule('FREQ=WEEKLY;COUNT=4'), ['2027-03-30'])).toEqual([
      '2027-03-16',
      '2027-03-23',
      '2027-04-06',
    ]);
  });

  it('several days a week, every other week (INTERVAL=2)', () => {
    expect(expand('2027-03-01', 990, rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=4'))).toEqual([
      '2027-03-01',
      '2027-03-04',
      '2027-03-15',
      '2027-03-18',
    ]);
  });

  it('UNTIL as a UTC time stops before an occurrence that starts later', () => {
    // 13 April 18:00 Paris is 16:00 UTC: an UNTIL at 15:00 UTC leaves it out.
    expect(expand('2027-03-30', 1080, rule('FREQ=WEEKLY;UNTIL=20270413T150000Z'))).toEqual([
      '2027-03-30',
      '2027-04-06',
    ]);
  });

  it('without UNTIL or COUNT, stops at a safe number of occurrences', () => {
    expect(expand('2027-01-04', 600, rule('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU')).length).toBe(
      400,
    );
  });
});

describe('RRULE subset · monthly', () => {
  it('the second Tuesday (2TU)', () => {
    expect(expand('2026-10-13', 600, rule('FREQ=MONTHLY;BYDAY=2TU;COUNT=3'))).toEqual([
      '2026-10-13',
      '2026-11-10',
      '2026-12-08',
    ]);
  });

  it('the last Friday (-1FR), until a date', () => {
    expect(expand('2027-03-26', 1110, rule('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270531'))).toEqual([
      '2027-03-26',
      '2027-04-30',
      '2027-05-28',
    ]);
  });

  it('the same day of the month, skipping months without it', () => {
    expect(expand('2027-01-31', 600, rule('FREQ=MONTHLY;COUNT=3'))).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
    ]);
  });
});

describe('RRULE subset · refused rules say why', () => {
  it.each([
    ['FREQ=DAILY', 'rruleFreq'],
    ['BYDAY=TU', 'rruleFreq'],
    ['FREQ=WEEKLY;BYMONTH=3', 'rrulePart'],
    ['FREQ=WEEKLY;BYDAY=2TU', 'rruleByday'],
    ['FREQ=MONTHLY;BYDAY=MARDI', 'rruleByday'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20270401', 'rruleEnd'],
    ['FREQ=WEEKLY;COUNT=0', 'rruleNumber'],
    ['FREQ=WEEKLY;INTERVAL=deux', 'rruleNumber'],
    ['FREQ=WEEKLY;UNTIL=30/04/2027', 'rruleUntil'],
  ])('%s → %s', (text, key) => {
    const r = parseRule(text);
    expect(isRuleError(r) ? r.key : 'accepted').toBe(key);
  });

  it('accepts a leading "RRULE:" and lower case', () => {
    expect(isRuleError(parseRule('RRULE:freq=weekly;byday=tu'))).toBe(false);
  });
});

describe('occurrences across the DST change', () => {
  const agenda = agendaContentSchema.parse(clone(tinyAgenda)) as AgendaContent;
  const cv = occurrencesOf(agenda).filter((o) => o.event.id === 'cv');

  it('keep 18:00 Paris time on both sides of 28 March 2027 (17:00 UTC, then 16:00 UTC)', () => {
    expect(cv.map((o) => o.date)).toEqual(['2027-03-16', '2027-03-23', '2027-04-06']);
    expect(cv.map((o) => new Date(o.start).toISOString().slice(11, 16))).toEqual([
      '17:00',
      '17:00',
      '16:00',
    ]);
    for (const o of cv) {
      expect(utcToParis(o.start).minutes).toBe(18 * 60);
      expect(utcToParis(o.end!).minutes).toBe(20 * 60);
    }
  });

  it('are in time order, with stable keys', () => {
    const all = occurrencesOf(agenda);
    expect(all.map((o) => o.key)).toEqual([
      'cafe-2027-03-13',
      'cv-2027-03-16',
      'sortie-2027-03-20',
      'cv-2027-03-23',
      'cv-2027-04-06',
      'cafe-2027-04-10',
    ]);
  });
});

describe('RRULE subset · across 25 October 2026 (summer → winter time)', () => {
  const occurrences = (event: Record<string, unknown>) => {
    const a = clone(tinyAgenda);
    a.events = [{ ...a.events[0]!, ...event } as (typeof a.events)[number]];
    return occurrencesOf(agendaContentSchema.parse(a) as AgendaContent);
  };
  const utcHours = (os: ReturnType<typeof occurrences>) =>
    os.map((o) => new Date(o.start).toISOString().slice(0, 16));

  it('a weekly Tuesday 18:00 with EXDATE: 16:00 UTC before, 17:00 UTC after, the day off left out', () => {
    const os = occurrences({
      start: '2026-10-13T18:00',
      end: '2026-10-13T20:00',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261110', exdate: ['2026-10-27'] },
    });
    expect(utcHours(os)).toEqual([
      '2026-10-13T16:00',
      '2026-10-20T16:00',
      '2026-11-03T17:00',
      '2026-11-10T17:00',
    ]);
    for (const o of os) {
      expect(utcToParis(o.start).minutes).toBe(18 * 60);
      expect(utcToParis(o.end!).minutes).toBe(20 * 60);
    }
  });

  it('the last Friday (-1FR) 18:30, COUNT=3: September (summer), then October and November (winter)', () => {
    const os = occurrences({
      start: '2026-09-25T18:30',
      end: '2026-09-25T20:00',
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=3' },
    });
    expect(utcHours(os)).toEqual(['2026-09-25T16:30', '2026-10-30T17:30', '2026-11-27T17:30']);
  });

  it('a start written with its summer offset (and an end in UTC) keeps its Paris hours in winter', () => {
    const os = occurrences({
      start: '2026-10-20T18:00+02:00',
      end: '2026-10-20T18:00Z',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=2' },
    });
    expect(
      os.map((o) => [o.date, utcToParis(o.start).minutes, utcToParis(o.end!).minutes]),
    ).toEqual([
      ['2026-10-20', 18 * 60, 20 * 60],
      ['2026-10-27', 18 * 60, 20 * 60],
    ]);
    expect(utcHours(os)).toEqual(['2026-10-20T16:00', '2026-10-27T17:00']);
  });

  it('a weekend (Saturday 10:00 → Sunday 17:00) ends at 17:00 Paris on the weekend of the change too', () => {
    const os = occurrences({
      start: '2027-03-20T10:00',
      end: '2027-03-21T17:00',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3' },
    });
    expect(os.map((o) => [utcToParis(o.end!).date, utcToParis(o.end!).minutes])).toEqual([
      ['2027-03-21', 17 * 60],
      ['2027-03-28', 17 * 60],
      ['2027-04-04', 17 * 60],
    ]);
  });
});

describe('RRULE subset · edges', () => {
  it('a start day that is not a day of the rule is not an occurrence (the rule gives the dates)', () => {
    // Wednesday 17 March with BYDAY=TU: Tuesdays from then on.
    expect(expand('2027-03-17', 1080, rule('FREQ=WEEKLY;BYDAY=TU;COUNT=2'))).toEqual([
      '2027-03-23',
      '2027-03-30',
    ]);
  });

  it('an EXDATE on the start day removes it; an EXDATE outside the rule changes nothing', () => {
    expect(
      expand('2027-03-16', 1080, rule('FREQ=WEEKLY;COUNT=3'), ['2027-03-16', '2027-03-17']),
    ).toEqual(['2027-03-23', '2027-03-30']);
  });

  it.each(['20270230', '20270431', '20270413T250000Z', '20270413T1860'])(
    'refuses an impossible UNTIL (%s) instead of reading another day',
    (until) => {
      const r = parseRule(`FREQ=WEEKLY;UNTIL=${until}`);
      expect(isRuleError(r) ? r.key : 'accepted').toBe('rruleUntil');
    },
  );
});

describe('RRULE subset · properties (fast-check)', () => {
  /** A day from 2026 to 2029, as `AAAA-MM-JJ`. */
  const day = fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2029-12-31') }).map(keyOf);
  /** A time of day outside the night of the changes (no 02:xx that does not exist). */
  const minutes = fc.integer({ min: 6 * 60, max: 23 * 60 + 59 });
  const days = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });

  it('weekly BYDAY, INTERVAL, COUNT: COUNT days, on those weekdays, in the right weeks, same Paris hour', () => {
    fc.assert(
      fc.property(
        day,
        minutes,
        days,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 60 }),
        (start, min, wds, interval, count) => {
          const byday = wds.map((d) => WEEKDAYS[d]).join(',');
          const out = expand(
            start,
            min,
            rule(`FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${byday};COUNT=${count}`),
          );
          expect(out).toHaveLength(count);
          const firstWeek = dayNumber(mondayOf(start));
          out.forEach((d, i) => {
            expect(d >= start).toBe(true);
            if (i > 0) expect(d > out[i - 1]!).toBe(true);
            expect(wds).toContain(weekday(d));
            expect(((dayNumber(mondayOf(d)) - firstWeek) / 7) % interval).toBe(0);
            expect(utcToParis(parisToUtc(d, min))).toEqual({ date: d, minutes: min });
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('EXDATE takes away exactly its days, and COUNT still counts them', () => {
    fc.assert(
      fc.property(
        day,
        days,
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.nat(40)),
        (start, wds, count, picks) => {
          const r = rule(
            `FREQ=WEEKLY;BYDAY=${wds.map((d) => WEEKDAYS[d]).join(',')};COUNT=${count}`,
          );
          const all = expand(start, 600, r);
          const ex = picks.map((i) => all[i % all.length]!);
          expect(expand(start, 600, r, ex)).toEqual(all.filter((d) => !ex.includes(d)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('monthly nth / last weekday: each date is that weekday, that rank in its month', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom(1, 2, 3, 4, -1, -2),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (start, n, wd, interval) => {
          const out = expand(
            start,
            600,
            rule(`FREQ=MONTHLY;INTERVAL=${interval};BYDAY=${n}${WEEKDAYS[wd]};COUNT=12`),
          );
          expect(out).toHaveLength(12);
          const startMonth = monthIndex(start);
          for (const d of out) {
            expect(weekday(d)).toBe(wd);
            const dom = Number(d.slice(8));
            if (n > 0) expect(Math.ceil(dom / 7)).toBe(n);
            else expect(Math.ceil((daysInMonth(monthOf(d)) - dom + 1) / 7)).toBe(-n);
            expect((monthIndex(d) - startMonth) % interval).toBe(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
