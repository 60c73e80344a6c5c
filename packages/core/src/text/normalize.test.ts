import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAnswer } from './normalize.js';

describe('normalizeAnswer: answers compared the way a person means them', () => {
  it.each([
    ['  Élève’s ', "eleve's"],
    ['ÉCOLE', 'ecole'],
    ['  le   centre  social ', 'le centre social'],
    ['Bonjour !', 'bonjour'],
    ['« Douai »', 'douai'],
    ['cœur', 'coeur'],
    ['Ægis', 'aegis'],
    ['l`eau', "l'eau"],
  ])('%j equals %j', (a, b) => expect(normalizeAnswer(a)).toBe(b));

  it('keeps what changes the meaning: letters, digits, inner punctuation', () => {
    expect(normalizeAnswer('12,5')).toBe('12,5');
    expect(normalizeAnswer('rendez-vous')).toBe('rendez-vous');
    expect(normalizeAnswer('mer')).toBe(normalizeAnswer('Mèr')); // accents do not matter…
    expect(normalizeAnswer('mer')).not.toBe(normalizeAnswer('mère')); // …but letters do
    expect(normalizeAnswer('مرحبا')).toBe('مرحبا');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalizeAnswer(normalizeAnswer(s))).toBe(normalizeAnswer(s));
      }),
    );
  });
});
