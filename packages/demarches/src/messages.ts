import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-demarche>` and `<qd-demarche-checklist>`. */
export type DemarcheKey =
  | 'training'
  | 'official'
  | 'checkedOn'
  | 'startGuided'
  | 'startPractice'
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
  | 'endText'
  | 'prepare'
  | 'why'
  | 'ready'
  | 'print'
  | 'glossary';

export const demarcheMessages: Messages<DemarcheKey> = {
  fr: {
    training: 'Maquette d’entraînement : ce n’est pas le vrai site, rien n’est envoyé.',
    official: 'Le vrai service : {org}',
    checkedOn: 'Étapes vérifiées le {date}.',
    startGuided: 'Commencer, guidé pas à pas',
    startPractice: 'M’entraîner seul',
    progress: 'Étape {n} sur {total}',
    screen: 'Écran (maquette)',
    guidedDo: 'À faire : appuyez sur « {label} », entouré en couleur sur l’écran.',
    wrong: 'Ce n’est pas là. Regardez encore l’écran.',
    right: 'Bien joué !',
    hint: 'Indice : cherchez « {label} », entouré en couleur sur l’écran.',
    sample: 'Données d’exemple — ne saisissez pas vos vraies informations.',
    typeThis: 'Exemple à taper : {value}',
    fieldEmpty: 'Remplissez ce champ avec l’exemple.',
    fieldWrong: 'Tapez l’exemple : {value}',
    validate: 'Valider',
    fixFields: 'Corrigez les champs signalés, avec les données d’exemple.',
    tip: 'Astuce',
    warning: 'Attention',
    previous: 'Étape précédente',
    restart: 'Recommencer',
    endTitle: 'Bravo, vous avez fait toutes les étapes !',
    endText:
      'C’était un entraînement : rien n’a été envoyé. Quand vous êtes prêt, faites la démarche pour de vrai.',
    prepare: 'À préparer',
    why: 'Pourquoi : {why}',
    ready: '{n} sur {total} prêts',
    print: 'Imprimer la liste',
    glossary: 'Les mots à connaître',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
