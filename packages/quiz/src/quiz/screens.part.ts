/**
 * The quiz's screens after its start, a *part* of the CDN bundle (docs/decisions/0016): the
 * question screen (`question-screen.ts`) and the result screen with its review
 * (`result-screen.ts`). A page shows the start screen first; `<qd-quiz>` fetches them when someone
 * is about to start (ahead on a pointer or the focus on « Commencer »), so that a round, once
 * started, goes on to its result even if the connection drops.
 */
import { defineElement, type Catalog } from '@quartiers-douai/core';
import type { ScreensKey } from '../messages.js';
import { QdQuizQuestion } from './question-screen.js';
import { QdQuizResult } from './result-screen.js';

defineElement('qd-quiz-question', QdQuizQuestion);
defineElement('qd-quiz-result', QdQuizResult);

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz-question': QdQuizQuestion;
    'qd-quiz-result': QdQuizResult;
  }
}

/**
 * The French texts of the questions and the result: they join the quiz's French catalog when the
 * screens come (nothing shows them before). English and Arabic are in the package's language files.
 */
export const screensFr: Catalog<ScreensKey> = {
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
  restart: 'Recommencer',
  retryMistakes: 'Revoir mes erreurs',
  mistakesRound: 'Révision de vos erreurs',
  allRight: 'Aucune erreur : bravo !',
};
