import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-tuto-library>`. */
export type LibraryKey =
  | 'search'
  | 'searchHint'
  | 'themes'
  | 'found'
  | 'none'
  | 'noneHint'
  | 'showAll'
  | 'emptyLibrary'
  | 'read'
  | 'debutant'
  | 'intermediaire'
  | 'avance'
  | 'minutes'
  | 'tagsOf';

export const libraryMessages: Messages<LibraryKey> = {
  fr: {
    search: 'Rechercher un tuto',
    searchHint: 'Un mot, avec ou sans accents : « telephone », « e-mail »…',
    themes: 'Thèmes',
    found: { one: '{count} tuto', other: '{count} tutos' },
    none: 'Aucun tuto ne correspond à votre recherche.',
    noneHint: 'Essayez un autre mot, ou décochez un thème.',
    showAll: 'Voir tous les tutos',
    emptyLibrary: 'Pas encore de tuto dans cette bibliothèque.',
    read: 'Lire',
    debutant: 'débutant',
    intermediaire: 'intermédiaire',
    avance: 'avancé',
    minutes: 'environ {n} min',
    tagsOf: 'Thèmes : {tags}',
  },
  load: {
    en: () => import('./library-messages.en.js').then((m) => m.default),
    ar: () => import('./library-messages.ar.js').then((m) => m.default),
  },
};
