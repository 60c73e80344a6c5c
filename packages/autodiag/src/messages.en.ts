import type { Catalog } from '@quartiers-douai/core';
import type { AutodiagKey } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<AutodiagKey>> = {
  start: 'Start',
  notExam:
    'This is not a test: there are no right or wrong answers. For each sentence, say what you do today. You can skip a sentence.',
  length: '{count} sentences, about {minutes} min.',
  areasTitle: 'The areas',
  aggregateNote:
    'To help the centre plan its workshops, this device counts how many people reach each level. It keeps neither your answers, nor your name, nor the time.',
  progress: '{n} of {total}',
  answersLabel: 'Your answer',
  skip: 'Skip',
  answered: 'Answer noted: {answer}.',
  skipped: 'Sentence skipped.',
  back: 'Back',
  resultsTitle: 'My profile',
  encourage:
    'Well done, you got to the end! This profile is not a mark: it shows what you can already do, and the workshops that can help you go further.',
  profileCaption: 'My level in each area',
  colArea: 'Area',
  colLevel: 'Level',
  colAnswered: 'Sentences answered',
  answeredOf: '{answered} of {total}',
  notEvaluated: 'Not assessed yet',
  notEvaluatedHint: 'Every sentence of this area was skipped: let’s talk about it.',
  canDoTitle: 'What I can already do',
  canDoNone: 'No sentence here yet: that is normal at the start. Every workshop will help.',
  workshopsTitle: 'Workshops for me',
  workshopsNone: 'No workshop for this profile at the moment: ask at the centre’s desk.',
  forArea: 'Area: {area}',
  when: 'When',
  where: 'Where',
  contact: 'Contact',
  call: 'Call {phone}',
  write: 'Write to {email}',
  more: 'Find out more',
  print: 'Print the sheet',
  save: 'Save the sheet (text)',
  saved: 'The sheet was downloaded (text file).',
  backToItems: 'Back to the sentences',
  restart: 'Start again',
  historyTitle: 'My progress',
  historyConsent: 'Keep my results on this device, to see my progress when I take this check again',
  historyConsentHint:
    'Only the levels and the date, never your answers. Nothing leaves this device. You can erase everything at any time.',
  historyKept: 'Your results are kept on this device.',
  historyErased: 'Your kept results have been erased from this device.',
  historyFirst: 'First result kept. Take the check again later to see your progress here.',
  historyCaption: 'My level in each area, the last times',
  historyTrend: 'Change',
  trendUp: 'Progress',
  trendSame: 'Same level',
  trendDown: 'A little less than last time',
  trendFirst: '—',
  historyChart: 'The same table as a picture: one bar per time; the longer, the higher the level.',
  historyToday: 'today',
  staffOpen: 'Staff area',
  resultsFailed:
    'The profile could not be loaded: check the connection, then tap your answer again.',
  staffFailed: 'The staff area could not be loaded: check the connection, then try again.',
};

export default catalog;
