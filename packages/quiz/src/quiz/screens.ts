/**
 * The quiz's screens after its start (`screens.part.ts`, a part of the bundle,
 * docs/decisions/0016): the questions and the result. Their French texts join the quiz's catalog
 * when they come (core's `onDemand`: once per page, tried again after a failure). Tests replace
 * this loader.
 */
import { onDemand } from '@quartiers-douai/core';
import { quizMessages } from '../messages.js';

export type ScreensModule = typeof import('./screens.part.js');

const screens = onDemand(
  () => import('./screens.part.js'),
  (m) => Object.assign(quizMessages.fr, m.screensFr),
);

/** Whether the screens are here (defined, their texts in the catalog). */
export const screensHere = (): boolean => screens.here;

/** Fetches the screens (once per page); rejects offline, and the next call tries again. */
export const loadScreens = (): Promise<ScreensModule> => screens.load();
