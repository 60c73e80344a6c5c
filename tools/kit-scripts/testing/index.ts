/**
 * The kit's test helpers, one home for every package's browser tests (docs/decisions/0020):
 *
 *   import { afterEach } from 'vitest';
 *   import { axeViolations, cleanup, click, mount, text } from '@quartiers-douai/kit-scripts/testing';
 *   import '../define.js';
 *
 *   afterEach(cleanup);
 *   const el = await mount('qd-quiz', samples.adultes, { seed: 's' });
 *   await click(el, 'Commencer');
 *   expect(text(el, 'h2')).toBe('…');
 *   expect(await axeViolations(el)).toEqual([]);
 *
 * A test queries the element as a person perceives it (buttons and fields by their visible name),
 * and the kit's quality gates (tools/quality, apps/embed) already check what is the same for every
 * prototype: XSS in every field, fuzzing, every screen with axe, the keyboard walk, the shipped files.
 * Test-only: never imported by a package's shipped code.
 */
export * from './a11y.js';
export * from './actions.js';
export * from './dom.js';
export * from './mount.js';
export * from './network.js';
export * from './speech.js';
export * from './xss.js';
// The CSV reader of the export tests (core's writer, the poll's, the autodiag's, the festival's).
export { parseCsv } from './parse-csv.js';
