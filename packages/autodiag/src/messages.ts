import type { Catalog, Messages } from '@quartiers-douai/core';

/**
 * UI strings of `<qd-autodiag>`. The wording of the advisor mode ("la personne…") is in
 * `advisor.lazy.ts`, fetched only by pages that use `advisor`.
 */
export type AutodiagKey =
  | 'start'
  | 'notExam'
  | 'length'
  | 'areasTitle'
  | 'aggregateNote'
  | 'progress'
  | 'answersLabel'
  | 'skip'
  | 'answered'
  | 'skipped'
  | 'back'
  | 'staffOpen'
  | 'staffFailed'
  | 'resultsFailed'
  | ResultsKey
  | HistoryKey;

/** Keys of « Mes progrès »: their French comes with its part (`historyFr`, history/history.part.ts). */
export type HistoryKey =
  | 'historyTitle'
  | 'historyConsent'
  | 'historyConsentHint'
  | 'historyKept'
  | 'historyErased'
  | 'historyFirst'
  | 'historyCaption'
  | 'historyTrend'
  | 'trendUp'
  | 'trendSame'
  | 'trendDown'
  | 'trendFirst'
  | 'historyChart'
  | 'historyToday';

/**
 * Keys only the results screen uses: their French comes with the results' code (`resultsFr`,
 * results/results.part.ts, ADR 0016).
 */
export type ResultsKey =
  | 'resultsTitle'
  | 'encourage'
  | 'profileCaption'
  | 'colArea'
  | 'colLevel'
  | 'colAnswered'
  | 'answeredOf'
  | 'notEvaluated'
  | 'notEvaluatedHint'
  | 'canDoTitle'
  | 'canDoNone'
  | 'workshopsTitle'
  | 'workshopsNone'
  | 'forArea'
  | 'when'
  | 'where'
  | 'contact'
  | 'call'
  | 'write'
  | 'more'
  | 'print'
  | 'save'
  | 'saved'
  | 'backToItems'
  | 'restart';

export const autodiagMessages: Messages<AutodiagKey> = {
  // The results' texts join on first need (`resultsFr`, results/results.part.ts; `historyFr`,
  // history/history.part.ts).
  fr: {
    start: 'Commencer',
    notExam:
      "Ce n'est pas un examen : il n'y a ni bonne ni mauvaise réponse. Pour chaque phrase, dites ce que vous faites aujourd'hui. Vous pouvez passer une phrase.",
    length: '{count} phrases, environ {minutes} min.',
    areasTitle: 'Les domaines',
    aggregateNote:
      "Pour aider le centre à organiser ses ateliers, cet appareil compte combien de personnes ont chaque niveau. Il ne garde ni vos réponses, ni votre nom, ni l'heure.",
    progress: '{n} sur {total}',
    answersLabel: 'Votre réponse',
    skip: 'Passer',
    answered: 'Réponse notée : {answer}.',
    skipped: 'Phrase passée.',
    back: 'Retour',
    staffOpen: 'Espace équipe',
    resultsFailed:
      "Le profil n'a pas pu être chargé : vérifiez la connexion, puis touchez à nouveau votre réponse.",
    staffFailed: "L'espace équipe n'a pas pu être chargé : vérifiez la connexion, puis réessayez.",
  } satisfies Catalog<Exclude<AutodiagKey, ResultsKey | HistoryKey>> as Catalog<AutodiagKey>,
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
