/**
 * Registers <qd-parental-guide>, and <qd-screen-pact> on demand (safe to load twice): the
 * agreement's code is a part of the bundle (docs/decisions/0016), fetched as soon as the page has
 * a `<qd-screen-pact>` (now or later) or the guide shows its agreement. A page that puts one in a
 * shadow root of its own calls `definePact()`.
 */
import { defineElement, defineOnDemand } from '@quartiers-douai/core';
import { QdParentalGuide } from './parental-guide/parental-guide.js';
import { loadScreenPact } from './screen-pact/load.js';

defineElement('qd-parental-guide', QdParentalGuide);

/** Fetches and defines `<qd-screen-pact>` now (once). */
export const definePact = defineOnDemand('qd-screen-pact', loadScreenPact);

export { QdParentalGuide };
