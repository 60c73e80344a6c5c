import type { Catalog } from '@quartiers-douai/core';
import type { QuizKey } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<QuizKey>> = {
  start: 'Start',
  startJunior: "Let's go!",
  questionCount: { one: '{count} question', other: '{count} questions' },
  progress: 'Question {current} of {total}',
  progressLabel: 'Progress',
  validate: 'Check my answer',
  next: 'Next question',
  seeResult: 'See my result',
  chooseOne: 'Choose an answer, then check it.',
  chooseSome: 'Choose at least one answer, then check it.',
  writeAnswer: 'Write an answer, then check it.',
  answerLabel: 'Your answer',
  multipleHint: 'Several answers possible.',
  correct: 'Right answer!',
  incorrect: 'Not quite.',
  correctJunior: "Well done, that's right!",
  incorrectJunior: 'Never mind: look at the right answer.',
  rightAnswer: { one: 'The right answer: {answer}', other: 'The right answers: {answer}' },
  true: 'True',
  false: 'False',
  resultTitle: 'Your result',
  resultTitleJunior: 'Your result',
  scoreSentence: {
    one: '{count} right answer out of {total}',
    other: '{count} right answers out of {total}',
  },
  passed: 'Passed: you reached the required score.',
  failed: 'Not yet: you need {needed} right answers out of {total}. You can try again.',
  passedJunior: 'Well done, you made it!',
  failedJunior: 'Almost! Try again, you can do it.',
  reviewTitle: 'Review the questions',
  reviewRight: 'Right',
  reviewWrong: 'To review',
  yourAnswer: 'Your answer: {answer}',
  noAnswer: '(no answer)',
  restart: 'Start again',
  retryMistakes: 'Review my mistakes',
  print: 'Print',
  answerKey: 'Answer key',
  printName: 'First name: ……………………',
  resumed: 'You are picking up where you left off.',
  mistakesRound: 'Reviewing your mistakes',
  allRight: 'No mistakes: well done!',
  screensFailed:
    'The rest of the quiz could not be loaded (no internet connection?). When the connection is back, try again; if nothing changes, reload the page.',
};
export default catalog;
