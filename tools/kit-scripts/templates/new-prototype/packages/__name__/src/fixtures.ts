/**
 * Sample contents shared by tests, stories and docs: the real content file of content/, and small
 * variants built from it (never copy-pasted content).
 */
import premiersPas from '../content/premiers-pas.json';
import type { __Name__ContentInput } from './schema.js';

export const samples = {
  /** « Bienvenue » (content/premiers-pas.json: a sample's file is named after its `id`). */
  premiersPas: premiersPas as __Name__ContentInput,
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
