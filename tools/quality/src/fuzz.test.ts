import { describe, it, expect, afterEach } from 'vitest';
import { fuzzGate } from './gates.js';
import { prototypes, subjectOf } from './subjects.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('gate 5 · any JSON parses or shows the French error panel; valid contents can be completed', () => {
  it('finds the prototypes', () => {
    expect(prototypes.map((p) => p.folder)).toContain('quiz');
  });

  it.each(prototypes.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, p) => {
      const s = await subjectOf(p);
      expect(await fuzzGate(s)).toEqual([]);
    },
    120_000,
  );
});
