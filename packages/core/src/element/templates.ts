/** Templates shared by every prototype, so none writes them again. */
import { html, nothing, type TemplateResult } from 'lit';
import { problemToString, type Problem } from '../content/problems.js';
import type { ReadAloudController } from '../text/read-aloud-controller.js';

export { MAX_LISTED_PROBLEMS } from '../content/problems.js';

type T = (key: string, params?: Record<string, string | number>) => string;

const speakerIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"
  />
</svg>`;
const stopIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M6 6h12v12H6z" />
</svg>`;

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

/**
 * The "Écouter" button for one text. Not rendered at all where the device cannot speak
 * (no dead button). `aria-pressed` tells whether this text is being read.
 */
export function readAloudButton(
  speech: ReadAloudController,
  key: string,
  text: string,
  lang: string,
  t: T,
): TemplateResult | typeof nothing {
  if (!speech.supported || text.trim() === '') return nothing;
  const on = speech.speakingKey === key;
  return html`<button
    type="button"
    class="qd-button qd-read-aloud qd-no-print"
    part="read-aloud"
    aria-pressed=${on}
    @click=${() => speech.toggle(key, text, lang)}
  >
    ${on ? stopIcon : speakerIcon}<span>${on ? t('stopReading') : t('readAloud')}</span>
  </button>`;
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
