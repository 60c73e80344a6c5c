/**
 * Core's read-aloud (`ReadAloud` and its « Écouter » button), as a file loaded later: what
 * `ReadAloudFeature` fetches when an element's read-aloud is turned on (docs/decisions/0024).
 * An element that creates `new ReadAloud(…)` itself has it in its first file, and this file is
 * then a few bytes.
 */
export { ReadAloud } from './read-aloud-controller.js';
