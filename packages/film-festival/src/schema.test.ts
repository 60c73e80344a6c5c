import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import {
  FESTIVAL_CONTENT_VERSION,
  festivalContentSchema,
  type FestivalContentInput,
} from './schema.js';
import { festivalTexts } from './texts.lazy.js';
import { clone, tinyFestival } from './fixtures.js';

const problems = (input: unknown): string[] => {
  const r = validateContent(festivalContentSchema, input, {
    supportedVersion: FESTIVAL_CONTENT_VERSION,
    packageName: '@quartiers-douai/film-festival',
    texts: festivalTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

const broken = (breakIt: (f: FestivalContentInput) => void) => {
  const f = clone(tinyFestival);
  breakIt(f);
  return problems(f);
};

describe('festival schema · valid content', () => {
  it('accepts the tiny festival, tracks defaulting to none', () => {
    expect(problems(tinyFestival)).toEqual([]);
    const f = clone(tinyFestival);
    delete f.films[1]!.tracks;
    expect(problems(f)).toEqual([]);
  });
});

describe('festival schema · captions (every film has French captions, or says why not)', () => {
  it('refuses a film without tracks and without "captionsNotNeeded"', () => {
    expect(broken((f) => delete f.films[1]!.captionsNotNeeded)).toEqual([
      'films[1].tracks : le film « Film B » n\'a pas de sous-titres en français : ajoutez dans "tracks" un fichier .vtt avec "kind": "captions" et "srclang": "fr", ou expliquez pourquoi il n\'en a pas besoin dans "captionsNotNeeded"',
    ]);
  });

  it('English subtitles or French audio descriptions alone are not French captions', () => {
    const en = broken((f) => (f.films[0]!.tracks![0]!.srclang = 'en'));
    expect(en.join()).toContain(
      "films[0].tracks : le film « Film A » n'a pas de sous-titres en français",
    );
    const desc = broken((f) => (f.films[0]!.tracks![0]!.kind = 'descriptions'));
    expect(desc.join()).toContain('films[0].tracks');
  });

  it('"fr-FR" subtitles count as French; a blank "captionsNotNeeded" does not excuse', () => {
    expect(broken((f) => (f.films[0]!.tracks![0]!.srclang = 'fr-FR'))).toEqual([]);
    expect(broken((f) => (f.films[1]!.captionsNotNeeded = '  ')).join()).toContain(
      'films[1].tracks',
    );
  });

  it('only one track shown by default', () => {
    const p = broken((f) =>
      f.films[0]!.tracks!.push({ ...f.films[0]!.tracks![0]!, srclang: 'en', label: 'English' }),
    );
    expect(p).toEqual([
      'films[0].tracks : le film « Film A » a plusieurs sous-titres affichés d\'office ("default": true) : gardez-en un seul',
    ]);
  });
});

describe('festival schema · consent, poster, duration, category, scale', () => {
  it('refuses a film whose image rights are not signed (consent false or missing)', () => {
    expect(broken((f) => (f.films[0]!.consent = false))).toEqual([
      "films[0].consent : le film « Film A » n'a pas l'accord écrit pour le droit à l'image : mettez \"consent\": true seulement quand les autorisations (parents des mineurs) sont signées, sinon retirez le film",
    ]);
    expect(
      broken((f) => delete (f.films[0] as Partial<FestivalContentInput['films'][0]>).consent),
    ).toHaveLength(1);
  });

  it('refuses a poster without a text alternative, even "decorative"', () => {
    expect(broken((f) => (f.films[0]!.poster.alt = '')).join()).toContain('films[0].poster.alt');
    expect(
      broken((f) => (f.films[0]!.poster = { src: 'a.webp', alt: '', decorative: true })),
    ).toEqual([
      'films[0].poster.alt : l\'affiche du film « Film A » n\'a pas de texte de remplacement : décrivez-la en une phrase dans "alt"',
    ]);
  });

  it('refuses a duration of 0 or less', () => {
    expect(broken((f) => (f.films[0]!.duration = 0))).toEqual([
      'films[0].duration : doit être un nombre plus grand que 0, sans guillemets, par exemple 3',
    ]);
  });

  it('refuses an unknown category, a javascript: video and a wrong video type', () => {
    expect(broken((f) => (f.films[0]!.category = 'animation'))).toEqual([
      "films[0].category : la catégorie « animation » n'existe pas : écrivez l'identifiant d'une catégorie de \"categories\" (par exemple « fiction »)",
    ]);
    expect(broken((f) => (f.films[0]!.sources[0]!.src = 'javascript:alert(1)')).join()).toContain(
      'films[0].sources[0].src',
    );
    expect(broken((f) => (f.films[0]!.sources[0]!.type = 'webm')).join()).toContain(
      'films[0].sources[0].type',
    );
  });

  it('refuses a scale upside down or too long, and repeated ids', () => {
    expect(broken((f) => (f.criteria[0]!.scale = { min: 5, max: 5 }))).toHaveLength(1);
    expect(broken((f) => (f.criteria[0]!.scale = { min: 0, max: 20 })).join()).toContain(
      'criteria[0].scale',
    );
    expect(broken((f) => (f.films[1]!.id = 'a')).join()).toContain('films[1].id');
  });

  it('refuses an end date before the start', () => {
    expect(broken((f) => (f.dates = { start: '2027-05-12', end: '2027-05-01' }))).toEqual([
      'dates.end : le festival finit (2027-05-01) avant de commencer (2027-05-12) : vérifiez "start" et "end"',
    ]);
  });
});
