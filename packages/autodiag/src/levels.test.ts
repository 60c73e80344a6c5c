import { describe, expect, it } from 'vitest';
import { validateContent } from '@quartiers-douai/core';
import { areaResults, canDo, contribution, levelFor, recommended } from './levels.js';
import { AUTODIAG_CONTENT_VERSION, autodiagContentSchema, type AutodiagContent } from './schema.js';
import { autodiagTexts } from './texts.lazy.js';
import { clone, tinyDiag } from './fixtures.js';

const parse = (input: unknown): AutodiagContent => {
  const r = validateContent(autodiagContentSchema, input, {
    supportedVersion: AUTODIAG_CONTENT_VERSION,
    packageName: '@quartiers-douai/autodiag',
    texts: autodiagTexts,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.data;
};
const tiny = parse(tinyDiag);
const levelIds = (answers: Record<string, number | null>, c = tiny) =>
  areaResults(c, answers).map((r) => r.level?.id ?? 'non évalué');
const titles = (answers: Record<string, number | null>, c = tiny) =>
  recommended(c, areaResults(c, answers)).map((r) => r.workshop.title);

describe('levels per area', () => {
  it('the level is the last one whose "min" the average of the answers reaches (thresholds included)', () => {
    const levels = tiny.levels;
    expect([0, 1.49, 1.5, 2.49, 2.5, 3].map((a) => levelFor(levels, a).id)).toEqual([
      'debut',
      'debut',
      'moyen',
      'moyen',
      'fort',
      'fort',
    ]);
  });

  it('each area on its own: the average of its answered statements', () => {
    // courriel: (2 + 0) / 2 = 1 → debut ; securite: (3 + 2) / 2 = 2.5 → fort
    expect(levelIds({ lire: 2, photo: 0, arnaque: 3, code: 2 })).toEqual(['debut', 'fort']);
    // courriel: (1 + 2) / 2 = 1.5 → moyen
    expect(levelIds({ lire: 1, photo: 2, arnaque: 0, code: 0 })).toEqual(['moyen', 'debut']);
  });

  it('a skipped statement is left out (it does not count as "Je ne sais pas")', () => {
    // courriel: only "lire" answered (3) → fort, not (3 + 0) / 2
    expect(levelIds({ lire: 3, photo: null, arnaque: 2, code: 1 })).toEqual(['fort', 'moyen']);
    const r = areaResults(tiny, { lire: 3, photo: null })[0]!;
    expect([r.answered, r.total]).toEqual([1, 2]);
  });

  it('an area with every statement skipped (or not reached) is not evaluated: no level, never a zero', () => {
    const [, s] = areaResults(tiny, { lire: 0, photo: 0, arnaque: null, code: null });
    expect(s!.level).toBeUndefined();
    expect(s!.rank).toBe(-1);
    expect(s!.answered).toBe(0);
    expect(levelIds({})).toEqual(['non évalué', 'non évalué']);
  });

  it('an area may have levels of its own', () => {
    const c = clone(tinyDiag);
    c.areas[1]!.levels = [
      { id: 'prudent', label: 'Prudent', min: 0 },
      { id: 'expert', label: 'Expert', min: 1 },
    ];
    c.recommendations = [];
    expect(levelIds({ lire: 1, photo: 1, arnaque: 1, code: 1 }, parse(c))).toEqual([
      'debut',
      'expert',
    ]);
  });
});

describe('recommendations', () => {
  it('a workshop is recommended when the person’s level in its area is its maxLevel or lower', () => {
    // courriel debut (rank 0): "Ma boîte e-mail" (≤ debut) and "Les pièces jointes" (≤ moyen)
    // securite fort (rank 2): only "Café numérique" (≤ fort); "Déjouer les arnaques" is ≤ moyen
    expect(titles({ lire: 2, photo: 0, arnaque: 3, code: 2 })).toEqual([
      'Ma boîte e-mail',
      'Les pièces jointes',
      'Café numérique',
    ]);
    // courriel moyen (rank 1): not "Ma boîte e-mail"; securite moyen: both security workshops
    expect(titles({ lire: 1, photo: 2, arnaque: 2, code: 1 })).toEqual([
      'Les pièces jointes',
      'Déjouer les arnaques',
      'Café numérique',
    ]);
    // courriel fort: nothing for e-mails
    expect(titles({ lire: 3, photo: 3, arnaque: 0, code: 0 })).toEqual([
      'Déjouer les arnaques',
      'Café numérique',
    ]);
  });

  it('nothing is recommended in an area that was not evaluated', () => {
    expect(titles({ lire: 0, photo: 0, arnaque: null, code: null })).toEqual([
      'Ma boîte e-mail',
      'Les pièces jointes',
    ]);
  });
});

describe('what I can already do, and the counts', () => {
  it('"ce que je sais déjà faire": the statements answered Seul(e) or Je peux montrer', () => {
    expect(canDo(tiny, { lire: 2, photo: 1, arnaque: 3, code: null }).map((i) => i.id)).toEqual([
      'lire',
      'arnaque',
    ]);
  });

  it('a diagnostic’s contribution to the counts is its level in each area, "-" when not evaluated', () => {
    expect(contribution(areaResults(tiny, { lire: 0, photo: 0 }))).toEqual({
      courriel: 'debut',
      securite: '-',
    });
  });
});
