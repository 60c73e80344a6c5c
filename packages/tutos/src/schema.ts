/**
 * Content schemas of the tutos, built from core's bricks (zod/mini):
 * - `tutorialSchema` (tutorial-schema.ts): one tutorial (« ce que j'apprends, je le partage »), read
 *   by `<qd-tuto>`, written and exported by `<qd-tuto-maker>` (the exported file *is* a content file);
 * - `libraryIndexSchema` (library-schema.ts): the list of a centre's tutorials, read by
 *   `<qd-tuto-library>`.
 * The rules of their own (`§key`) have their French sentences in `texts.lazy.ts` (ADR 0014).
 * `schema.json` is generated from `contentSchema`, `library/schema.json` from `libraryIndexSchema`.
 */
export * from './tutorial-schema.js';
export * from './library-schema.js';
