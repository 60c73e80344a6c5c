import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import {
  AUTODIAG_CONTENT_VERSION,
  DEFAULT_ANSWERS,
  autodiagContentSchema,
  type AutodiagContentInput,
} from './schema.js';
import { autodiagTexts } from './texts.lazy.js';
import { clone, tinyDiag } from './fixtures.js';

const check = (input: unknown) =>
  validateContent(autodiagContentSchema, input, {
    supportedVersion: AUTODIAG_CONTENT_VERSION,
    packageName: '@quartiers-douai/autodiag',
    texts: autodiagTexts,
  });
const problems = (input: unknown) => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};
const broken = (f: (c: AutodiagContentInput) => void) => {
  const c = clone(tinyDiag);
  f(c);
  return problems(c);
};

describe('autodiag content schema', () => {
  it('accepts the tiny diagnostic, with the default four answers and no unknown field', () => {
    const r = check(tinyDiag);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.data.answers).toEqual([...DEFAULT_ANSWERS]);
    expect(r.data.lang).toBe('fr');
  });

  it('needs exactly four answers', () => {
    expect(broken((c) => (c.answers = ['Non', 'Oui']))[0]).toMatch(/^answers : /);
    expect(broken((c) => (c.items[0]!.answers = ['a', 'b', 'c', 'd', 'e']))[0]).toMatch(
      /^items\[0\]\.answers : /,
    );
  });

  it('refuses an unknown pictogram (content cannot carry SVG), two levels at least, a level "min" from 0 to 3', () => {
    expect(broken((c) => ((c.areas[0] as { icon: string }).icon = '<svg onload=x>'))[0]).toMatch(
      /^areas\[0\]\.icon/,
    );
    expect(broken((c) => (c.levels = c.levels.slice(0, 1)))[0]).toMatch(/^levels : /);
    expect(broken((c) => (c.levels[2]!.min = 4))[0]).toMatch(/^levels\[2\]\.min : /);
  });

  it('checks the contact: phone as written on a poster, e-mail, https link', () => {
    const list = broken((c) => {
      const w = c.recommendations![0]!.workshop;
      w.contact = { phone: 'appelez-nous', email: 'accueil', url: 'javascript:alert(1)' };
    });
    expect(list.map((p) => p.split(' : ')[0])).toEqual([
      'recommendations[0].workshop.contact.phone',
      'recommendations[0].workshop.contact.email',
      'recommendations[0].workshop.contact.url',
    ]);
  });

  it('an unknown field is kept and warned about, not fatal', () => {
    const c = clone(tinyDiag) as AutodiagContentInput & { couleur?: string };
    c.couleur = 'bleu';
    const r = check(c);
    expect(r.ok && r.warnings.length).toBe(1);
  });
});
