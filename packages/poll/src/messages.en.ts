import type { Catalog } from '@quartiers-douai/core';
import type { PollKey } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<PollKey>> = {
  start: 'Answer the poll',
  questionCount: { one: '{count} question', other: '{count} questions' },
  openUntil: 'Open until {date} inclusive',
  requiredHint: 'Questions marked “required” need an answer. You may skip the others.',
  privacyTitle: 'Your answers and your data',
  notOpenYet: 'This poll opens on {date}. Come back from that day!',
  closed: 'This poll closed on {date}. Thank you to everyone who took part.',
  alreadyVoted: 'You have already answered this poll on this device. Thank you for taking part!',
  resumed: 'You are picking up where you left off.',
  rememberedHere:
    'This device remembers that you answered, so as not to vote twice. Nothing else is kept.',
  required: '(required)',
  questionN: 'Question {n}',
  progress: 'Question {current} of {total}',
  progressLabel: 'Progress',
  previous: 'Previous question',
  next: 'Next question',
  toReview: 'Check my answers',
  maxChoicesHint: { one: 'At most {count} choice.', other: 'At most {count} choices.' },
  moveUp: 'Move up',
  moveDown: 'Move down',
  rankingDone: 'My ranking is ready',
  rankedAt: '“{item}” is now in position {position} of {total}.',
  alreadyFirst: '“{item}” is already first.',
  alreadyLast: '“{item}” is already last.',
  yourAnswer: 'Your answer',
  charsLeft: { one: '{count} character left.', other: '{count} characters left.' },
  charsOver: { one: '{count} character too many.', other: '{count} characters too many.' },
  summaryTitle: {
    one: 'One answer needs your attention',
    other: '{count} answers need your attention',
  },
  needChoice: 'Choose an answer.',
  needChoices: 'Choose at least one answer.',
  needRanking: 'Rank the choices with “Move up” and “Move down”, then tick “My ranking is ready”.',
  needScale: 'Choose a value from {min} to {max}.',
  needText: 'Write an answer.',
  tooManyChoices: 'You chose {count} answers: {max} at most. Untick {extra}.',
  tooLong: 'Your text has {count} characters: {max} at most. Remove {extra}.',
  reviewTitle: 'Check your answers',
  reviewIntro: 'You can still change an answer. When everything is right, send.',
  noAnswer: '(no answer)',
  scaleAnswer: '{value} out of {max}',
  change: 'Change',
  willBeSent: 'Your answers will be sent to the centre, without your name.',
  send: 'Send my answers',
  backToQuestions: 'Back to the questions',
  thanksTitle: 'Thank you for taking part!',
  thanksText: 'Your opinion matters for the life of the neighbourhood.',
  sending: 'Sending…',
  sent: 'Your answers have been sent.',
  queued:
    'No internet connection for now: your answers are kept on this device and will be sent when the connection is back.',
  queueSent: {
    one: 'The waiting answer has been sent.',
    other: 'The {count} waiting answers have been sent.',
  },
  keptHere: 'Your answers are kept on this device, without your name, for the centre staff.',
  demo: 'Demonstration: the answers are not kept.',
  demoKept: 'This is a demonstration: your answers were not kept anywhere.',
  notTaken:
    'Your answers could not be kept: the site did not take them. They are still here; try again later or tell the centre staff.',
  nextPersonIn: {
    one: 'The screen goes back to the start in {count} second, for the next person.',
    other: 'The screen goes back to the start in {count} seconds, for the next person.',
  },
  countdownPaused: 'Countdown paused. Press “Vote again” for the next person.',
  pauseCountdown: 'Pause',
  voteAgain: 'Vote again',
  showIfMore: {
    one: 'Your answer adds a question.',
    other: 'Your answer adds {count} questions.',
  },
  showIfLess: {
    one: 'Your answer removes a question: you are no longer asked it.',
    other: 'Your answer removes {count} questions: you are no longer asked them.',
  },
  staffOpen: 'Staff area',
  staffFailed: 'The staff area could not open. Check the internet connection, then try again.',
  storeFailed:
    'this device cannot keep answers for now: the file that keeps them could not be loaded (no internet connection?). Reload the page when the connection is back; no answer already kept is lost',
  screensFailed:
    'The rest of the poll could not be loaded (no internet connection?). When the connection is back, try again; if nothing changes, reload the page. Nothing is lost.',
};
export default catalog;
