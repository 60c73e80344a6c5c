import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-tuto>` (also shown in the maker's preview). */
export type TutoKey =
  | 'view'
  | 'oneByOne'
  | 'allSteps'
  | 'print'
  | 'materials'
  | 'meta'
  | 'debutant'
  | 'intermediaire'
  | 'avance'
  | 'minutes'
  | 'stepCount'
  | 'start'
  | 'stepOf'
  | 'prev'
  | 'next'
  | 'finish'
  | 'success'
  | 'progress'
  | 'voice'
  | 'transcript'
  | 'doneTitle'
  | 'doneText'
  | 'backToStart'
  | 'madeBy'
  | 'licence'
  | 'kept';

export const tutoMessages: Messages<TutoKey> = {
  fr: {
    view: 'Affichage',
    oneByOne: 'Une étape à la fois',
    allSteps: 'Toutes les étapes',
    print: 'Imprimer',
    materials: 'Ce qu’il faut',
    meta: 'Niveau : {level}',
    debutant: 'débutant',
    intermediaire: 'intermédiaire',
    avance: 'avancé',
    minutes: 'environ {n} min',
    stepCount: { one: '{count} étape', other: '{count} étapes' },
    start: 'Commencer',
    stepOf: 'Étape {n} sur {total}',
    prev: 'Étape précédente',
    next: 'Étape suivante',
    finish: 'Terminer',
    success: 'J’ai réussi',
    progress: {
      one: '{count} étape réussie sur {total}',
      other: '{count} étapes réussies sur {total}',
    },
    voice: 'Voix de l’étape {n}',
    transcript: 'Ce qui est dit :',
    doneTitle: 'Bravo, c’est terminé !',
    doneText: 'Vous pouvez revoir une étape, imprimer le tuto ou le montrer à quelqu’un.',
    backToStart: 'Revenir au début',
    madeBy: 'Tuto fait par {who}',
    licence: 'Licence : {licence}',
    kept: 'Vos étapes réussies sont gardées sur cet appareil.',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
