/** @quartiers-douai/poll — pure exports (no side effects). Import './define' to register <qd-poll> and <qd-poll-results>. */
export { QdPoll, DEFAULT_KIOSK_TIMEOUT, type PollSubmitDetail } from './poll/poll.js';
export { QdPollResults } from './poll-results/poll-results.js';
export {
  isAnswered,
  problemOf,
  toBallot,
  choiceOrder,
  moveItem,
  lengthOf,
  type Answers,
  type AnswerProblem,
} from './poll/answers.js';
export { flushOutbox, type FlushResult } from './poll/device.js';
export { insertRandomly, enqueue } from './poll/keep-ballot.js';
export {
  tally,
  bordaPoints,
  type Tally,
  type QuestionTally,
  type CountRow,
  type RankRow,
  type ScaleRow,
} from './results/tally.js';
export { hiddenBecause, type Hidden } from './results/visibility.js';
export { toCsv, csvField, ballotsToRows, BOM, type Separator } from './csv.js';
export { periodOf, localDay, formatDay, type Period } from './dates.js';
export { pollMessages, type PollKey } from './messages.js';
export { screensFr, type ScreensKey } from './poll/screens-messages.js';
export { resultsMessages, type ResultsKey } from './poll-results/messages.js';
export * from './schema.js';
export { pollTexts } from './texts.lazy.js';
