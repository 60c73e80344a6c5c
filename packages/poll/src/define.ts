/**
 * Registers <qd-poll>, and <qd-poll-results> on demand (safe to load twice): the results' code is
 * a part of the bundle (docs/decisions/0016), fetched as soon as the page has a
 * `<qd-poll-results>` (now or later) or a poll with `results-src` is shown. A page that puts one
 * in a shadow root of its own calls `definePollResults()`.
 */
import { defineElement, defineOnDemand } from '@quartiers-douai/core';
import { QdPoll } from './poll/poll.js';
import { loadPollResults } from './poll-results/load.js';

defineElement('qd-poll', QdPoll);

/** Fetches and defines `<qd-poll-results>` now (once). */
export const definePollResults = defineOnDemand('qd-poll-results', loadPollResults);

export { QdPoll };
