import type { Catalog, Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-quiz>`. "Junior" variants speak to children (tutoiement, encouraging). */
export type QuizKey =
  | 'start'
  | 'startJunior'
  | 'questionCount'
  | 'rightAnswer'
  | 'true'
  | 'false'
  | 'print'
  | 'answerKey'
  | 'printName'
  | 'resumed'
  | 'screensFailed'
  | ScreensKey
  | KindKey;

/**
 * Keys of the question types loaded later (`quiz/*.part.ts` beside `kinds.ts`): their French
 * comes with their part (its `fr`), English and Arabic are in the package's language files.
 */
export type KindKey =
  | 'orderHint'
  | 'moveUp'
  | 'moveDown'
  | 'moveUpLabel'
  | 'moveDownLabel'
  | 'moved'
  | 'orderPaper'
  | 'placeRight'
  | 'placeWrong'
  | 'matchHint'
  | 'matchPick'
  | 'matchAll'
  | 'matchPaper'
  | 'pair'
  | 'blanksHint'
  | 'gapLabel'
  | 'fillGaps'
  | 'blanksPaper'
  | 'zoneHint'
  | 'pickZone'
  | 'zonePicked'
  | 'zonePaper'
  | 'transcript'
  | 'captionsLabel';

/**
 * Keys only the questions and the result use: their French comes with those screens
 * (`screensFr`, quiz/screens.part.ts, ADR 0016).
 */
export type ScreensKey =
  | 'progress'
  | 'progressLabel'
  | 'validate'
  | 'next'
  | 'seeResult'
  | 'chooseOne'
  | 'chooseSome'
  | 'writeAnswer'
  | 'answerLabel'
  | 'multipleHint'
  | 'correct'
  | 'incorrect'
  | 'correctJunior'
  | 'incorrectJunior'
  | 'resultTitle'
  | 'resultTitleJunior'
  | 'scoreSentence'
  | 'passed'
  | 'failed'
  | 'passedJunior'
  | 'failedJunior'
  | 'reviewTitle'
  | 'reviewRight'
  | 'reviewWrong'
  | 'yourAnswer'
  | 'noAnswer'
  | 'restart'
  | 'retryMistakes'
  | 'mistakesRound'
  | 'allRight';

export const quizMessages: Messages<QuizKey> = {
  // The texts of the questions and the result join on first need (`screensFr`, quiz/screens.part.ts).
  fr: {
    start: 'Commencer',
    startJunior: "C'est parti !",
    questionCount: { one: '{count} question', other: '{count} questions' },
    rightAnswer: { one: 'La bonne réponse : {answer}', other: 'Les bonnes réponses : {answer}' },
    true: 'Vrai',
    false: 'Faux',
    print: 'Imprimer',
    answerKey: 'Corrigé',
    printName: 'Prénom : ……………………',
    resumed: 'Vous reprenez là où vous en étiez.',
    screensFailed:
      'La suite du quiz n’a pas pu être chargée (pas de connexion internet ?). Quand la connexion revient, réessayez ; si rien ne change, rechargez la page.',
  } satisfies Catalog<Exclude<QuizKey, ScreensKey | KindKey>> as Catalog<QuizKey>,
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
