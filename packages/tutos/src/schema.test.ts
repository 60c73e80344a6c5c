import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { contentJsonSchema } from '@quartiers-douai/core/json-schema';
import {
  contentSchema,
  isPageUrl,
  isSafeAudioUrl,
  libraryIndexSchema,
  TUTO_CONTENT_VERSION,
  tutorialSchema,
} from './schema.js';
import { tutoTexts } from './texts.lazy.js';
import { HIDDEN_URLS } from './xss.js';
import { clone, tinyTuto, TINY_PNG, TINY_WAV } from './fixtures.js';
import committedJsonSchema from '../schema.json';
import committedLibrarySchema from '../library/schema.json';

const problems = (
  input: unknown,
  schema: Parameters<typeof validateContent>[0] = tutorialSchema,
): string[] => {
  const r = validateContent(schema, input, {
    supportedVersion: TUTO_CONTENT_VERSION,
    packageName: '@quartiers-douai/tutos',
    texts: tutoTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

describe('schema · a tutorial', () => {
  it('the tiny tutorial is valid; licence, level, materials and tags have defaults', () => {
    expect(problems(tinyTuto)).toEqual([]);
    const { licence: _l, level: _v, materials: _m, tags: _t, ...bare } = clone(tinyTuto);
    const r = tutorialSchema.safeParse(bare);
    expect(r.success && [r.data.licence, r.data.level, r.data.materials, r.data.tags]).toEqual([
      'CC BY-SA 4.0',
      'debutant',
      [],
      [],
    ]);
  });

  it('needs at least one step', () => {
    expect(problems({ ...clone(tinyTuto), steps: [] })).toEqual([
      'steps : la liste doit contenir de 1 à 40 éléments',
    ]);
  });

  it('the author is a first name or a pseudonym: no e-mail, no phone, not too long', () => {
    for (const author of ['samia@example.org', 'Samia 06 12 34 56 78', 'S'.repeat(41)])
      expect(problems({ ...clone(tinyTuto), author })).toEqual([
        `author : ${tutoTexts['author']!({ max: 40 })}`,
      ]);
    expect(problems({ ...clone(tinyTuto), author: 'Jean-Pierre' })).toEqual([]);
  });

  it('photos: relative, https or inline raster images only (no javascript:, no inline SVG)', () => {
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'http://x.fr/a.jpg',
    ]) {
      const c = clone(tinyTuto);
      c.steps[0]!.image = { src, alt: 'Une photo' };
      expect(problems(c)[0]).toMatch(/^steps\[0\]\.image\.src : adresse refusée/);
    }
    const ok = clone(tinyTuto);
    ok.steps[0]!.image = { src: TINY_PNG, alt: 'Une photo' };
    expect(problems(ok)).toEqual([]);
  });

  it('voices: relative, https or inline data:audio/… only; never javascript: nor another data:', () => {
    expect(isSafeAudioUrl(TINY_WAV)).toBe(true);
    expect(isSafeAudioUrl('data:audio/webm;codecs=opus;base64,GkXfo59ChoEBQveBAULygQRC')).toBe(
      true,
    );
    expect(isSafeAudioUrl('sons/etape-1.mp3')).toBe(true);
    expect(isSafeAudioUrl('https://exemple.fr/son.mp3')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      TINY_PNG,
      'data:audio/wav,plain',
      'http://exemple.fr/son.mp3',
      '//exemple.fr/son.mp3',
    ])
      expect(isSafeAudioUrl(bad), bad).toBe(false);
  });

  it('photos and voices that hide a script or another site (control characters, spaces, case) are refused', () => {
    for (const bad of HIDDEN_URLS) {
      const c = clone(tinyTuto);
      c.steps[0]!.image = { src: bad, alt: 'Une photo' };
      c.steps[1]!.audio = { src: bad, transcript: 'Bonjour' };
      expect(
        problems(c).map((p) => p.split(' : ')[0]),
        JSON.stringify(bad),
      ).toEqual(['steps[0].image.src', 'steps[1].audio.src']);
      expect(isSafeAudioUrl(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('a voice needs its transcript', () => {
    const c = clone(tinyTuto);
    c.steps[1]!.audio!.transcript = '  ';
    expect(problems(c)).toEqual([
      'steps[1].audio.transcript : ce texte est vide : écrivez quelque chose',
    ]);
  });

  it('schema.json is up to date with the zod schema (run `pnpm build` to refresh it)', () => {
    const fresh = contentJsonSchema(contentSchema);
    const { title: _t, $id: _i, ...committed } = committedJsonSchema as Record<string, unknown>;
    expect(JSON.stringify(committed, null, 2)).toBe(JSON.stringify(fresh, null, 2));
  });
});

describe('schema · the library index', () => {
  const entry = { title: 'Scanner', src: 'scanner.json' };
  const index = (tutorials: unknown[]) => ({ version: 1, title: 'Les tutos', tutorials });

  it('an entry needs its file (src) or its page (url)', () => {
    expect(problems(index([entry]), libraryIndexSchema)).toEqual([]);
    expect(
      problems(index([{ title: 'Scanner', url: '/tutos/scanner/' }]), libraryIndexSchema),
    ).toEqual([]);
    expect(problems(index([{ title: 'Scanner' }]), libraryIndexSchema)).toEqual([
      `tutorials[0] : ${tutoTexts['entryWhere']!({})}`,
    ]);
  });

  it('a page is a path of the site or https; never javascript: nor data:', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'http://x.fr/', 'mailto:a@b.fr'])
      expect(problems(index([{ title: 'A', url }]), libraryIndexSchema)).toEqual([
        `tutorials[0].url : ${tutoTexts['page']!({})}`,
      ]);
  });

  it('a page or a file that hides a script or another site (control characters, spaces, case) is refused', () => {
    for (const bad of HIDDEN_URLS) {
      expect(isPageUrl(bad), JSON.stringify(bad)).toBe(false);
      expect(problems(index([{ title: 'A', url: bad }]), libraryIndexSchema)).toEqual([
        `tutorials[0].url : ${tutoTexts['page']!({})}`,
      ]);
      expect(problems(index([{ title: 'A', src: bad }]), libraryIndexSchema)).toHaveLength(1);
    }
    expect(isPageUrl('/tutos/scanner/')).toBe(true);
    expect(isPageUrl('https://exemple.fr/tutos/')).toBe(true);
  });

  it('library/schema.json is up to date', () => {
    const fresh = contentJsonSchema(libraryIndexSchema);
    const { title: _t, $id: _i, ...committed } = committedLibrarySchema as Record<string, unknown>;
    expect(JSON.stringify(committed, null, 2)).toBe(JSON.stringify(fresh, null, 2));
  });
});
