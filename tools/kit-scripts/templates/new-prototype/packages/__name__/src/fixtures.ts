/**
 * Sample contents shared by tests, stories and docs: the real content file of content/, and small
 * variants built from it (never copy-pasted content).
 */
import premiersPas from '../content/premiers-pas.json';
import type { __Name__ContentInput } from './schema.js';

export const samples = {
  /** « Bienvenue » — the two screens, with their easy-to-read variants. */
  premiersPas: premiersPas as __Name__ContentInput,
} as const;

/** The file name of each sample (for `src` in stories and embed snippets). */
export const sampleFiles = {
  premiersPas: 'premiers-pas.json',
} as const;

/** A deep copy, safe to modify in a test. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The sample without any easy-to-read variant (no « Facile à lire » button). */
export function withoutEasy(): __Name__ContentInput {
  const { easyIntro: _easyIntro, ...rest } = clone(samples.premiersPas);
  const { easy: _easy, ...next } = rest.next;
  return { ...rest, next };
}
