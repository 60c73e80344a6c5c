import type { Catalog, Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-demarche>` and `<qd-demarche-checklist>`. */
export type DemarcheKey =
  | 'training'
  | 'official'
  | 'checkedOn'
  | 'startGuided'
  | 'startPractice'
  | 'stepsFailed'
  | 'prepare'
  | 'why'
  | 'ready'
  | 'print'
  | 'glossary'
  | StepKey;

/**
 * Keys only the steps and the end screen use: their French comes with the steps' code
 * (`stepFr`, demarche/step.part.ts, ADR 0016).
 */
export type StepKey =
  | 'progress'
  | 'screen'
  | 'guidedDo'
  | 'wrong'
  | 'right'
  | 'hint'
  | 'sample'
  | 'typeThis'
  | 'fieldEmpty'
  | 'fieldWrong'
  | 'validate'
  | 'fixFields'
  | 'tip'
  | 'warning'
  | 'previous'
  | 'restart'
  | 'endTitle'
  | 'endText';

export const demarcheMessages: Messages<DemarcheKey> = {
  // The steps' texts join on first need (`stepFr`, demarche/step.part.ts).
  fr: {
    training: 'Maquette d’entraînement : ce n’est pas le vrai site, rien n’est envoyé.',
    official: 'Le vrai service : {org}',
    checkedOn: 'Étapes vérifiées le {date}.',
    startGuided: 'Commencer, guidé pas à pas',
    startPractice: 'M’entraîner seul',
    stepsFailed:
      'La suite de l’entraînement n’a pas pu être chargée (pas de connexion internet ?). Quand la connexion revient, réessayez ; si rien ne change, rechargez la page.',
    prepare: 'À préparer',
    why: 'Pourquoi : {why}',
    ready: '{n} sur {total} prêts',
    print: 'Imprimer la liste',
    glossary: 'Les mots à connaître',
  } satisfies Catalog<Exclude<DemarcheKey, StepKey>> as Catalog<DemarcheKey>,
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
