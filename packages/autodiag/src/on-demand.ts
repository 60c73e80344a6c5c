/**
 * The element's code and texts fetched on demand (docs/decisions/0015, 0016): the results screen
 * (`results/results.part.ts`), asked for ahead at "Commencer", and the advisor's wording, for
 * pages with `advisor`. Tests replace these loaders to play an offline tablet.
 */
import { autodiagMessages } from './messages.js';

export type ResultsModule = typeof import('./results/results.part.js');

let results: Promise<ResultsModule> | undefined;

/**
 * Fetches the results screen (once per page): `<qd-autodiag-results>` is defined and its French
 * texts join the catalog. Rejects when it could not come (offline); the next call tries again.
 */
export function loadResults(): Promise<ResultsModule> {
  return (results ??= import('./results/results.part.js').then(
    (m) => {
      Object.assign(autodiagMessages.fr, m.resultsFr);
      return m;
    },
    (error: unknown) => {
      results = undefined; // (the next call tries again)
      throw error;
    },
  ));
}

export const loadAdvisor = () => import('./advisor.lazy.js');
