/**
 * The steps of `<qd-demarche>` (`step.part.ts`, a part of the bundle, docs/decisions/0016): their
 * code, and their French texts, which join the simulator's catalog when they come. Tests replace
 * this loader.
 */
import { demarcheMessages } from '../messages.js';

export type StepModule = typeof import('./step.part.js');

let here = false;

/** Whether the steps are here (defined, their texts in the catalog). */
export const stepsHere = (): boolean => here;

/**
 * Fetches the steps (once per page); rejects when they could not come (offline), and the next
 * call tries again.
 */
export function loadSteps(): Promise<StepModule> {
  return (loading ??= import('./step.part.js').then(
    (m) => {
      Object.assign(demarcheMessages.fr, m.stepFr);
      here = true;
      return m;
    },
    (error: unknown) => {
      console.warn(error);
      loading = undefined; // (the next call tries again)
      throw error;
    },
  ));
}
let loading: Promise<StepModule> | undefined;
