/**
 * The shared-device reset, fetched only by elements that turn it on (`kiosk-timeout`, the poll's
 * kiosk mode, the CV's public computer): a page that does not use it never downloads it
 * (docs/decisions/0015). Ordinary Lit code: it imports `lit` like any module (ADR 0017).
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import type { Notice } from '../element/attributes.js';
import type { Voice } from '../element/voice.js';
import { KioskController } from './kiosk-controller.js';

export { KioskController };

/**
 * The element's reset: keeps the timer in step with the element's delay, says « L'écran a été
 * remis à zéro » to the next person until they start, shows the warning and gives it the focus.
 */
export class KioskReset implements ReactiveController {
  readonly timer: KioskController;
  private notice?: Notice;

  constructor(
    private readonly host: ReactiveElement,
    private readonly seconds: () => number,
    onReset: () => string,
    /** The element's voice: the warning's words, « L'écran a été remis à zéro » in its status region. */
    private readonly voice: Voice,
  ) {
    this.timer = new KioskController(host, {
      onReset: () => (this.notice = voice.say(onReset())),
    });
    host.addController(this);
    this.hostUpdate();
  }

  hostUpdate(): void {
    // "The screen was reset" is for the next person until they start: then it goes.
    if (this.notice && !this.timer.justReset) {
      this.voice.unsay(this.notice);
      this.notice = undefined;
    }
    const seconds = this.seconds();
    if (this.timer.timeout !== seconds) {
      this.timer.timeout = seconds;
      if (this.host.isConnected) this.timer.restart();
    }
  }

  /** The warning gets the focus, so that a keyboard or switch user can answer it. */
  hostUpdated(): void {
    if (this.timer.phase !== 'warning') return;
    const button = this.host.renderRoot.querySelector<HTMLButtonElement>('.qd-kiosk button');
    if (button && this.host.shadowRoot?.activeElement !== button) button.focus();
  }

  /** The warning before a reset: announced, with the seconds left and the "continue" button. */
  render(): TemplateResult | typeof nothing {
    const { timer: k, voice } = this;
    if (k.phase !== 'warning') return nothing;
    return html`<div class="qd-panel qd-kiosk qd-no-print" part="kiosk">
      <p role="alert">${voice.t('kioskWarning', { count: k.warningSeconds })}</p>
      <p class="qd-kiosk__count" aria-hidden="true">${k.remaining} s</p>
      <button type="button" class="qd-button qd-button--primary" @click=${() => k.stillHere()}>
        ${voice.t('kioskContinue')}
      </button>
    </div>`;
  }
}
