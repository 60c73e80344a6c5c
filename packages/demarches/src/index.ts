/** @quartiers-douai/demarches — pure exports (no side effects). Import './define' to register the elements. */
export * from './schema.js';
export { demarcheTexts } from './texts.lazy.js';
export {
  QdDemarche,
  type DemarcheCompleteDetail,
  type DemarcheMode,
  type DemarcheStepDetail,
} from './demarche/demarche.js';
export { QdDemarcheChecklist } from './checklist/checklist.js';
export {
  checklistSchema,
  longDate,
  type ChecklistData,
  type ChecklistDetail,
} from './demarche-element.js';
export { demarcheMessages, type DemarcheKey } from './messages.js';
