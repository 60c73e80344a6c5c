import type { Catalog } from '@quartiers-douai/core';
import type { VoteKey } from './messages.js';

// English UI strings of the audience vote: loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<VoteKey>> = {
  title: 'Audience award: {title}',
  choose: 'Vote for your favourite film',
  vote: 'Vote',
  pickFirst: 'Choose a film before voting.',
  thanks: 'Thank you for voting!',
  thanksText: 'Your vote for “{film}” is counted.',
  demo: 'Demonstration: the votes are not kept.',
  notTaken:
    'Your vote could not be kept: the site did not take it. Your choice is still here; try again later or tell the staff.',
  next: 'Next person',
  stay: 'Stay on this screen',
  resetIn: {
    one: 'The screen goes back to the vote in {count} second.',
    other: 'The screen goes back to the vote in {count} seconds.',
  },
  already: 'You have already voted on this device. Thank you!',
  staff: 'Staff area',
  staffFailed: 'The staff area could not open. Check the internet connection, then try again.',
};

export default catalog;
