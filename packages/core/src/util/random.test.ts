import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, seedFrom, shuffle } from './random.js';

describe('seeded random order (same seed, same order: printed versions match the screen)', () => {
  it('the same seed gives the same numbers, in [0, 1)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ minLength: 1 }), fc.integer()), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('no seed (or an empty one) gives a fresh order each time', () => {
    const runs = new Set(Array.from({ length: 5 }, () => createRng('')()));
    expect(runs.size).toBeGreaterThan(1);
  });

  it('a text seed and different seeds give different orders', () => {
    const order = (seed: string) => shuffle([...'abcdefghij'], createRng(seed)).join('');
    expect(order('atelier-3')).toBe(order('atelier-3'));
    expect(order('atelier-3')).not.toBe(order('atelier-4'));
    expect(seedFrom('42')).not.toBe(seedFrom('43'));
    expect(seedFrom(42)).toBe(42);
  });

  it('shuffle returns a new list with exactly the same items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, createRng(seed));
        expect(items).toEqual(copy);
        expect([...out].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });

  it('every position is reachable (not a fixed rotation)', () => {
    const firsts = new Set<string>();
    for (let seed = 0; seed < 200; seed++)
      firsts.add(shuffle(['a', 'b', 'c', 'd'], createRng(seed))[0]!);
    expect(firsts).toEqual(new Set(['a', 'b', 'c', 'd']));
  });
});
