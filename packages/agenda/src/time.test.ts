import { describe, expect, it } from 'vitest';
import {
  addMonths,
  mondayOf,
  parisOffset,
  parisToUtc,
  parseDateTime,
  utcToParis,
  weekday,
} from './time.js';

const H = 3_600_000;

describe('Paris wall-clock time (Intl offsets, no library)', () => {
  it('is UTC+1 in winter and UTC+2 in summer, changing on 28 March 2027 and 25 October 2026', () => {
    expect(parisOffset(Date.UTC(2027, 2, 28, 0, 59))).toBe(H);
    expect(parisOffset(Date.UTC(2027, 2, 28, 1, 0))).toBe(2 * H);
    expect(parisOffset(Date.UTC(2026, 9, 25, 0, 59))).toBe(2 * H);
    expect(parisOffset(Date.UTC(2026, 9, 25, 1, 0))).toBe(H);
  });

  it('converts a Paris time to UTC on both sides of a change', () => {
    expect(new Date(parisToUtc('2027-03-23', 18 * 60)).toISOString()).toBe(
      '2027-03-23T17:00:00.000Z',
    );
    expect(new Date(parisToUtc('2027-03-30', 18 * 60)).toISOString()).toBe(
      '2027-03-30T16:00:00.000Z',
    );
    expect(new Date(parisToUtc('2026-10-20', 18 * 60)).toISOString()).toBe(
      '2026-10-20T16:00:00.000Z',
    );
    expect(new Date(parisToUtc('2026-10-27', 18 * 60)).toISOString()).toBe(
      '2026-10-27T17:00:00.000Z',
    );
  });

  it('round-trips UTC → Paris → UTC, on the change days too', () => {
    for (const iso of ['2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z', '2026-10-25T02:30:00Z']) {
      const t = Date.parse(iso);
      const p = utcToParis(t);
      expect(parisToUtc(p.date, p.minutes)).toBe(t);
    }
  });

  it('reads content times: Paris time by default, or with an offset', () => {
    expect(parseDateTime('2027-03-09T18:00')).toEqual({ date: '2027-03-09', minutes: 1080 });
    expect(parseDateTime('2027-03-09T17:00Z')).toEqual({ date: '2027-03-09', minutes: 1080 });
    expect(parseDateTime('2027-04-09T18:00+02:00')).toEqual({ date: '2027-04-09', minutes: 1080 });
    for (const bad of [
      '2027-02-30T10:00',
      '2027-03-09 18:00',
      '2027-03-09T24:00',
      '09/03/2027',
      '2027-03-09',
    ])
      expect(parseDateTime(bad), bad).toBeUndefined();
  });

  it('counts weeks from Monday and months across years', () => {
    expect(weekday('2027-03-29')).toBe(0);
    expect(mondayOf('2027-04-04')).toBe('2027-03-29');
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });
});
