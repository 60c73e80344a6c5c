import { describe, expect, it } from 'vitest';
import { coreMessages } from './core-messages.js';
import type { Message } from './i18n.js';

const placeholders = (m: Message | undefined): string[] => {
  const texts = m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m);
  return [...new Set(texts.flatMap((t) => t?.match(/\{\w+\}/g) ?? []))].sort();
};

describe('core messages', () => {
  const keys = Object.keys(coreMessages.fr) as Array<keyof typeof coreMessages.fr>;

  it.each(['en', 'ar'] as const)(
    '%s has no key French lacks, and the same {placeholders}',
    (locale) => {
      const catalog = coreMessages[locale];
      for (const key of Object.keys(catalog)) expect(keys).toContain(key);
      for (const key of keys) {
        const m = catalog[key];
        if (m === undefined) continue;
        // Arabic may drop {count} in its "zero", "one" and "two" forms (the word says the number).
        const expected = placeholders(coreMessages.fr[key]);
        if (locale === 'ar' && typeof m !== 'string')
          expect(expected).toEqual(expect.arrayContaining(placeholders(m)));
        else expect([key, placeholders(m)]).toEqual([key, expected]);
      }
    },
  );

  it('English is complete (the second language of the centres’ pages)', () => {
    expect(Object.keys(coreMessages.en).sort()).toEqual([...keys].sort());
  });

  it('every plural message has an "other" form, and French texts are never empty', () => {
    for (const locale of ['fr', 'en', 'ar'] as const) {
      for (const [key, m] of Object.entries(coreMessages[locale])) {
        if (typeof m === 'string') expect([key, m.trim().length > 0]).toEqual([key, true]);
        else expect([key, typeof m?.other]).toEqual([key, 'string']);
      }
    }
  });
});
