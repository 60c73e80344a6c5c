import type { Catalog } from '@quartiers-douai/core';
import type { GalleryKey } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<GalleryKey>> = {
  filters: 'Sort the films',
  category: 'Category',
  allCategories: 'All categories',
  centre: 'Social centre',
  allCentres: 'All centres',
  listView: 'Show as a list',
  count: { one: '{count} film', other: '{count} films' },
  none: 'No film matches: choose another category or centre.',
  watch: 'Watch the film',
  watchFilm: 'Watch the film: {title}',
  back: 'All films',
  by: 'Made by {names}',
  minSec: '{m} min {s} s',
  sec: '{s} s',
  transcriptShow: 'Show the transcript',
  transcriptHide: 'Hide the transcript',
  noCaptions: 'No captions: {reason}',
  fallback: 'This browser cannot play this video.',
  download: 'Download the video',
};

export default catalog;
