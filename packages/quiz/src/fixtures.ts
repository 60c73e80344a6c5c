/**
 * Sample contents shared by tests, stories and docs: the three real content files of content/,
 * plus small variants built from them (never copy-pasted content).
 */
import junior from '../content/mon-premier-mot-de-passe.json';
import ados from '../content/bons-reflexes-reseaux-sociaux.json';
import adultes from '../content/reperer-hameconnage.json';
import exercices from '../content/naviguer-sans-risque.json';
import type { QuizContentInput } from './schema.js';

export const samples = {
  /** "Mon premier mot de passe" — children 6-10, training, easy-read variants. */
  junior: junior as QuizContentInput,
  /** "Les bons réflexes sur les réseaux sociaux" — teens, training, shuffled, 3018. */
  ados: ados as QuizContentInput,
  /** "Repérer un message frauduleux" — adults, challenge mode. */
  adultes: adultes as QuizContentInput,
  /** "Naviguer sans risque : exercices variés" — adults, training, the types loaded later (ordering…). */
  exercices: exercices as QuizContentInput,
} as const;

export const sampleFiles = {
  junior: 'mon-premier-mot-de-passe.json',
  ados: 'bons-reflexes-reseaux-sociaux.json',
  adultes: 'reperer-hameconnage.json',
  exercices: 'naviguer-sans-risque.json',
} as const;

/** A deep copy, safe to modify in a test. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The adult sample (or the exercises' sample, for their ids) restricted to some question ids, in
 * training mode unless told otherwise.
 */
export function quizWith(
  ids: string[],
  overrides: Partial<QuizContentInput> = {},
): QuizContentInput {
  const base = clone(samples.adultes);
  base.questions.push(...clone(samples.exercices).questions);
  return {
    ...base,
    mode: 'training',
    shuffle: false,
    ...overrides,
    questions: ids.map((id) => {
      const q = base.questions.find((x) => x.id === id);
      if (!q) throw new Error(`fixture: no question ${id}`);
      return q;
    }),
  };
}

/** A pool of `n` questions built from the three samples (for draw and performance checks). */
export function largePool(n: number): QuizContentInput {
  const all = [
    ...samples.junior.questions,
    ...samples.ados.questions,
    ...samples.adultes.questions,
  ];
  return {
    ...clone(samples.adultes),
    mode: 'training',
    questions: Array.from({ length: n }, (_, i) => ({
      ...clone(all[i % all.length]!),
      id: `q${i + 1}`,
    })),
  };
}
