/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { DEMARCHE_CONTENT_VERSION, demarcheContentSchema, type DemarcheContent } from './schema.js';
import { demarcheTexts } from './texts.lazy.js';
import { sampleFiles, samples } from './fixtures.js';

/** The hand-drawn screens, as files (content/screens/<sample>--<step>.svg). */
const drawings = import.meta.glob<string>('../content/screens/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const check = (input: unknown) =>
  validateContent(demarcheContentSchema, input, {
    supportedVersion: DEMARCHE_CONTENT_VERSION,
    packageName: '@quartiers-douai/demarches',
    texts: demarcheTexts,
  });

const base64 = (s: string) =>
  btoa(Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join(''));

describe('the three sample procedures', () => {
  it('are there: create an account, change of address, an appointment online', () => {
    expect(Object.values(samples).map((s) => s.title)).toEqual([
      'Créer mon compte sur un site administratif (exemple)',
      'Déclarer un changement d’adresse (exemple)',
      'Prendre un rendez-vous en ligne (exemple)',
    ]);
  });

  describe.each(Object.entries(samples))('%s', (key, sample) => {
    const r = check(sample);
    const d = (r.ok ? r.data : undefined) as DemarcheContent | undefined;

    it('is valid, without unknown fields, checked on 2026-11-29, with the real service in https', () => {
      expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
      expect(d!.lastChecked).toBe('2026-11-29');
      expect(d!.officialUrl).toMatch(/^https:\/\/[a-z.]+\.(gouv\.fr|service-public\.fr)\//);
      expect(sample.$schema).toBe('../schema.json');
    });

    it('has screens and sample forms, things to prepare, words, and every instruction in easy French', () => {
      expect(d!.steps.some((s) => s.screen.image)).toBe(true);
      expect(d!.steps.some((s) => s.screen.mock)).toBe(true);
      expect(d!.prepare.length).toBeGreaterThanOrEqual(3);
      expect(d!.glossary.length).toBeGreaterThanOrEqual(3);
      for (const s of d!.steps) expect(s.easy, s.id).toBeTruthy();
      for (const s of d!.steps)
        for (const f of s.screen.mock?.fields ?? []) expect(f.expected, f.label).toBeTruthy();
    });

    it('each screen is its hand-drawn mock-up of content/screens/, marked as a training mock-up', () => {
      for (const s of d!.steps.filter((x) => x.screen.image)) {
        const svg =
          drawings[
            `../content/screens/${sampleFiles[key as keyof typeof sampleFiles]}--${s.id}.svg`
          ];
        expect(
          svg,
          `content/screens/${sampleFiles[key as keyof typeof sampleFiles]}--${s.id}.svg`,
        ).toBeDefined();
        expect(svg).toContain('MAQUETTE D’ENTRAÎNEMENT');
        expect(svg).not.toMatch(/<script|href=|<image|@import|url\(/i);
        expect(s.screen.image!.src, `pnpm --filter @quartiers-douai/demarches screens`).toBe(
          `data:image/svg+xml;base64,${base64(svg!)}`,
        );
        const size = /width="(\d+)" height="(\d+)"/.exec(svg!)!;
        expect([s.screen.image!.width, s.screen.image!.height]).toEqual([
          Number(size[1]),
          Number(size[2]),
        ]);
      }
    });

    it('every word of the glossary is used in an instruction', () => {
      const all = d!.steps.map((s) => `${s.instruction} ${s.easy ?? ''}`.toLowerCase()).join(' ');
      for (const g of d!.glossary) expect(all, g.term).toContain(g.term.toLowerCase());
    });
  });
});
