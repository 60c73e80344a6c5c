import type { Catalog } from '@quartiers-douai/core';
import type { ScenarioKey } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<ScenarioKey>> = {
  start: 'Start',
  characters: 'Characters: {names}',
  thread: 'Conversation',
  you: 'You',
  typing: '{name} is typing…',
  showAll: 'Show everything',
  choose: 'What do you do?',
  chooseGroup: 'Vote by show of hands, pick the group’s answer, then reveal what happens.',
  option: 'Choice {n}',
  reveal: 'Reveal what happens',
  back: 'Back to the previous choice',
  restart: 'Start again',
  endTitle: 'End of the story',
  endGood: 'A good ending',
  endNeutral: 'A mixed ending',
  endBad: 'A hard ending',
  advice: 'Remember',
  pathTitle: 'Your choices',
  debriefTitle: 'Debrief: {title}',
  questions: 'Let’s talk about it',
  keyPoints: 'Remember',
  help: 'Need help?',
  call: 'Call {phone}',
  print: 'Print',
  resumed: 'You are picking up the story where you left off.',
  memoryFailed:
    'The rest of the story could not be loaded (no internet connection?). When the connection is back, try again.',
  score: 'Your score: {score}',
  scoreOutOf: 'Your score: {score} out of {max}',
  locked: 'Not possible for now',
};

export default catalog;
