/**
 * Fetches and defines `<qd-screen-pact>` (its code is a part of the bundle, docs/decisions/0016).
 * The guide calls it before showing the agreement, and ahead, once the checklist is shown.
 */
export const loadScreenPact = (): Promise<unknown> => import('./screen-pact.part.js');
