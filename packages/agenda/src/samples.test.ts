import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { AGENDA_CONTENT_VERSION, agendaContentSchema, type AgendaContent } from './schema.js';
import { agendaTexts } from './texts.lazy.js';
import { mergeFiles } from './merge.js';
import { occurrencesOf } from './occurrences.js';
import { samples } from './fixtures.js';

const check = (input: unknown) =>
  validateContent(agendaContentSchema, input, {
    supportedVersion: AGENDA_CONTENT_VERSION,
    packageName: '@quartiers-douai/agenda',
    texts: agendaTexts,
  });

describe('the five sample centres (one file each)', () => {
  it.each(Object.entries(samples))('%s is valid, without unknown fields', (_name, sample) => {
    const r = check(sample);
    expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
  });

  const files = Object.entries(samples).map(([name, data]) => ({ name, data }));
  const { merged, duplicates } = mergeFiles(files);
  const r = check(merged);
  const agenda = (r.ok ? r.data : undefined) as AgendaContent;
  const all = occurrencesOf(agenda);

  it('merge into one agenda of five centres without duplicates', () => {
    expect(duplicates).toEqual([]);
    expect(agenda.centres).toHaveLength(5);
  });

  it('cover March–April 2027, across the DST change of 28 March', () => {
    expect(all[0]!.date >= '2027-03-01').toBe(true);
    expect(all.at(-1)!.date <= '2027-04-30').toBe(true);
    expect(all.some((o) => o.date < '2027-03-28') && all.some((o) => o.date > '2027-03-28')).toBe(
      true,
    );
  });

  it('have weekly workshops with EXDATE days off, a monthly BYDAY event, a restitution day with registration, a cancelled event', () => {
    const e = agenda.events;
    expect(
      e.some((x) => /WEEKLY/.test(x.recurrence?.rrule ?? '') && x.recurrence?.exdate?.length),
    ).toBe(true);
    expect(e.some((x) => /MONTHLY;BYDAY=-?\d/.test(x.recurrence?.rrule ?? ''))).toBe(true);
    const restitution = e.find((x) => /restitution/i.test(x.title));
    expect(restitution?.registration?.required).toBe(true);
    expect(e.some((x) => x.cancelled)).toBe(true);
  });

  it('use fictional phone numbers (03 53 01 xx xx, the range reserved for fiction)', () => {
    for (const c of agenda.centres) expect(c.phone).toMatch(/^03 53 01 \d\d \d\d$/);
  });

  it('every centre says how to come and its accessibility, in words', () => {
    for (const c of agenda.centres) {
      expect(c.transports?.length).toBeGreaterThan(0);
      expect(c.accessibility?.length).toBeGreaterThan(0);
    }
  });
});
