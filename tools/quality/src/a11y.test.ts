import { describe, it, expect, afterEach } from 'vitest';
import { pageGate } from './a11y-gates.js';
import { prototypes, subjectOf } from './subjects.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('gate 2 · every screen: reflow at 320 px, 200 % text, forced colours, axe WCAG 2.2 AA; screenshots 320/1280 px', () => {
  it.each(prototypes.map((p) => [p.name, p] as const))(
    '%s',
    async (_name, p) => {
      const s = await subjectOf(p);
      expect(await pageGate(s, { screenshots: true })).toEqual([]);
    },
    600_000,
  );
});
