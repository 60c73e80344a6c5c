import { describe, it, expect, afterEach } from 'vitest';
import { keyboardGate } from './a11y-gates.js';
import { gapOf } from './known-gaps.js';
import { prototypes, subjectOf } from './subjects.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('gate 2 · keyboard only, start to finish: focus where it should be, status announced, no trap', () => {
  for (const p of prototypes) {
    const gap = gapOf('keyboard', p.name);
    if (gap) console.warn(`[known gap] keyboard · ${p.name}: ${gap}`);
    (gap ? it.fails : it)(
      gap ? `${p.name} (known gap, expected to fail: ${gap})` : p.name,
      async () => {
        const s = await subjectOf(p);
        expect(await keyboardGate(s)).toEqual([]);
      },
      300_000,
    );
  }
});
