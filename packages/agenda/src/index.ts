/** @quartiers-douai/agenda — pure exports (no side effects). Import './define' to register the elements. */
export * from './schema.js';
export { agendaTexts } from './texts.lazy.js';
export { QdAgenda, type AgendaExportDetail, type AgendaView } from './agenda/agenda.js';
export { QdEventCard } from './event-card/event-card.js';
export { agendaMessages, type AgendaKey } from './messages.js';
export { expand, parseRule, type Rule, type RuleError } from './recurrence.js';
export { filterOccurrences, occurrencesOf, type Filters, type Occurrence } from './occurrences.js';
export {
  escapeText,
  fold,
  ruleText,
  toIcs,
  toIcsFeed,
  UID_DOMAIN,
  type FeedOptions,
  type IcsOptions,
} from './ics.js';
export { mergeFiles, type AgendaFile, type Duplicate } from './merge.js';
export { parisOffset, parisToUtc, utcToParis, parseDateTime } from './time.js';
