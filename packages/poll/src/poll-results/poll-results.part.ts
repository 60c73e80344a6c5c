/**
 * `<qd-poll-results>` as a *part* of the CDN bundle (docs/decisions/0016): fetched when a page
 * shows results (a results page, or a poll with `results-src` once it is shown), never by a page
 * that only collects answers. It shares the bundle's Lit, zod and core.
 */
import { defineElement } from '@quartiers-douai/core';
import { QdPollResults } from './poll-results.js';

defineElement('qd-poll-results', QdPollResults);

export { QdPollResults };
