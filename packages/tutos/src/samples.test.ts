/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import {
  TUTO_CONTENT_VERSION,
  libraryIndexSchema,
  tutorialSchema,
  type LibraryIndex,
  type Tutorial,
} from './schema.js';
import { tutoTexts } from './texts.lazy.js';
import { libraryIndex, samples } from './fixtures.js';

const images = import.meta.glob('../content/images/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const check = <T>(schema: Parameters<typeof validateContent<T>>[0], input: unknown) =>
  validateContent<T>(schema, input, {
    supportedVersion: TUTO_CONTENT_VERSION,
    packageName: '@quartiers-douai/tutos',
    texts: tutoTexts,
  });

const titles = [
  'Scanner un document avec son téléphone',
  'Faire un appel vidéo',
  'Créer une adresse e-mail',
  'Envoyer une pièce jointe',
  'Reconnaître un SMS frauduleux',
];

describe('the five sample tutorials', () => {
  it('are the five of the issue', () => {
    expect(Object.values(samples).map((s) => s.title)).toEqual(titles);
  });

  describe.each(Object.entries(samples))('%s', (_name, sample) => {
    const r = check<Tutorial>(tutorialSchema, sample);
    const t = r.ok ? r.data : undefined;

    it('is valid, without unknown fields, in French, CC BY-SA 4.0, with an author first name', () => {
      expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
      expect(t!.lang).toBe('fr');
      expect(t!.licence).toBe('CC BY-SA 4.0');
      expect(t!.author).toMatch(/^[\p{L}-]+$/u);
    });

    it('has 4 or 5 steps, each with an easy-read text, and at least one illustration', () => {
      expect(t!.steps.length).toBeGreaterThanOrEqual(4);
      expect(t!.steps.length).toBeLessThanOrEqual(5);
      for (const s of t!.steps) expect(s.easy?.length ?? 0).toBeGreaterThan(0);
      expect(t!.steps.some((s) => s.image)).toBe(true);
    });

    it('its illustrations are SVG files of content/images/, each with a <title>', () => {
      for (const s of t!.steps.filter((x) => x.image)) {
        const svg = images[`../content/${s.image!.src}`];
        expect(svg, s.image!.src).toBeDefined();
        expect(svg).toMatch(/<title id="t">[^<]{10,}<\/title>/);
        expect(s.image!.alt.length).toBeGreaterThan(10);
      }
    });
  });
});

describe('the library index (content/bibliotheque)', () => {
  const r = check<LibraryIndex>(libraryIndexSchema, libraryIndex);

  it('is valid and lists the five samples, each with its file', () => {
    expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
    const index = r.ok ? r.data : undefined;
    expect(index!.tutorials.map((e) => e.title)).toEqual(titles);
    const files = Object.values(samples).map((s) => `../${s.id}.json`);
    expect(index!.tutorials.map((e) => e.src)).toEqual(files);
  });
});
