/**
 * The steps of `<qd-demarche>` (`step.part.ts`, a part of the bundle, docs/decisions/0016): their
 * code, and their French texts, which join the simulator's catalog when they come (core's
 * `onDemand`: once per page, tried again after a failure). Tests replace this loader.
 */
import { onDemand } from '@quartiers-douai/core';
import { demarcheMessages } from '../messages.js';

export type StepModule = typeof import('./step.part.js');

const steps = onDemand(
  () => import('./step.part.js'),
  (m) => Object.assign(demarcheMessages.fr, m.stepFr),
);

/** Whether the steps are here (defined, their texts in the catalog). */
export const stepsHere = (): boolean => steps.here;

/** Fetches the steps (once per page); rejects offline, and the next call tries again. */
export const loadSteps = (): Promise<StepModule> => steps.load();
