/**
 * The element's files fetched on demand (docs/decisions/0015): the results screen, asked for at
 * "Commencer", and the advisor's wording, for pages with `advisor`. Tests replace these loaders
 * to play an offline tablet.
 */
export const loadResults = () => import('./results.lazy.js');
export const loadAdvisor = () => import('./advisor.lazy.js');
