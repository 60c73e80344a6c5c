import { describe, expect, it } from 'vitest';
import { coreMessages } from './core-messages.js';
import coreEn from './core-messages.en.js';
import coreAr from './core-messages.ar.js';
import type { Catalog, Message } from './i18n.js';
import { panelsFr } from '../element/panels.js';
import { setAsideFr } from '../storage/data-tools.js';

const placeholders = (m: Message | undefined): string[] => {
  const texts = m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m);
  return [...new Set(texts.flatMap((t) => t?.match(/\{\w+\}/g) ?? []))].sort();
};

describe('core messages', () => {
  // French: the catalog, the panel texts that join it on first need (panels.ts), and the texts of
  // the copies set aside, which travel with the storage code (data-tools.ts).
  const fr = { ...coreMessages.fr, ...panelsFr, ...setAsideFr };
  const keys = Object.keys(fr) as Array<keyof typeof coreMessages.fr>;
  const catalogs: Record<'fr' | 'en' | 'ar', Partial<Catalog<(typeof keys)[number]>>> = {
    fr,
    en: coreEn,
    ar: coreAr,
  };

  it('English and Arabic are separate files, loaded on demand', async () => {
    expect(coreMessages.load?.en).toBeTypeOf('function');
    expect(await coreMessages.load?.en?.()).toBe(coreEn);
    expect(await coreMessages.load?.ar?.()).toBe(coreAr);
  });

  it.each(['en', 'ar'] as const)(
    '%s has no key French lacks, and the same {placeholders}',
    (locale) => {
      const catalog = catalogs[locale];
      for (const key of Object.keys(catalog)) expect(keys).toContain(key);
      for (const key of keys) {
        const m = catalog[key];
        if (m === undefined) continue;
        // Arabic may drop {count} in its "zero", "one" and "two" forms (the word says the number).
        const expected = placeholders(fr[key]);
        if (locale === 'ar' && typeof m !== 'string')
          expect(expected).toEqual(expect.arrayContaining(placeholders(m)));
        else expect([key, placeholders(m)]).toEqual([key, expected]);
      }
    },
  );

  it('English is complete (the second language of the centres’ pages)', () => {
    expect(Object.keys(coreEn).sort()).toEqual([...keys].sort());
  });

  it('the French catalog and the panel texts do not overlap (each text is written once)', () => {
    for (const key of [...Object.keys(panelsFr), ...Object.keys(setAsideFr)])
      expect(Object.keys(coreMessages.fr)).not.toContain(key);
  });

  it('every plural message has an "other" form, and French texts are never empty', () => {
    for (const locale of ['fr', 'en', 'ar'] as const) {
      for (const [key, m] of Object.entries(catalogs[locale])) {
        if (typeof m === 'string') expect([key, m.trim().length > 0]).toEqual([key, true]);
        else expect([key, typeof m?.other]).toEqual([key, 'string']);
      }
    }
  });
});
