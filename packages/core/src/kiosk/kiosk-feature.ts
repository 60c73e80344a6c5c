/**
 * The shared-device reset of an element (`kiosk-timeout`, or a kiosk mode of its own): all its
 * code — the timer, the warning, its focus, « L'écran a été remis à zéro » — is fetched the first
 * time the element asks for a positive delay (`kiosk.lazy.ts`, docs/decisions/0015); until then
 * this controller only watches that delay. A page that never turns it on never downloads it.
 */
import { nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { LoadController } from '../element/load-controller.js';
import type { Voice } from '../element/voice.js';
import type { KioskReset } from './kiosk.lazy.js';

export class KioskFeature implements ReactiveController {
  /** The reset, once its code has come. */
  reset?: KioskReset;
  private readonly code: LoadController<typeof import('./kiosk.lazy.js')>;

  constructor(
    host: ReactiveElement,
    /** Seconds without activity before the warning, then the reset; 0: off. */
    private readonly seconds: () => number,
    /** Resets the element for the next person; gives what to say. */
    onReset: () => string,
    /** The element's voice: the warning's words; « L'écran a été remis à zéro » in its status region. */
    voice: Voice,
  ) {
    this.code = new LoadController(
      host,
      () => import('./kiosk.lazy.js'),
      (m) => (this.reset = new m.KioskReset(host, seconds, onReset, voice)),
    );
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.reset || this.code.pending || this.code.failed || !(this.seconds() > 0)) return;
    void this.code.load().then((m) => {
      if (!m) console.error('[quartiers-douai] kiosk-timeout : code non chargé (hors ligne ?)');
    });
  }

  /** The warning before a reset, while it counts down. */
  render(): TemplateResult | typeof nothing {
    return this.reset?.render() ?? nothing;
  }
}
