/**
 * The element's status region (`role="status"`): one message at a time, shown and announced —
 * "Données effacées", a file taken back, data set aside, "L'écran a été remis à zéro". Controllers
 * and the element speak through it (the element's `announce`, its `voice.say`).
 */
import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Notice } from './attributes.js';

export class StatusController implements ReactiveController {
  private current?: Notice;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The message shown, if any. */
  get notice(): Notice | undefined {
    return this.current;
  }

  say(text: string, kind: Notice['kind'] = 'info'): Notice {
    this.current = { kind, text };
    this.host.requestUpdate();
    return this.current;
  }

  /** Removes the message (only `which`, when given and still shown). */
  clear(which?: Notice): void {
    if (!this.current || (which && this.current !== which)) return;
    this.current = undefined;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const n = this.current;
    return html`<div
      role="status"
      part="notice"
      class=${n ? `qd-notice qd-notice--${n.kind}` : 'qd-visually-hidden'}
    >
      ${n?.text ?? ''}
    </div>`;
  }

  hostConnected?(): void; // (a controller with no lifecycle of its own)
}
