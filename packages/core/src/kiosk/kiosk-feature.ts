/**
 * The shared-device reset of an element (`kiosk-timeout`, or a kiosk mode of its own): a
 * controller that fetches the reset's code the first time the element asks for a positive delay
 * (docs/decisions/0015), keeps the timer in step with it, shows the warning before a reset and
 * gives it the focus. A page that never turns it on never downloads it.
 */
import { nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { LoadController } from '../element/load-controller.js';
import type { PendingWork } from '../element/pending.js';
import type { StatusController } from '../element/status.js';
import type { Notice } from '../element/attributes.js';
import type { KioskController } from './kiosk-controller.js';

type T = (key: string, params?: Record<string, string | number>) => string;

export class KioskFeature implements ReactiveController, PendingWork {
  /** The reset's timer, once its code has come. */
  timer?: KioskController;
  private readonly code: LoadController<typeof import('./kiosk.lazy.js')>;
  /** « L'écran a été remis à zéro », shown to the next person until they start. */
  private resetNotice?: Notice;

  constructor(
    private readonly host: ReactiveElement,
    /** Seconds without activity before the warning, then the reset; 0: off. */
    private readonly seconds: () => number,
    /** Resets the element for the next person; gives what to say. */
    onReset: () => string,
    private readonly status: StatusController,
  ) {
    this.code = new LoadController(host, () => import('./kiosk.lazy.js'), {
      onLoad: (m) =>
        (this.timer = new m.KioskController(host, {
          onReset: () => (this.resetNotice = status.say(onReset())),
        })),
    });
    host.addController(this);
  }

  get pending(): Promise<unknown> | undefined {
    return this.code.pending;
  }

  /** Set after a reset, until the next person acts (the element says the screen was reset). */
  get justReset(): boolean {
    return this.timer?.justReset ?? false;
  }

  hostUpdate(): void {
    // "The screen was reset" is for the next person until they start: then it goes.
    if (this.resetNotice && !this.justReset) {
      this.status.clear(this.resetNotice);
      this.resetNotice = undefined;
    }
    const seconds = this.seconds();
    const timer = this.timer;
    if (timer) {
      if (timer.timeout !== seconds) {
        timer.timeout = seconds;
        if (this.host.isConnected) timer.restart();
      }
    } else if (seconds > 0 && !this.code.pending && !this.code.failed) {
      void this.code.load().then((m) => {
        if (!m) console.error('[quartiers-douai] kiosk-timeout : code non chargé (hors ligne ?)');
      });
    }
  }

  /** The warning gets the focus, so that a keyboard or switch user can answer it. */
  hostUpdated(): void {
    if (this.timer?.phase !== 'warning') return;
    const button = this.host.renderRoot.querySelector<HTMLButtonElement>('.qd-kiosk button');
    if (button && this.host.shadowRoot?.activeElement !== button) button.focus();
  }

  /** The warning before a reset, while it counts down. */
  render(t: T): TemplateResult | typeof nothing {
    const m = this.code.value;
    return m && this.timer?.phase === 'warning' ? m.kioskWarning(t, this.timer) : nothing;
  }
}
