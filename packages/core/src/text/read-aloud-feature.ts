/**
 * « Écouter » for an element whose read-aloud is off by default (the agenda, the festival): the
 * same `this.speech.listen(key, text)` as `ReadAloud`, but core's `ReadAloud` and its button are
 * fetched (`read-aloud.lazy.ts`) only once `read-aloud` is on — at load, or when a page turns it
 * on later. Until then, and on a page that never turns it on, `listen` renders nothing and no byte
 * of it was downloaded (docs/decisions/0024). Offline, turning it off and on again tries again.
 */
import { nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { LoadController } from '../element/load-controller.js';
import type { ReadAloud, ReadAloudOptions } from './read-aloud-controller.js';

export class ReadAloudFeature implements ReactiveController {
  /** Core's `ReadAloud`, once its code has come. */
  speech?: ReadAloud;
  private readonly code: LoadController<typeof import('./read-aloud.lazy.js')>;
  /** `on()` at the last update: a switch from off to on loads (again, after a failure). */
  private wasOn = false;

  constructor(
    host: ReactiveElement & { readonly data?: unknown },
    /** The buttons are shown (the `read-aloud` attribute, or the element's default). */
    private readonly on: () => boolean,
    /** The content's language: the voice that reads it. */
    lang: () => string,
    t: (key: string, params?: Record<string, string | number>) => string,
    options?: ReadAloudOptions,
  ) {
    this.code = new LoadController(
      host,
      () => import('./read-aloud.lazy.js'),
      (m) => (this.speech = new m.ReadAloud(host, on, lang, t, options)),
    );
    host.addController(this);
  }

  hostUpdate(): void {
    const on = this.on();
    if (on && !this.wasOn && !this.speech) void this.code.load();
    this.wasOn = on;
  }

  /** An « Écouter » button for a text (nothing while read-aloud is off, loading or unsupported). */
  listen(key: string, text: string): TemplateResult | typeof nothing {
    return this.speech?.listen(key, text) ?? nothing;
  }

  /** Stops reading (the element moves on). */
  stop(): void {
    this.speech?.stop();
  }
}
