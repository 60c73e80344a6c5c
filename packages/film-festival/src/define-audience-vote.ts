/** Registers <qd-audience-vote> (safe to load twice): the CDN file audience-vote.js. */
import { defineElement } from '@quartiers-douai/core';
import { QdAudienceVote } from './vote/vote.js';

defineElement('qd-audience-vote', QdAudienceVote);

declare global {
  interface HTMLElementTagNameMap {
    'qd-audience-vote': QdAudienceVote;
  }
}

export { QdAudienceVote };
