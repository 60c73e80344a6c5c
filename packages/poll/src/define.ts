/** Registers <qd-poll> and <qd-poll-results> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdPoll } from './poll/poll.js';
import { QdPollResults } from './poll-results/poll-results.js';

defineElement('qd-poll', QdPoll);
defineElement('qd-poll-results', QdPollResults);

export { QdPoll, QdPollResults };
