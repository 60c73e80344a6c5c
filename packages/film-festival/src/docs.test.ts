/// <reference types="vite/client" />
/**
 * docs/festival.md quotes the messages a worker sees when a festival file is wrong: each quote is
 * checked against what the schema really says for a broken copy of the tiny festival, and every
 * rule of texts.lazy.ts must be quoted (a new rule fails here until the page explains it).
 */
import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import doc from '../../../docs/festival.md?raw';
import {
  FESTIVAL_CONTENT_VERSION,
  festivalContentSchema,
  type FestivalContentInput,
} from './schema.js';
import { festivalTexts } from './texts.lazy.js';
import { clone, tinyFestival } from './fixtures.js';

const problems = (input: FestivalContentInput): string[] => {
  const r = validateContent(festivalContentSchema, input, {
    supportedVersion: FESTIVAL_CONTENT_VERSION,
    packageName: '@quartiers-douai/film-festival',
    texts: festivalTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

interface Case {
  breakIt: (f: FestivalContentInput) => void;
  path: string;
  params?: Record<string, string | number>;
}

const cases: Record<string, Case> = {
  scale: {
    breakIt: (f) => (f.criteria[0]!.scale = { min: 0, max: 20 }),
    path: 'criteria[0].scale',
    params: { min: 0, max: 20 },
  },
  sourceType: {
    breakIt: (f) => (f.films[0]!.sources[0]!.type = 'webm'),
    path: 'films[0].sources[0].type',
  },
  srclang: {
    breakIt: (f) => (f.films[0]!.tracks![0]!.srclang = 'Français'),
    path: 'films[0].tracks[0].srclang',
  },
  datesOrder: {
    breakIt: (f) => (f.dates = { start: '2027-05-12', end: '2027-05-01' }),
    path: 'dates.end',
    params: { start: '2027-05-12', end: '2027-05-01' },
  },
  categoryUnknown: {
    breakIt: (f) => (f.films[0]!.category = 'animation'),
    path: 'films[0].category',
    params: { category: 'animation', first: 'fiction' },
  },
  consent: {
    breakIt: (f) => (f.films[0]!.consent = false),
    path: 'films[0].consent',
    params: { film: 'Film A' },
  },
  posterAlt: {
    breakIt: (f) => (f.films[0]!.poster = { src: 'affiche.webp', alt: '', decorative: true }),
    path: 'films[0].poster.alt',
    params: { film: 'Film A' },
  },
  captions: {
    breakIt: (f) => (f.films[0]!.tracks = []),
    path: 'films[0].tracks',
    params: { film: 'Film A' },
  },
  defaultTwice: {
    breakIt: (f) =>
      f.films[0]!.tracks!.push({
        src: 'a.en.vtt',
        kind: 'subtitles',
        srclang: 'en',
        label: 'English',
        default: true,
      }),
    path: 'films[0].tracks',
    params: { film: 'Film A' },
  },
};

describe('docs/festival.md · the rules and their messages', () => {
  it('explains every rule of the festival files', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(festivalTexts).sort());
  });

  it.each(Object.entries(cases))('quotes the message of %s as a worker sees it', (key, c) => {
    const f = clone(tinyFestival);
    c.breakIt(f);
    const message = `${c.path} : ${festivalTexts[key]!(c.params ?? {})}`;
    expect(problems(f)).toContain(message);
    expect(doc, `docs/festival.md devrait citer :\n${message}`).toContain(`\`${message}\``);
  });

  it('documents the tie rule and the three elements with their CDN files', () => {
    expect(doc).toContain('## Départager les ex æquo');
    for (const s of [
      '<qd-film-gallery',
      '<qd-jury-grid',
      '<qd-jury-results',
      '<qd-audience-vote',
      'jury.js',
      'audience-vote.js',
    ])
      expect(doc).toContain(s);
  });
});
