/**
 * Sample contents shared by tests, stories and docs: the real guide library of content/, plus
 * small variants built from it (never copy-pasted content).
 */
import library from '../content/controle-parental.json';
import type { GuideContentInput } from './schema.js';

export const samples = {
  /** "Contrôle parental : le guide de votre famille" — 11 devices, 13 guides, helplines, agreement rules. */
  library: library as GuideContentInput,
} as const;

export const sampleFiles = {
  library: 'controle-parental.json',
} as const;

/** A deep copy, safe to modify in a test. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** An example centre contact (fictitious: no real number). */
export const exampleCentre = {
  name: 'Centre social du quartier (exemple)',
  email: 'accueil@centre-social.example',
  address: '1 rue de l’Exemple, 59500 Douai',
  hours: 'Du lundi au vendredi, de 9 h à 17 h',
};

/** The library with the example centre's contact. */
export function withCentre(overrides: Partial<GuideContentInput> = {}): GuideContentInput {
  return { ...clone(samples.library), centre: exampleCentre, ...overrides };
}

/** The library with one guide's `lastChecked` set to a given date (for the stale warning). */
export function checkedOn(guideId: string, date: string): GuideContentInput {
  const c = clone(samples.library);
  const g = c.guides.find((x) => x.id === guideId);
  if (!g) throw new Error(`fixture: no guide ${guideId}`);
  g.lastChecked = date;
  return c;
}

/** The library with only some agreement rules (short keyboard paths in tests). */
export function withRules(ids: string[]): GuideContentInput {
  const c = clone(samples.library);
  c.pactRules = ids.map((id) => {
    const r = c.pactRules?.find((x) => x.id === id);
    if (!r) throw new Error(`fixture: no rule ${id}`);
    return r;
  });
  return c;
}
