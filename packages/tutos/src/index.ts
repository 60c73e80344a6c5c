/** @quartiers-douai/tutos — pure exports (no side effects). Import './define' (and './define-maker', './define-library') to register the elements. */
export * from './schema.js';
export { tutoTexts } from './texts.lazy.js';
export { licenceUrl, tutoContentSpec } from './tuto-content.js';
export {
  QdTuto,
  PROGRESS_VERSION,
  type TutoStepDetail,
  type TutoSuccessDetail,
} from './tuto/tuto.js';
export { tutoMessages, type TutoKey } from './messages.js';
export {
  QdTutoLibrary,
  matches,
  searchWords,
  type TutoOpenDetail,
} from './tuto-library/tuto-library.js';
export { libraryMessages, type LibraryKey } from './library-messages.js';
export {
  QdTutoMaker,
  DRAFT_VERSION,
  type TutoExportDetail,
  type TutoImportDetail,
} from './tuto-maker/tuto-maker.js';
export {
  SCHEMA_URL,
  emptyDraft,
  fromTutorial,
  normalizeDraft,
  slug,
  toTutorial,
  type Draft,
  type DraftStep,
} from './draft.js';
export { AUDIO_MAX_MB, PHOTO_MAX_SIDE, canRecord, dataUrlBytes, preparePhoto } from './media.js';
export { makerMessages, type MakerKey } from './maker-messages.js';
