/**
 * The element's code and texts fetched on demand (docs/decisions/0015, 0016): the results screen
 * (`results/results.part.ts`), asked for ahead at "Commencer", and the advisor's wording, for
 * pages with `advisor`. Tests replace these loaders to play an offline tablet.
 */
import { onDemand } from '@quartiers-douai/core';
import { autodiagMessages } from './messages.js';

export type ResultsModule = typeof import('./results/results.part.js');

const results = onDemand(
  () => import('./results/results.part.js'),
  (m) => Object.assign(autodiagMessages.fr, m.resultsFr),
);

/**
 * Fetches the results screen (once per page): `<qd-autodiag-results>` is defined and its French
 * texts join the catalog. Rejects when it could not come (offline); the next call tries again.
 */
export const loadResults = (): Promise<ResultsModule> => results.load();

export const loadAdvisor = () => import('./advisor.lazy.js');
