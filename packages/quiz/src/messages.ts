import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-quiz>`. "Junior" variants speak to children (tutoiement, encouraging). */
export type QuizKey =
  | 'start'
  | 'startJunior'
  | 'questionCount'
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
  | 'rightAnswer'
  | 'true'
  | 'false'
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
  | 'explanation'
  | 'restart'
  | 'retryMistakes'
  | 'print'
  | 'answerKey'
  | 'printName'
  | 'resumed'
  | 'mistakesRound'
  | 'allRight';

export const quizMessages: Messages<QuizKey> = {
  fr: {
    start: 'Commencer',
    startJunior: "C'est parti !",
    questionCount: { one: '{count} question', other: '{count} questions' },
    progress: 'Question {current} sur {total}',
    progressLabel: 'Progression',
    validate: 'Valider ma réponse',
    next: 'Question suivante',
    seeResult: 'Voir mon résultat',
    chooseOne: 'Choisissez une réponse, puis validez.',
    chooseSome: 'Choisissez au moins une réponse, puis validez.',
    writeAnswer: 'Écrivez une réponse, puis validez.',
    answerLabel: 'Votre réponse',
    multipleHint: 'Plusieurs réponses possibles.',
    correct: 'Bonne réponse !',
    incorrect: 'Pas tout à fait.',
    correctJunior: "Bravo, c'est juste !",
    incorrectJunior: "Ce n'est pas grave : regarde la bonne réponse.",
    rightAnswer: { one: 'La bonne réponse : {answer}', other: 'Les bonnes réponses : {answer}' },
    true: 'Vrai',
    false: 'Faux',
    resultTitle: 'Votre résultat',
    resultTitleJunior: 'Ton résultat',
    scoreSentence: {
      one: '{count} bonne réponse sur {total}',
      other: '{count} bonnes réponses sur {total}',
    },
    passed: 'Réussi : vous avez atteint le score demandé.',
    failed: 'Pas encore : il faut {needed} bonnes réponses sur {total}. Vous pouvez réessayer.',
    passedJunior: 'Bravo, tu as réussi !',
    failedJunior: 'Presque ! Tu peux réessayer, tu vas y arriver.',
    reviewTitle: 'Revoir les questions',
    reviewRight: 'Juste',
    reviewWrong: 'À revoir',
    yourAnswer: 'Votre réponse : {answer}',
    noAnswer: '(pas de réponse)',
    explanation: 'Explication',
    restart: 'Recommencer',
    retryMistakes: 'Revoir mes erreurs',
    print: 'Imprimer',
    answerKey: 'Corrigé',
    printName: 'Prénom : ……………………',
    resumed: 'Vous reprenez là où vous en étiez.',
    mistakesRound: 'Révision de vos erreurs',
    allRight: 'Aucune erreur : bravo !',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
