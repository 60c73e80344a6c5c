import { describe, expect, it } from 'vitest';
import { byDay, filterOccurrences, occurrencesOf } from './occurrences.js';
import { agendaContentSchema, type AgendaContentInput } from './schema.js';
import { clone, tinyAgenda } from './fixtures.js';

/** The tiny agenda's centres with these activities only (start, end), Paris time. */
const withEvents = (...times: Array<[string, string?]>) => {
  const a: AgendaContentInput = { ...clone(tinyAgenda), events: [] };
  times.forEach(([start, end], i) =>
    a.events.push({
      id: `e${i}`,
      title: `Activité ${i}`,
      centre: 'a',
      start,
      ...(end ? { end } : {}),
      theme: 'vivre-ensemble',
    }),
  );
  return occurrencesOf(agendaContentSchema.parse(a));
};

describe('filterOccurrences · the week (Monday 00:00 → Sunday 24:00, Paris)', () => {
  it('keeps what runs during the week, started before or not; leaves out what ended by Monday 00:00', () => {
    const all = withEvents(
      ['2027-03-27T10:00', '2027-03-31T17:00'], // Saturday → Wednesday across the DST change: in
      ['2027-03-20T10:00', '2027-03-28T17:00'], // ended on Sunday: out
      ['2027-03-28T22:00', '2027-03-29T01:00'], // Sunday evening, past midnight: in
      ['2027-03-28T20:00', '2027-03-29T00:00'], // ends right at Monday 00:00: out
      ['2027-03-29T00:00'], // no end, Monday 00:00: in
      ['2027-03-28T23:59'], // no end, Sunday 23:59: out
      ['2027-04-04T23:00', '2027-04-05T10:00'], // Sunday of the week, into the next one: in
      ['2027-04-05T00:00'], // next Monday: out
    );
    const week = filterOccurrences(all, { week: '2027-04-01' });
    expect(week.map((o) => o.key)).toEqual([
      'e0-2027-03-27',
      'e2-2027-03-28',
      'e4-2027-03-29',
      'e6-2027-04-04',
    ]);
  });
});

describe('byDay · the days of a list or of the printed week', () => {
  it('groups by day in order; one started before the first day is listed under it, once', () => {
    const all = withEvents(
      ['2027-03-27T10:00', '2027-03-31T17:00'], // Saturday → Wednesday
      ['2027-03-29T18:00'],
      ['2027-03-29T09:00'],
      ['2027-03-31T14:00'],
    );
    const days = byDay(filterOccurrences(all, { week: '2027-03-29' }), '2027-03-29');
    expect([...days].map(([day, list]) => [day, list.map((o) => o.key)])).toEqual([
      ['2027-03-29', ['e0-2027-03-27', 'e2-2027-03-29', 'e1-2027-03-29']],
      ['2027-03-31', ['e3-2027-03-31']],
    ]);
  });
});
