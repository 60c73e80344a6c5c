/**
 * The element's code and texts fetched on demand (docs/decisions/0015, 0016): the results screen
 * (`results/results.part.ts`), asked for ahead at "Commencer", « Mes progrès »
 * (`history/history.part.ts`), asked for by the results where the device may keep it, and the
 * advisor's wording, for pages with `advisor`. Tests replace these loaders to play an offline tablet.
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

export type HistoryModule = typeof import('./history/history.part.js');

const history = onDemand(
  () => import('./history/history.part.js'),
  (m) => Object.assign(autodiagMessages.fr, m.historyFr),
);

/**
 * Fetches « Mes progrès » (once per page), for a self-check that may keep something on the device
 * (`storage="local"`, not a centre tablet, not in advisor mode). Rejects offline.
 */
export const loadHistory = (): Promise<HistoryModule> => history.load();

export const loadAdvisor = () => import('./advisor.lazy.js');
