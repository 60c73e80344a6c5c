import { describe, it, expect, afterEach } from 'vitest';
import { xssGate } from './gates.js';
import { gapOf } from './known-gaps.js';
import { extraSubject, prototypes, subjectOf } from './subjects.js';

// The packages' other elements that read content of their own (the tutos' library…), listed by
// their quality.ts (`extras`): each is driven like a prototype.
const extras = (
  await Promise.all(
    prototypes.map(async (p) => ((await p.quality())?.extras ?? []).map((x) => ({ p, x }))),
  )
).flat();

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

describe('gate 3 · content is rendered as text (XSS corpus in every string field)', () => {
  it('finds the prototypes', () => {
    expect(prototypes.map((p) => p.folder)).toContain('quiz');
  });

  for (const p of prototypes) {
    const gap = gapOf('xss', p.name);
    if (gap) console.warn(`[known gap] xss · ${p.name}: ${gap}`);
    (gap ? it.fails : it)(
      gap ? `${p.name} (known gap, expected to fail: ${gap})` : p.name,
      async () => {
        const s = await subjectOf(p);
        expect(await xssGate(s)).toEqual([]);
      },
      120_000,
    );
  }

  it('finds the other elements (the tutos library)', () => {
    expect(extras.map(({ x }) => x.tag)).toContain('qd-tuto-library');
  });

  for (const { p, x } of extras)
    it(`${p.name} <${x.tag}>`, async () => {
      expect(await xssGate(await extraSubject(p, x))).toEqual([]);
    }, 120_000);
});
