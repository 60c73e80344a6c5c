/**
 * The quiz's screens after its start (`screens.part.ts`, a part of the bundle,
 * docs/decisions/0016): the questions and the result. Their French texts join the quiz's catalog
 * when they come (core's `onDemand`: once per page, tried again after a failure), with the parts of
 * the question types a content needs (`kinds.ts`). Tests replace this loader.
 */
import { onDemand } from '@quartiers-douai/core';
import { quizMessages } from '../messages.js';
import type { QuizContent } from '../schema.js';
import { kindsHere, loadKinds } from './kinds.js';

export type ScreensModule = typeof import('./screens.part.js');

const screens = onDemand(
  () => import('./screens.part.js'),
  (m) => Object.assign(quizMessages.fr, m.screensFr),
);

/** Whether the screens (and the question types `c` needs) are here (defined, their texts in the catalog). */
export const screensHere = (c?: QuizContent): boolean => screens.here && kindsHere(c);

/** Fetches the screens and the types `c` needs (once per page); rejects offline, the next call tries again. */
export const loadScreens = (c?: QuizContent): Promise<ScreensModule> =>
  Promise.all([screens.load(), loadKinds(c)]).then(([m]) => m);
