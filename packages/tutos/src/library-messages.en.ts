import type { Catalog } from '@quartiers-douai/core';
import type { LibraryKey } from './library-messages.js';

// English UI strings of the library: loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<LibraryKey>> = {
  search: 'Search for a tutorial',
  searchHint: 'A word, with or without accents: “telephone”, “e-mail”…',
  themes: 'Topics',
  found: { one: '{count} tutorial', other: '{count} tutorials' },
  none: 'No tutorial matches your search.',
  noneHint: 'Try another word, or untick a topic.',
  showAll: 'See all the tutorials',
  emptyLibrary: 'No tutorial in this library yet.',
  read: 'Read',
  debutant: 'beginner',
  intermediaire: 'intermediate',
  avance: 'advanced',
  minutes: 'about {n} min',
  tagsOf: 'Topics: {tags}',
};

export default catalog;
