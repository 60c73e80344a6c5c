/** Fetches and defines `<qd-poll-results>` (a part of the bundle, docs/decisions/0016). */
export const loadPollResults = (): Promise<unknown> => import('./poll-results.part.js');
