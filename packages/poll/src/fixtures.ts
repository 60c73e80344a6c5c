/**
 * Sample contents shared by tests, stories and docs: the real content files of content/, plus small
 * variants built from them (never copy-pasted content).
 */
import fete from '../content/fete-quartier-2027.json';
import horaires from '../content/horaires-centre-social.json';
import aireDeJeux from '../content/aire-de-jeux-priorites.json';
import accueil from '../content/avis-accueil-centre.json';
import resultatsAireDeJeux from '../content/resultats/resultats-aire-de-jeux.json';
import type { PollContentInput, ResultsContentInput } from './schema.js';

export const samples = {
  /** "Fête de quartier : vos envies" — every question type, results after the vote, no dates (always open). */
  fete: fete as PollContentInput,
  /** "Horaires d'ouverture du centre social" — results never published (general assembly). */
  horaires: horaires as PollContentInput,
  /** "Priorités pour l'aire de jeux (classement)" — a shuffled ranking, results after the close. */
  aireDeJeux: aireDeJeux as PollContentInput,
  /** "Votre avis sur l'accueil du centre social" — questions asked only after given answers (`showIf`), no dates. */
  accueil: accueil as PollContentInput,
} as const;

/** Results of the playground poll (24 sample ballots), as the staff JSON export gives them. */
export const sampleResults = resultatsAireDeJeux as ResultsContentInput;

export const sampleFiles = {
  fete: 'fete-quartier-2027.json',
  horaires: 'horaires-centre-social.json',
  aireDeJeux: 'aire-de-jeux-priorites.json',
  accueil: 'avis-accueil-centre.json',
  resultats: 'resultats/resultats-aire-de-jeux.json',
} as const;

/** A day on which each sample is open (for tests and stories, whatever today's date; the festival has no dates). */
export const openDay = {
  fete: '2026-12-10',
  horaires: '2027-01-15',
  aireDeJeux: '2027-02-10',
  accueil: '2026-12-10',
} as const;

/** A deep copy, safe to modify in a test. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The festival sample restricted to some question ids. */
export function pollWith(
  ids: string[],
  overrides: Partial<PollContentInput> = {},
): PollContentInput {
  const base = clone(samples.fete);
  return {
    ...base,
    ...overrides,
    questions: ids.map((id) => {
      const q = base.questions.find((x) => x.id === id);
      if (!q) throw new Error(`fixture: no question ${id}`);
      return q;
    }),
  };
}
