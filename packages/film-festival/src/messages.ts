import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-film-gallery>`. */
export type GalleryKey =
  | 'filters'
  | 'category'
  | 'allCategories'
  | 'centre'
  | 'allCentres'
  | 'listView'
  | 'count'
  | 'none'
  | 'watch'
  | 'watchFilm'
  | 'back'
  | 'by'
  | 'minSec'
  | 'sec'
  | 'transcriptShow'
  | 'transcriptHide'
  | 'noCaptions'
  | 'fallback'
  | 'download';

export const galleryMessages: Messages<GalleryKey> = {
  fr: {
    filters: 'Trier les films',
    category: 'Catégorie',
    allCategories: 'Toutes les catégories',
    centre: 'Centre social',
    allCentres: 'Tous les centres',
    listView: 'Afficher en liste',
    count: { one: '{count} film', other: '{count} films' },
    none: 'Aucun film ne correspond : choisissez une autre catégorie ou un autre centre.',
    watch: 'Voir le film',
    watchFilm: 'Voir le film : {title}',
    back: 'Tous les films',
    by: 'Réalisé par {names}',
    minSec: '{m} min {s} s',
    sec: '{s} s',
    transcriptShow: 'Afficher la transcription',
    transcriptHide: 'Masquer la transcription',
    noCaptions: 'Sans sous-titres : {reason}',
    fallback: 'Ce navigateur ne sait pas lire cette vidéo.',
    download: 'Télécharger la vidéo',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
