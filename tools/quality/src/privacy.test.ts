import { describe, it, expect, afterEach } from 'vitest';
import { privacyGate } from './gates.js';
import { prototypes, subjectOf } from './subjects.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('gate 6 · no request, cookie or storage unless opted in; "Effacer mes données" leaves nothing', () => {
  it('finds the prototypes', () => {
    expect(prototypes.map((p) => p.folder)).toContain('quiz');
  });

  it.each(prototypes.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, p) => {
      const s = await subjectOf(p);
      expect(await privacyGate(s)).toEqual([]);
    },
    120_000,
  );
});
