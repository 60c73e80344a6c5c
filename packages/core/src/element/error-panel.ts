/**
 * The panel of a content file that cannot be shown: each problem with its path and what to change.
 * A module of its own: a page with valid content loads it only with the explanations of a wrong
 * file (`explain.lazy.ts`); an element that shows it for a problem of its own settings (the poll
 * without a destination) has it in its first file (docs/decisions/0017).
 */
import { html, type TemplateResult } from 'lit';
import { MAX_LISTED_PROBLEMS, type Problem } from '../content/problems.js';

type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * The error panel for invalid content: each problem with its path and what to change. The problems
 * are always in French (they are for the centre's worker, ADR 0004), so their list says so
 * (`lang="fr"`, left to right) even inside an English or Arabic interface.
 */
export function errorPanel(problems: Problem[], t: T): TemplateResult {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  const hasIndex = problems.some((p) => /\[\d+\]/.test(p.path));
  return html`<div class="qd-panel qd-panel--error" role="alert" part="error">
    <h2>${t('invalidTitle')}</h2>
    <p>${t('invalidIntro', { count: problems.length })}</p>
    <ul lang="fr" dir="ltr">
      ${listed.map((p) => html`<li>${p.path ? html`<code>${p.path}</code> : ` : ''}${p.message}</li>`)}
    </ul>
    ${more > 0 ? html`<p>${t('invalidMore', { count: more })}</p>` : ''}
    ${hasIndex ? html`<p>${t('invalidHint')}</p>` : ''}
  </div>`;
}
