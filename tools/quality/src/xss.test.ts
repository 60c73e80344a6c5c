import { describe, it, expect, afterEach } from 'vitest';
import { xssGate } from './gates.js';
import { prototypes, subjectOf } from './subjects.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('gate 3 · content is rendered as text (XSS corpus in every string field)', () => {
  it('finds the prototypes', () => {
    expect(prototypes.map((p) => p.folder)).toContain('quiz');
  });

  it.each(prototypes.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, p) => {
      const s = await subjectOf(p);
      expect(await xssGate(s)).toEqual([]);
    },
    120_000,
  );
});
