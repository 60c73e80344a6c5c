/**
 * @quartiers-douai/parental-guide — pure exports (no side effects).
 * Import './define' to register <qd-parental-guide> and <qd-screen-pact>.
 */
export {
  QdParentalGuide,
  type GuideCompleteDetail,
  type GuideProgressDetail,
  type PrintDetail,
} from './parental-guide/parental-guide.js';
export { QdScreenPact, type PactSubmitDetail } from './screen-pact/screen-pact.js';
export {
  selectGuides,
  uncoveredDevices,
  pagesByDevice,
  rulesFor,
  fitsAge,
  isStale,
  stepKey,
  type Answers,
  type GuideMatch,
  type PrintPage,
} from './engine.js';
export { guideMessages, type GuideKey, type GuideOwnKey, type PactKey } from './messages.js';
export { pactMessages } from './screen-pact/pact-messages.js';
export * from './schema.js';
export { guideTexts } from './texts.lazy.js';
