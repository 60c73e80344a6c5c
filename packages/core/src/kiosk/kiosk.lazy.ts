/**
 * The shared-device reset, fetched only by elements that turn it on (`kiosk-timeout`, the poll's
 * kiosk mode, the CV's public computer): a page that does not use it never downloads it
 * (docs/decisions/0015). Ordinary Lit code: it imports `lit` like any module (ADR 0017).
 */
import { html, type TemplateResult } from 'lit';
import type { KioskController } from './kiosk-controller.js';

export { KioskController } from './kiosk-controller.js';

type T = (key: string, params?: Record<string, string | number>) => string;

/** The warning before a reset: announced, with the seconds left and the "continue" button. */
export function kioskWarning(t: T, kiosk: KioskController): TemplateResult {
  return html`<div class="qd-panel qd-kiosk qd-no-print" part="kiosk">
    <p role="alert">${t('kioskWarning', { count: kiosk.warningSeconds })}</p>
    <p class="qd-kiosk__count" aria-hidden="true">${kiosk.remaining} s</p>
    <button type="button" class="qd-button qd-button--primary" @click=${() => kiosk.stillHere()}>
      ${t('kioskContinue')}
    </button>
  </div>`;
}
