/**
 * The French explanations of a wrong content file and the panels of a content that cannot be
 * shown, loaded on demand by the content controller (`import('./explain.lazy.js')`): a page whose
 * content is valid never downloads them (docs/decisions/0012). A file of its own in the CDN
 * bundle; what it shares with the first file (Lit, core) it imports from there (ADR 0017).
 */
export { issuesToProblems } from './explain-issue.js';
export { customText } from './kit-texts.js';
export { parseJsonText } from './json-text.js';
export { emptyPanel, panelsFr } from '../element/panels.js';
export { errorPanel } from '../element/error-panel.js';
