/** @quartiers-douai/cv — pure exports (no side effects). Import './define' to register <qd-cv-builder> and <qd-cv-preview>. */
export { QdCvBuilder, PUBLIC_COMPUTER_TIMEOUT } from './cv-builder/cv-builder.js';
export { STEPS, setIn, getIn, type StepId } from './cv-builder/form-model.js';
export type {
  CvStepDetail,
  CvExportDetail,
  CvImportDetail,
  CvEraseDetail,
} from './cv-builder/events.js';
export { QdCvPreview, formatCvDate } from './cv-preview/cv-preview.js';
export {
  importCv,
  importCvText,
  toJsonResume,
  cvFileName,
  problemsSentence,
  JSON_RESUME_KEYS,
  JSON_RESUME_SCHEMA,
  MAX_IMPORT_BYTES,
  type ImportCvResult,
} from './json-resume.js';
export { cvPrinter, PRINT_ROOT_ID, PRINT_PAGE_CSS, type CvPrint } from './print.js';
export { resizePhoto, dataUrlBytes, PHOTO_MAX_BYTES } from './photo.js';
export { builderMessages, cvTextMessages, type BuilderKey, type CvTextKey } from './messages.js';
export * from './schema.js';
export { cvTexts } from './texts.lazy.js';
