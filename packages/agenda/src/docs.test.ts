/// <reference types="vite/client" />
/**
 * docs/agenda.md quotes the messages a worker sees when an agenda file is wrong: each quote is
 * checked against what the schema really says for a broken copy of the tiny agenda, and every rule
 * of texts.lazy.ts must be quoted (a new rule fails here until the page explains it). The messages
 * of several files (duplicates, a wrong or non-JSON file) are checked against the UI texts.
 */
import { describe, expect, it } from 'vitest';
import { problemToString, translate, validateContent } from '@quartiers-douai/core';
import doc from '../../../docs/agenda.md?raw';
import { AGENDA_CONTENT_VERSION, agendaContentSchema, type AgendaContentInput } from './schema.js';
import { agendaTexts } from './texts.lazy.js';
import { agendaMessages, type AgendaKey } from './messages.js';
import { clone, tinyAgenda } from './fixtures.js';

const problems = (input: AgendaContentInput): string[] => {
  const r = validateContent(agendaContentSchema, input, {
    supportedVersion: AGENDA_CONTENT_VERSION,
    packageName: '@quartiers-douai/agenda',
    texts: agendaTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

interface Case {
  /** Breaks a copy of the tiny agenda the way the page's example says. */
  breakIt: (a: AgendaContentInput) => void;
  path: string;
  params?: Record<string, string>;
}

const rrule = (text: string) => (a: AgendaContentInput) => {
  a.events[0]!.recurrence = { rrule: text };
};
const R = 'events[0].recurrence.rrule';

const cases: Record<string, Case> = {
  dateTime: { breakIt: (a) => (a.events[0]!.start = '16/03/2027 18h'), path: 'events[0].start' },
  email: { breakIt: (a) => (a.centres[0]!.email = 'accueil-centre.fr'), path: 'centres[0].email' },
  centreUnknown: {
    breakIt: (a) => (a.events[0]!.centre = 'c'),
    path: 'events[0].centre',
    params: { centre: 'c', ids: 'a, b' },
  },
  endBeforeStart: {
    breakIt: (a) => (a.events[0]!.end = '2027-03-16T17:00'),
    path: 'events[0].end',
    params: { start: '2027-03-16T18:00', end: '2027-03-16T17:00' },
  },
  rruleFreq: { breakIt: rrule('FREQ=DAILY'), path: R, params: { freq: 'DAILY' } },
  rrulePart: { breakIt: rrule('FREQ=WEEKLY;BYMONTH=3'), path: R, params: { part: 'BYMONTH=3' } },
  rruleByday: { breakIt: rrule('FREQ=WEEKLY;BYDAY=mardi'), path: R, params: { value: 'MARDI' } },
  rruleEnd: { breakIt: rrule('FREQ=WEEKLY;COUNT=4;UNTIL=20270427'), path: R },
  rruleNumber: { breakIt: rrule('FREQ=WEEKLY;COUNT=0'), path: R, params: { part: 'COUNT=0' } },
  rruleUntil: {
    breakIt: rrule('FREQ=WEEKLY;UNTIL=30/04/2027'),
    path: R,
    params: { value: '30/04/2027' },
  },
};

describe('docs/agenda.md · the rules and their messages', () => {
  it('explains every rule of the agenda files', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(agendaTexts).sort());
  });

  it.each(Object.entries(cases))('quotes the message of %s as a worker sees it', (key, c) => {
    const agenda = clone(tinyAgenda);
    c.breakIt(agenda);
    const message = `${c.path} : ${agendaTexts[key]!(c.params ?? {})}`;
    expect(problems(agenda)).toContain(message);
    expect(doc, `docs/agenda.md devrait citer :\n${message}`).toContain(`\`${message}\``);
  });
});

describe('docs/agenda.md · several files', () => {
  const fr = (key: AgendaKey, params?: Record<string, string>) =>
    translate([agendaMessages], 'fr', key, params);
  const files = { first: 'centre-les-glycines.json', again: 'maison-du-moulin-vert.json' };

  it.each([
    ['duplicateEvent', fr('duplicateEvent', { id: 'glycines-atelier-cv', ...files })],
    ['duplicateCentre', fr('duplicateCentre', { id: 'glycines', ...files })],
    ['fileWrong', fr('fileWrong', { file: files.again })],
    ['notJson', `${files.again} : ${fr('notJson')}`],
  ])('quotes %s', (_key, message) => {
    expect(doc).toContain(message);
  });

  it('has the title « Agenda »', () => {
    expect(doc.split('\n')[0]).toBe('# Agenda');
  });
});
