import type { Catalog, Messages } from '@quartiers-douai/core';

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
  | 'print'
  | 'memoryFailed'
  | MemoryKey
  | ProgressKey;

/**
 * Keys only a story with a memory uses: their French comes with the memory part (`memoryFr`,
 * scenario/memory.part.ts, docs/decisions/0027).
 */
export type MemoryKey = 'score' | 'scoreOutOf' | 'locked';

/** The key only the progress part uses (`progressFr`, scenario/progress.part.ts). */
export type ProgressKey = 'resumed';

export const scenarioMessages: Messages<ScenarioKey> = {
  // The memory's texts join on first need (`memoryFr`, scenario/memory.part.ts).
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
    memoryFailed: 'La suite de l’histoire n’a pas pu être chargée (connexion ?). Réessayez.',
  } satisfies Catalog<Exclude<ScenarioKey, MemoryKey | ProgressKey>> as Catalog<ScenarioKey>,
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
