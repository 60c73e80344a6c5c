/** Seeded pseudo-random numbers (mulberry32): same seed, same order — for tests and printed versions. */
export type Rng = () => number;

/** A 32-bit seed from any text or number (`seed="atelier-3"` works as well as `seed="42"`). */
export function seedFrom(value: string | number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value >>> 0;
  let h = 2166136261;
  for (const ch of String(value)) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

export function createRng(seed?: string | number): Rng {
  let a = seed === undefined || seed === '' ? (Math.random() * 2 ** 32) >>> 0 : seedFrom(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
