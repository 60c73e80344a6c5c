import { describe, it, expect, afterEach } from 'vitest';
import { keyboardGate } from './a11y-gates.js';
import { prototypes, subjectOf } from './subjects.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('gate 2 · keyboard only, start to finish: focus where it should be, status announced, no trap', () => {
  it.each(prototypes.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, p) => {
      const s = await subjectOf(p);
      expect(await keyboardGate(s)).toEqual([]);
    },
    300_000,
  );
});
