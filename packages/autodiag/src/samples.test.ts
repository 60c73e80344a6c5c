import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { AUTODIAG_CONTENT_VERSION, autodiagContentSchema, type AutodiagContent } from './schema.js';
import { autodiagTexts } from './texts.lazy.js';
import { samples } from './fixtures.js';

const check = (input: unknown) =>
  validateContent(autodiagContentSchema, input, {
    supportedVersion: AUTODIAG_CONTENT_VERSION,
    packageName: '@quartiers-douai/autodiag',
    texts: autodiagTexts,
  });

/** The five DigComp 2.2 areas, as the samples name them. */
const DIGCOMP = ['information', 'communication', 'creation', 'securite', 'problemes'];

describe('the sample diagnostics', () => {
  describe.each(Object.entries(samples))('%s', (_name, sample) => {
    const r = check(sample);
    const c = (r.ok ? r.data : undefined) as AutodiagContent;

    it('is valid, without unknown fields', () => {
      expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
    });

    it('covers the five DigComp areas, each with a pictogram and at least one statement', () => {
      expect(c.areas.map((a) => a.id)).toEqual(DIGCOMP);
      for (const a of c.areas) expect(c.items.some((i) => i.area === a.id)).toBe(true);
    });

    it('every statement and area has an easy-read variant', () => {
      for (const i of c.items) expect(i.easy, i.id).toBeTruthy();
      for (const a of c.areas) expect(a.easy, a.id).toBeTruthy();
    });

    it('a beginner gets a workshop in every area, with when, where and a fictional phone', () => {
      for (const a of c.areas) {
        const first = c.levels[0]!.id;
        const w = c.recommendations.find((r) => r.area === a.id && r.maxLevel === first)?.workshop;
        expect(w, a.id).toBeDefined();
        expect(w!.when && w!.where).toBeTruthy();
        // numbers reserved for fiction by the ARCEP (03 53 01 xx xx), addresses marked fictional
        expect(w!.contact?.phone).toMatch(/^03 53 01 /);
        expect(w!.where).toContain('fictive');
        expect(w!.contact?.email).toMatch(/\.example$/);
      }
    });
  });

  it('the complete diagnostic has at least 25 statements, at least 4 in each area', () => {
    const c = samples.complet;
    expect(c.items.length).toBeGreaterThanOrEqual(25);
    for (const a of DIGCOMP)
      expect(c.items.filter((i) => i.area === a).length).toBeGreaterThanOrEqual(4);
  });

  it('« premier pas » has 8 statements', () => {
    expect(samples.premierPas.items).toHaveLength(8);
  });
});
