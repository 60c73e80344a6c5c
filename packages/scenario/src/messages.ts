import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-scenario>` and `<qd-scenario-debrief>`. */
export type ScenarioKey =
  | 'start'
  | 'characters'
  | 'thread'
  | 'you'
  | 'typing'
  | 'showAll'
  | 'choose'
  | 'chooseGroup'
  | 'option'
  | 'reveal'
  | 'back'
  | 'restart'
  | 'endTitle'
  | 'endGood'
  | 'endNeutral'
  | 'endBad'
  | 'advice'
  | 'pathTitle'
  | 'debriefTitle'
  | 'questions'
  | 'keyPoints'
  | 'help'
  | 'call'
  | 'print';

export const scenarioMessages: Messages<ScenarioKey> = {
  fr: {
    start: 'Commencer',
    characters: 'Personnages : {names}',
    thread: 'Conversation',
    you: 'Vous',
    typing: '{name} écrit…',
    showAll: 'Tout afficher',
    choose: 'Que faites-vous ?',
    chooseGroup: 'Votez à main levée, choisissez la réponse du groupe, puis révélez la suite.',
    option: 'Choix {n}',
    reveal: 'Révéler la suite',
    back: 'Revenir au choix précédent',
    restart: 'Recommencer',
    endTitle: 'Fin de l’histoire',
    endGood: 'Une bonne fin',
    endNeutral: 'Une fin en demi-teinte',
    endBad: 'Une fin difficile',
    advice: 'À retenir',
    pathTitle: 'Vos choix',
    debriefTitle: 'Débrief : {title}',
    questions: 'Pour en parler',
    keyPoints: 'À retenir',
    help: 'Besoin d’aide ?',
    call: 'Appeler le {phone}',
    print: 'Imprimer',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
