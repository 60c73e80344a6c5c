/**
 * The subscribable feed (`qd-agenda-ics`, feed.ts → ics.ts `toIcsFeed`), read back by ical.js
 * (Mozilla's RFC 5545 parser, which expands RRULE and EXDATE with the file's VTIMEZONE): the
 * occurrences a phone computes are the ones the element shows, at the same Paris times.
 */
import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import * as fc from 'fast-check';
import { cleanup, mount, text } from '@quartiers-douai/kit-scripts/testing';
import './define.js';
import { agendaFeed, type FeedSource } from './feed.js';
import { mergeFiles } from './merge.js';
import { occurrencesOf } from './occurrences.js';
import { agendaContentSchema, type AgendaContent, type AgendaContentInput } from './schema.js';
import { allCentres, clone, samples, tinyAgenda } from './fixtures.js';
import { arbitrary } from './quality.js';

afterEach(cleanup);

const STAMP = Date.UTC(2027, 1, 1, 8);
const source = (name: string, data: unknown): FeedSource => ({
  name,
  text: JSON.stringify(data, null, 2),
});

function feed(sources: FeedSource[], stamp = STAMP): string {
  const r = agendaFeed(sources, { stamp });
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.ics;
}

interface Seen {
  id: string;
  start: number;
  end: number | undefined;
}

/** What a calendar app makes of the feed: every occurrence (up to 2029), in time order. */
function expandWithIcal(ics: string): Seen[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone')!);
  const out: Seen[] = [];
  try {
    for (const v of cal.getAllSubcomponents('vevent')) {
      const e = new ICAL.Event(v);
      const id = e.uid.replace(/@agenda\.quartiers-douai\.fr$/, '');
      const it = e.iterator();
      for (let t = it.next(); t && t.year < 2029; t = it.next()) {
        const o = e.getOccurrenceDetails(t);
        out.push({
          id,
          start: o.startDate.toUnixTime() * 1000,
          end: v.hasProperty('dtend') ? o.endDate.toUnixTime() * 1000 : undefined,
        });
      }
    }
  } finally {
    ICAL.TimezoneService.reset();
  }
  return out.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/** What the element shows: its occurrences (occurrences.ts), the same way. */
function shown(data: unknown): Seen[] {
  const content = agendaContentSchema.parse(data) as AgendaContent;
  return occurrencesOf(content)
    .map((o) => ({ id: o.event.id, start: o.start, end: o.end }))
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

describe('feed · read back by ical.js, the same occurrences as the element', () => {
  it.each(Object.entries(samples))('sample %s', (name, sample) => {
    expect(expandWithIcal(feed([source(`${name}.json`, sample)])).length).toBeGreaterThan(0);
    expect(expandWithIcal(feed([source(`${name}.json`, sample)]))).toEqual(shown(sample));
  });

  it('the five centres merged into one feed', () => {
    const files = allCentres().map((d, i) => source(`centre-${i}.json`, d));
    const { merged } = mergeFiles(files.map((f) => ({ name: f.name, data: JSON.parse(f.text) })));
    expect(expandWithIcal(feed(files))).toEqual(shown(merged));
  });

  it("the quality gates' arbitrary agendas (recurring, cancelled, any text)", () => {
    fc.assert(
      fc.property(arbitrary(fc), (a: AgendaContentInput) => {
        expect(expandWithIcal(feed([source('a.json', a)]))).toEqual(shown(a));
      }),
      { numRuns: 60 },
    );
  });

  it('a start day that is not a day of the rule is not an occurrence, as on screen', () => {
    const a = clone(tinyAgenda);
    a.events[0]!.start = '2027-03-17T18:00'; // a Wednesday, BYDAY=TU
    a.events[0]!.end = '2027-03-17T20:00';
    const seen = expandWithIcal(feed([source('a.json', a)])).filter((s) => s.id === 'cv');
    expect(seen.map((s) => new Date(s.start).toISOString())).toEqual([
      '2027-03-23T17:00:00.000Z',
      '2027-04-06T16:00:00.000Z', // 30 March is off, and COUNT=4 counts it
      '2027-04-13T16:00:00.000Z',
    ]);
    expect(seen).toEqual(shown(a).filter((s) => s.id === 'cv'));
  });
});

describe('feed · Paris time, winter and summer', () => {
  const ics = feed([source('tiny.json', tinyAgenda)]);

  it('one VEVENT per event, recurring ones as RRULE + EXDATE with the Europe/Paris VTIMEZONE', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(tz.getAllSubcomponents().map((c) => c.name)).toEqual(['daylight', 'standard']);
    const cv = cal.getAllSubcomponents('vevent')[0]!;
    expect(ics).toContain('\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4\r\n');
    expect(ics).toContain('\r\nEXDATE;TZID=Europe/Paris:20270330T180000\r\n');
    expect((cv.getFirstPropertyValue('rrule') as ICAL.Recur).parts['BYDAY']).toEqual(['TU']);
    expect(cv.getFirstProperty('exdate')!.getParameter('tzid')).toBe('Europe/Paris');
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(3);
  });

  it('the Tuesday workshop stays at 18:00 Paris: 17:00 UTC in winter, 16:00 UTC in summer', () => {
    const cv = expandWithIcal(ics).filter((s) => s.id === 'cv');
    expect(cv.map((s) => new Date(s.start).toISOString())).toEqual([
      '2027-03-16T17:00:00.000Z',
      '2027-03-23T17:00:00.000Z',
      '2027-04-06T16:00:00.000Z',
    ]);
    expect(cv.map((s) => (s.end! - s.start) / 3_600_000)).toEqual([2, 2, 2]);
  });

  it('UNTIL is written in UTC (RFC 5545 with a TZID) and keeps its last day whole', () => {
    const a = clone(tinyAgenda);
    a.events[0]!.recurrence = { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270406' };
    const out = feed([source('a.json', a)]);
    expect(out).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270406T215959Z');
    const cv = expandWithIcal(out).filter((s) => s.id === 'cv');
    expect(new Date(cv.at(-1)!.start).toISOString()).toBe('2027-04-06T16:00:00.000Z');
  });

  it('the next occurrence a phone computes is the one <qd-event-card> shows', async () => {
    const next = (today: string) =>
      expandWithIcal(ics).find((s) => s.id === 'cv' && s.end! > Date.parse(`${today}T00:00Z`))!;
    const el = await mount('qd-event-card', tinyAgenda, { event: 'cv', today: '2027-03-24' });
    expect(new Date(next('2027-03-24').start).toISOString()).toBe('2027-04-06T16:00:00.000Z');
    expect(text(el, '.qd-event__when')).toBe('mardi 6 avril 2027, 18:00 – 20:00');
  });
});

describe('feed · stable, subscribable', () => {
  it('UIDs come from the events’ ids and are the same at every run', () => {
    const uids = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics))
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('uid'));
    const files = allCentres().map((d, i) => source(`c${i}.json`, d));
    const first = uids(feed(files, STAMP));
    expect(first).toEqual(uids(feed(files, STAMP + 86_400_000)));
    expect(new Set(first).size).toBe(first.length);
    expect(uids(feed([source('tiny.json', tinyAgenda)]))).toEqual([
      'cv@agenda.quartiers-douai.fr',
      'cafe@agenda.quartiers-douai.fr',
      'sortie@agenda.quartiers-douai.fr',
    ]);
  });

  it('names the calendar, asks phones to refresh it, stamps every event', () => {
    const ics = feed([source('tiny.json', tinyAgenda)]);
    expect(ics).toContain('\r\nX-WR-CALNAME:Agenda des centres\r\n');
    expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(ics.match(/\r\nDTSTAMP:20270201T080000Z\r\n/g)).toHaveLength(3);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('feed · a wrong file says what to fix, in French', () => {
  it('a wrong field: file name, path and what to change; no feed', () => {
    const a = clone(tinyAgenda);
    a.events[0]!.recurrence = { rrule: 'FREQ=DAILY' };
    const r = agendaFeed([source('centre-a.json', a)]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join('\n')).toMatch(
      /^centre-a\.json : events\[0\]\.recurrence\.rrule : la répétition doit commencer par "FREQ=WEEKLY"/,
    );
  });

  it('a JSON syntax error: line and column', () => {
    const r = agendaFeed([{ name: 'b.json', text: '{\n  "version": 1,\n  "events": [,]\n}' }]);
    expect(!r.ok && r.problems[0]).toMatch(/^b\.json : .*ligne 3/);
  });

  it('a duplicate id across two files: kept once, reported', () => {
    const r = agendaFeed([source('a.json', tinyAgenda), source('b.json', tinyAgenda)]);
    expect(r.ok && r.events).toBe(3);
    expect(r.ok && r.duplicates.join('\n')).toContain('« cv »');
  });
});
