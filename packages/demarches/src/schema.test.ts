import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import {
  DEMARCHE_CONTENT_VERSION,
  demarcheContentSchema,
  readingOrder,
  type DemarcheContentInput,
} from './schema.js';
import { demarcheTexts } from './texts.lazy.js';
import { clone, tinyProcedure } from './fixtures.js';

const check = (input: unknown) =>
  validateContent(demarcheContentSchema, input, {
    supportedVersion: DEMARCHE_CONTENT_VERSION,
    packageName: '@quartiers-douai/demarches',
    texts: demarcheTexts,
  });
const problems = (input: unknown) => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};
const broken = (f: (d: DemarcheContentInput) => void) => {
  const d = clone(tinyProcedure);
  f(d);
  return problems(d);
};

describe('demarche schema', () => {
  it('accepts the tiny procedure, with defaults (correct: false, type: text)', () => {
    const r = check(tinyProcedure);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.steps[0]!.hotspots[1]!.correct).toBe(false);
    expect(r.data.steps[1]!.screen.mock!.fields[1]!.type).toBe('text');
  });

  it('refuses a zone in a wrong place or size: x, y from 0 to 100, w, h from 1 to 100', () => {
    const p = broken((d) => {
      d.steps[0]!.hotspots![0]!.x = -5;
      d.steps[0]!.hotspots![1]!.w = 0;
    });
    expect(
      p.some((m) => m.startsWith('steps[0].hotspots[0].x : doit être un nombre de 0 à 100')),
    ).toBe(true);
    expect(
      p.some((m) => m.startsWith('steps[0].hotspots[1].w : doit être un nombre de 1 à 100')),
    ).toBe(true);
  });

  it('a picture needs its size, a text alternative, and a safe address', () => {
    const p = broken((d) => {
      const img = d.steps[0]!.screen.image! as Record<string, unknown>;
      delete img.width;
      img.alt = ' ';
      img.src = 'javascript:alert(1)';
    });
    expect(p.some((m) => m.startsWith('steps[0].screen.image.width'))).toBe(true);
    expect(p).toContain('steps[0].screen.image.alt : ce texte est vide : écrivez quelque chose');
    expect(p.some((m) => m.startsWith('steps[0].screen.image.src : adresse refusée'))).toBe(true);
  });

  it('accepts an inline SVG drawing, refuses other inline documents', () => {
    expect(
      broken((d) => (d.steps[0]!.screen.image!.src = 'data:image/svg+xml;base64,PHN2Zy8+')),
    ).toEqual([]);
    expect(
      broken((d) => (d.steps[0]!.screen.image!.src = 'data:text/html;base64,PGI+')),
    ).toHaveLength(1);
  });

  it('a step needs at least one step, unique ids, a field list that is not empty', () => {
    expect(broken((d) => (d.steps = []))[0]).toMatch(/^steps : la liste est vide/);
    expect(broken((d) => (d.steps[2]!.id = 'entrer'))[0]).toMatch(
      /^steps\[2\]\.id : l'identifiant « entrer » est déjà utilisé/,
    );
    expect(broken((d) => (d.steps[1]!.screen.mock!.fields = []))[0]).toMatch(
      /^steps\[1\]\.screen\.mock\.fields : la liste est vide/,
    );
  });

  it('refuses an unknown field type, a blank sample value, a real link that is not https', () => {
    expect(
      broken((d) => ((d.steps[1]!.screen.mock!.fields[0] as { type: string }).type = 'file')),
    ).toHaveLength(1);
    expect(broken((d) => (d.steps[1]!.screen.mock!.fields[0]!.expected = '  '))[0]).toMatch(
      /expected : ce texte est vide/,
    );
    expect(broken((d) => (d.officialUrl = 'mailto:a@b.fr'))).toEqual([
      `officialUrl : ${demarcheTexts.officialHttps!({})}`,
    ]);
    expect(broken((d) => (d.lastChecked = '2026-02-30'))[0]).toMatch(
      /^lastChecked : date invalide/,
    );
  });

  it('zones in reading order: top to bottom, then left to right', () => {
    const h = (x: number, y: number) => ({ x, y, w: 5, h: 5, label: `${x},${y}`, correct: false });
    expect(readingOrder([h(50, 10), h(10, 40), h(10, 10)]).map((z) => z.h.label)).toEqual([
      '10,10',
      '50,10',
      '10,40',
    ]);
  });
});
