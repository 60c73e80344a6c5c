/** Templates shared by every prototype, so none writes them again. */
import { html, nothing, type TemplateResult } from 'lit';
import { problemToString, type Problem } from '../content/problems.js';

export { MAX_LISTED_PROBLEMS } from '../content/problems.js';

type T = (key: string, params?: Record<string, string | number>) => string;

/** Text form of the panel's list, as logged for developers. */
export function problemsText(problems: Problem[]): string {
  return problems.map(problemToString).join('\n');
}

export function loadingPanel(slow: boolean, t: T): TemplateResult {
  return html`<div class="qd-loading" role="status" part="loading">
    <span class="qd-spinner" aria-hidden="true"></span> ${t('loading')}
    ${slow ? html`<p>${t('loadingSlow')}</p>` : nothing}
  </div>`;
}

export function fetchErrorPanel(
  url: string,
  httpStatus: number | undefined,
  t: T,
  retry: () => void,
): TemplateResult {
  const message =
    httpStatus === 404
      ? t('fetchNotFound')
      : httpStatus
        ? t('fetchHttp', { status: String(httpStatus) })
        : t('fetchNetwork');
  return html`<div class="qd-panel qd-panel--error" role="alert" part="error">
    <h2>${t('fetchErrorTitle')}</h2>
    <p>${message}</p>
    <p><code>${url}</code></p>
    <button type="button" class="qd-button qd-button--primary" @click=${retry}>
      ${t('retry')}
    </button>
  </div>`;
}

/** The "Facile à lire" (FALC) toggle. */
export function easyReadToggle(on: boolean, t: T, toggle: () => void): TemplateResult {
  return html`<button
    type="button"
    class="qd-button qd-easy-toggle qd-no-print"
    part="easy-toggle"
    aria-pressed=${on}
    @click=${toggle}
  >
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM12 18a6 6 0 0 1-5.2-3h10.4A6 6 0 0 1 12 18z"
      />
    </svg>
    <span>${t('easyRead')}</span>
  </button>`;
}
