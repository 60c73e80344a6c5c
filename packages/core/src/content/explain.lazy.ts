/**
 * The French explanations of a wrong content file, loaded on demand by the content controller
 * (`import('./explain.lazy.js')`): a page whose content is valid never downloads them. A
 * `*.lazy.ts` module becomes a separate file of the CDN bundle (docs/decisions/0012), so it must
 * not import lit or zod at run time (the build refuses it).
 */
export { issuesToProblems } from './explain-issue.js';
export { customText } from './kit-texts.js';
export { parseJsonText } from './json-text.js';
export { emptyPanelTemplate, panelsFr } from '../element/panels.js';
export { errorPanelTemplate } from '../element/error-panel.js';
