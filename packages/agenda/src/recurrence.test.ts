import { describe, expect, it } from 'vitest';
import { expand, isRuleError, parseRule, type Rule } from './recurrence.js';
import { occurrencesOf } from './occurrences.js';
import { utcToParis } from './time.js';
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
