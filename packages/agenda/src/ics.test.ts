import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeText, fold, toIcs } from './ics.js';
import { occurrencesOf } from './occurrences.js';
import { agendaContentSchema, type AgendaContent } from './schema.js';
import { clone, tinyAgenda } from './fixtures.js';

const agenda = (change?: (a: typeof tinyAgenda) => void): AgendaContent => {
  const a = clone(tinyAgenda);
  change?.(a);
  return agendaContentSchema.parse(a) as AgendaContent;
};

const STAMP = Date.UTC(2027, 2, 1, 9, 30);

/** ical.js, a maintained RFC 5545 parser, reads the file back. */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('ICS · structure', () => {
  const text = toIcs(occurrencesOf(agenda()), { stamp: STAMP });
  const { cal, events } = parse(text);

  it('is a VCALENDAR 2.0 with CRLF line ends only', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one VEVENT per occurrence, with stable UIDs and a DTSTAMP', () => {
    expect(events.map((e) => e.uid)).toEqual([
      'cafe-20270313@agenda.quartiers-douai.fr',
      'cv-20270316@agenda.quartiers-douai.fr',
      'sortie-20270320@agenda.quartiers-douai.fr',
      'cv-20270323@agenda.quartiers-douai.fr',
      'cv-20270406@agenda.quartiers-douai.fr',
      'cafe-20270410@agenda.quartiers-douai.fr',
    ]);
    const again = parse(toIcs(occurrencesOf(agenda()), { stamp: STAMP + 1000 }));
    expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(cal.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe(
      '2027-03-01T09:30:00Z',
    );
  });

  it('gives Paris times with the Europe/Paris VTIMEZONE: 18:00 on both sides of the DST change', () => {
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    ICAL.TimezoneService.register(tz);
    const cv = parse(text).events.filter((e) => e.uid.startsWith('cv-'));
    for (const e of cv) {
      expect(e.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
      expect(e.startDate.zone.tzid).toBe('Europe/Paris');
      expect([e.startDate.hour, e.startDate.minute, e.endDate.hour]).toEqual([18, 0, 20]);
    }
    // The same local hour is 17:00 UTC before the change, 16:00 UTC after.
    expect(cv.map((e) => e.startDate.toUnixTime())).toEqual(
      ['2027-03-16T17:00:00Z', '2027-03-23T17:00:00Z', '2027-04-06T16:00:00Z'].map(
        (s) => Date.parse(s) / 1000,
      ),
    );
    ICAL.TimezoneService.reset();
  });

  it('marks a cancelled event STATUS:CANCELLED, others CONFIRMED', () => {
    const status = Object.fromEntries(
      events.map((e) => [e.uid.split('-')[0], e.component.getFirstPropertyValue('status')]),
    );
    expect(status).toEqual({ cafe: 'CONFIRMED', cv: 'CONFIRMED', sortie: 'CANCELLED' });
  });

  it('gives the place: centre name and address', () => {
    expect(events[1]!.location).toBe('Centre A, 1 rue A, 59500 Douai');
  });
});

describe('ICS · text escaping and folding', () => {
  const nasty = 'Atelier ; CV, lettre \\ motivation\nDeuxième ligne';
  const long = `Réunion d’information « Emploi » — ${'é'.repeat(60)} 🎉 suite`;
  const text = toIcs(
    occurrencesOf(
      agenda((a) => {
        a.events[0]!.title = nasty;
        a.events[0]!.description = long;
      }),
    ).slice(1, 2),
    { stamp: STAMP },
  );

  it('escapes \\ ; , and new lines in TEXT values, and ical.js reads the original back', () => {
    expect(escapeText(nasty)).toBe('Atelier \\; CV\\, lettre \\\\ motivation\\nDeuxième ligne');
    expect(text).toContain('SUMMARY:Atelier \\; CV\\, lettre \\\\ motivation\\nDeuxième ligne');
    const { events } = parse(text);
    expect(events[0]!.summary).toBe(nasty);
    expect(events[0]!.description.startsWith(long)).toBe(true);
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const encoder = new TextEncoder();
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of lines) {
      expect(encoder.encode(l).length).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/[\uD800-\uDBFF]$/); // no half emoji at the end of a line
    }
    const unfolded = fold('x'.repeat(74) + 'é');
    expect(unfolded).toBe(`${'x'.repeat(74)}\r\n é`);
  });
});
