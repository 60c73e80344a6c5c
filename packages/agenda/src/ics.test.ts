import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import fc from 'fast-check';
import { escapeText, fold, toIcs } from './ics.js';
import { occurrencesOf, type Occurrence } from './occurrences.js';
import { dayNumber, keyOf, parisToUtc } from './time.js';
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

describe('ICS · properties (fast-check)', () => {
  const base = occurrencesOf(agenda())[1]!;
  const at = (date: string, minutes: number, title = base.event.title): Occurrence => ({
    ...base,
    key: `${base.event.id}-${date}`,
    event: { ...base.event, title },
    date,
    start: parisToUtc(date, minutes),
    end: parisToUtc(date, minutes) + 3_600_000,
  });
  const day = fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2040-12-31') }).map(keyOf);

  it('has both rules of Europe/Paris: ical.js reads any Paris time back as the same moment as Intl', () => {
    const tz = parse(toIcs([], { stamp: STAMP })).cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(tz.getAllSubcomponents('standard')).toHaveLength(1);
    ICAL.TimezoneService.register(tz);
    try {
      fc.assert(
        fc.property(day, fc.integer({ min: 4 * 60, max: 23 * 60 + 59 }), (date, minutes) => {
          const o = at(date, minutes);
          const [ev] = parse(toIcs([o], { stamp: STAMP })).events;
          expect(ev!.startDate.toUnixTime()).toBe(o.start / 1000);
          expect(ev!.endDate.toUnixTime()).toBe(o.end! / 1000);
        }),
        { numRuns: 120 },
      );
      // The days themselves: the Sundays of 25 October 2026 and 28 March 2027.
      for (const [date, utc] of [
        ['2026-10-25', '2026-10-25T09:00:00Z'],
        ['2026-10-24', '2026-10-24T08:00:00Z'],
        ['2027-03-28', '2027-03-28T08:00:00Z'],
        ['2027-03-27', '2027-03-27T09:00:00Z'],
      ] as const) {
        const [ev] = parse(toIcs([at(date, 10 * 60)], { stamp: STAMP })).events;
        expect(ev!.startDate.toUnixTime()).toBe(Date.parse(utc) / 1000);
      }
    } finally {
      ICAL.TimezoneService.reset();
    }
  });

  it('folds any text at 75 octets, never inside a character, and unfolds to the same line', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const line = `SUMMARY:${s}`;
        const folded = fold(line);
        for (const l of folded.split('\r\n')) {
          expect(encoder.encode(l).length).toBeLessThanOrEqual(75);
          expect(l).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { numRuns: 200 },
    );
  });

  it('escapes any title so that ical.js reads it back unchanged', () => {
    const char = fc.constantFrom('a', 'é', ' ', ';', ',', '\\', '\n', ':', '"', '🎉', 'ع');
    fc.assert(
      fc.property(fc.string({ unit: char, minLength: 1, maxLength: 120 }), (title) => {
        const [ev] = parse(toIcs([at('2027-03-16', 18 * 60, title)], { stamp: STAMP })).events;
        expect(ev!.summary).toBe(title);
      }),
      { numRuns: 150 },
    );
  });

  it('gives DTSTAMP in UTC and one UID per occurrence, the same in every file', () => {
    const all = occurrencesOf(agenda());
    const text = toIcs(all, { stamp: STAMP });
    expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    const uids = parse(text).events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(all.length);
    expect(parse(toIcs(all.slice(2, 3), { stamp: STAMP + 5 })).events[0]!.uid).toBe(uids[2]);
  });
});

describe('ICS · control characters (RFC 5545 TEXT: no control but HTAB)', () => {
  const base = occurrencesOf(agenda())[1]!;
  /** What a content line may not hold: C0 controls but HTAB, DEL, C1 controls, U+2028, U+2029. */
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const FORBIDDEN = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/;
  /** The content lines of a file, unfolded. */
  const contentLines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');
  /**
   * What a resident should read back: each line break (CR LF, CR, LF and Unicode's other
   * mandatory breaks VT, FF, NEL, U+2028, U+2029) as one new line; other controls but HTAB gone.
   */
  const readable = (s: string) => {
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      const code = c.charCodeAt(0);
      if (c === '\r' && s[i + 1] === '\n') continue; // CR LF: one break, written at the LF
      if ((code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029)
        out += '\n';
      else if (c === '\t' || !(code <= 0x1f || (code >= 0x7f && code <= 0x9f))) out += c;
    }
    return out;
  };
  /** The same text without any space, line break or control: what the eye sees. */
  const visible = (s: string) => s.replace(/[\p{Cc}\p{Z}\s]/gu, '');
  const PAYLOADS = [
    'NUL\u0000au milieu',
    'tab\u000bvertical',
    'saut\u000cde page',
    'NEL\u0085 (Windows-1252 mal lu)',
    'séparateur\u2028de ligne',
    'paragraphe\u2029suivant',
    'échap\u001b[31mrouge',
    'suppr\u007f',
    'C1\u0080\u009f',
    'retour\r seul',
    'fin\r\nde ligne',
    'tab\tgardée',
  ];
  const occurrence = (
    text: string,
    url = `https://centre.example/${text.length}\u0001\u2028`,
  ): Occurrence => ({
    ...base,
    event: { ...base.event, title: text, description: text },
    centre: {
      ...base.centre!,
      name: text,
      address: text,
      url,
    },
  });

  it('payloads: no forbidden character in any line; ical.js reads each text back with its visible text', () => {
    const text = toIcs(
      PAYLOADS.map((p) => occurrence(p)),
      { stamp: STAMP, extra: (o) => [o.event.title] },
    );
    for (const line of contentLines(text)) expect(line).not.toMatch(FORBIDDEN);
    const { events } = parse(text);
    events.forEach((ev, i) => {
      const p = PAYLOADS[i]!;
      expect(ev.summary).toBe(readable(p));
      expect(visible(ev.summary)).toBe(visible(p));
      expect(ev.description).toBe(`${readable(p)}\n${readable(p)}`);
      expect(ev.location).toBe(`${readable(p)}, ${readable(p)}`);
      expect(ev.component.getFirstPropertyValue('url')).toBe(
        `https://centre.example/${p.length}%01%E2%80%A8`,
      );
    });
  });

  it('any text with controls: no forbidden character in the file, ical.js reads back the same visible text', () => {
    const char = fc.constantFrom(
      'a',
      'é',
      ' ',
      '\t',
      ';',
      '\\',
      'ع',
      '🎉',
      '\r',
      '\n',
      '\u0000',
      '\u0001',
      '\u000b',
      '\u000c',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u009c',
      '\u2028',
      '\u2029',
    );
    fc.assert(
      fc.property(fc.string({ unit: char, minLength: 1, maxLength: 120 }), (s) => {
        const text = toIcs([occurrence(s, 'https://centre.example/')], { stamp: STAMP });
        for (const line of contentLines(text)) expect(line).not.toMatch(FORBIDDEN);
        const [ev] = parse(text).events;
        expect(ev!.summary).toBe(readable(s));
        expect(visible(ev!.description)).toBe(visible(s));
      }),
      { numRuns: 200 },
    );
  });
});
