/** @quartiers-douai/quiz — pure exports (no side effects). Import './define' to register <qd-quiz>. */
export { QdQuiz, type QuizAnswerDetail, type QuizCompleteDetail } from './quiz/quiz.js';
export {
  buildRound,
  isCorrect,
  isAnswered,
  scoreOf,
  choicesOf,
  type Answer,
  type RoundQuestion,
  type DisplayChoice,
  type QuestionResult,
  type Score,
} from './quiz/engine.js';
export { quizMessages, type QuizKey } from './messages.js';
export * from './schema.js';
export { quizTexts } from './texts.lazy.js';
