/** @quartiers-douai/film-festival — pure exports (no side effects). Import './define' (gallery), './define-jury' or './define-audience-vote' to register the elements. */
export * from './schema.js';
export { festivalTexts } from './texts.lazy.js';
export { QdFilmGallery, type FilmOpenDetail } from './gallery/gallery.js';
export { QdJuryGrid, type JuryScoreDetail } from './jury/jury-grid.js';
export { QdJuryResults } from './jury/jury-results.js';
export { QdAudienceVote, type VoteDetail } from './vote/vote.js';
export {
  filmTotal,
  rank,
  juryCsv,
  resultsCsv,
  juryDataSchema,
  JURY_DATA_VERSION,
  type JuryData,
  type Ranked,
  type FilmTotal,
} from './jury/scoring.js';
export { addVote, tallyRecord, votedRecord, type Tally } from './vote/guard.js';
/** Core's CSV writer (`toCsv`: `;`, byte-order mark, formulas neutralised), as this package has always exported it. */
export { csvField, csvFile as toCsv } from '@quartiers-douai/core';
export { galleryMessages, type GalleryKey } from './messages.js';
export { juryMessages, type JuryKey } from './jury/messages.js';
export { voteMessages, type VoteKey } from './vote/messages.js';
