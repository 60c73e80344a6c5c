/** @quartiers-douai/autodiag — pure exports (no side effects). Import './define' to register the element. */
export * from './schema.js';
export { autodiagTexts } from './texts.lazy.js';
export {
  NOT_EVALUATED,
  areaResults,
  canDo,
  contribution,
  levelFor,
  levelsOf,
  recommended,
  type Answer,
  type Answers,
  type AreaResult,
} from './levels.js';
export { COUNTS_TYPE, COUNTS_VERSION, addTo, countsSchema, type Counts } from './aggregate.js';
export { QdAutodiag, type AutodiagCompleteDetail } from './autodiag/autodiag.js';
export { autodiagMessages, type AutodiagKey } from './messages.js';
