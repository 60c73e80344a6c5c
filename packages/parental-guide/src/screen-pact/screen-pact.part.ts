/**
 * `<qd-screen-pact>` as a *part* of the CDN bundle (docs/decisions/0016): fetched when a page
 * shows the agreement, never by a page that only shows the guide's questions. It shares the
 * bundle's Lit, zod and core (nothing is downloaded twice).
 */
import { defineElement } from '@quartiers-douai/core';
import { QdScreenPact } from './screen-pact.js';

defineElement('qd-screen-pact', QdScreenPact);

export { QdScreenPact };
