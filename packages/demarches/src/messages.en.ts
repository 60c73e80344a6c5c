import type { Catalog } from '@quartiers-douai/core';
import type { DemarcheKey } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<DemarcheKey>> = {
  training: 'Training mock-up: this is not the real website, nothing is sent.',
  official: 'The real service: {org}',
  checkedOn: 'Steps checked on {date}.',
  startGuided: 'Start, guided step by step',
  startPractice: 'Practise on my own',
  stepsFailed:
    'The rest of the practice could not be loaded (no internet connection?). When the connection is back, try again; if nothing changes, reload the page.',
  progress: 'Step {n} of {total}',
  screen: 'Screen (mock-up)',
  guidedDo: 'To do: press “{label}”, circled in colour on the screen.',
  wrong: 'Not there. Look at the screen again.',
  right: 'Well done!',
  hint: 'Hint: look for “{label}”, circled in colour on the screen.',
  sample: 'Sample data — do not enter your real information.',
  typeThis: 'Sample to type: {value}',
  fieldEmpty: 'Fill in this field with the sample.',
  fieldWrong: 'Type the sample: {value}',
  validate: 'Confirm',
  fixFields: 'Correct the fields shown, with the sample data.',
  tip: 'Tip',
  warning: 'Warning',
  previous: 'Previous step',
  restart: 'Start again',
  endTitle: 'Well done, you did every step!',
  endText: 'This was practice: nothing was sent. When you are ready, do the procedure for real.',
  prepare: 'To prepare',
  why: 'Why: {why}',
  ready: '{n} of {total} ready',
  print: 'Print the list',
  glossary: 'Words to know',
};

export default catalog;
