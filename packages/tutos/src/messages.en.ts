import type { Catalog } from '@quartiers-douai/core';
import type { TutoKey } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<TutoKey>> = {
  view: 'Display',
  oneByOne: 'One step at a time',
  allSteps: 'All the steps',
  print: 'Print',
  materials: 'What you need',
  meta: 'Level: {level}',
  debutant: 'beginner',
  intermediaire: 'intermediate',
  avance: 'advanced',
  minutes: 'about {n} min',
  stepCount: { one: '{count} step', other: '{count} steps' },
  start: 'Start',
  stepOf: 'Step {n} of {total}',
  prev: 'Previous step',
  next: 'Next step',
  finish: 'Finish',
  success: 'I did it',
  progress: { one: '{count} step done out of {total}', other: '{count} steps done out of {total}' },
  voice: 'Voice of step {n}',
  transcript: 'What is said:',
  doneTitle: 'Well done, you finished!',
  doneText: 'You can go back to a step, print the tutorial or show it to someone.',
  backToStart: 'Back to the beginning',
  madeBy: 'Tutorial made by {who}',
  licence: 'Licence: {licence}',
  kept: 'The steps you did are kept on this device.',
};

export default catalog;
