import {
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { readAloudButton } from '../element/templates.js';

/** The parts of the Web Speech API we use, so tests can give a fake. */
export interface SpeechLike {
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export interface ReadAloudOptions {
  /** Speech engine; defaults to `window.speechSynthesis` when the browser has one. `null` = unsupported. */
  synth?: SpeechLike | null;
}

function defaultSynth(): SpeechLike | null {
  return typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : null;
}

/**
 * Reads a text aloud in the content's language (Web Speech API, feature-detected). One text at a
 * time; stops when the host leaves the page or when the element moves on (`stop()`).
 */
export class ReadAloudController implements ReactiveController {
  readonly synth: SpeechLike | null;
  /** Key of the text being read, or `undefined`. */
  speakingKey: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ReadAloudOptions = {},
  ) {
    this.synth = options.synth === undefined ? defaultSynth() : options.synth;
    host.addController(this);
  }

  get supported(): boolean {
    return this.synth !== null;
  }

  hostConnected(): void {}
  hostDisconnected(): void {
    this.stop();
  }

  /** Reads `text` in `lang` (a voice of that language when the device has one). */
  speak(key: string, text: string, lang: string): void {
    if (!this.synth) return;
    this.synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    const base = lang.toLowerCase().split('-')[0]!;
    const voice = this.synth
      .getVoices()
      .find((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
    if (voice) u.voice = voice;
    u.rate = 0.9;
    u.onend = u.onerror = () => {
      if (this.speakingKey === key) {
        this.speakingKey = undefined;
        this.host.requestUpdate();
      }
    };
    this.speakingKey = key;
    this.synth.speak(u);
    this.host.requestUpdate();
  }

  stop(): void {
    if (this.speakingKey === undefined) return;
    this.speakingKey = undefined;
    this.synth?.cancel();
    this.host.requestUpdate();
  }

  toggle(key: string, text: string, lang: string): void {
    if (this.speakingKey === key) this.stop();
    else this.speak(key, text, lang);
  }
}

/**
 * Read-aloud as an element uses it (docs/architecture.md): an element that offers « Écouter »
 * creates `new ReadAloud(this, …)` and renders `this.speech.listen(key, text)`; an element without
 * it never carries its code. It stops when the element's content changes or it leaves the page.
 */
export class ReadAloud extends ReadAloudController {
  private shown?: unknown;

  constructor(
    private readonly element: ReactiveControllerHost & { readonly data?: unknown },
    /** The buttons are shown (the `read-aloud` attribute, or the element's default). */
    private readonly on: () => boolean,
    /** The content's language: the voice that reads it. */
    private readonly lang: () => string,
    private readonly t: (key: string, params?: Record<string, string | number>) => string,
    options?: ReadAloudOptions,
  ) {
    super(element, options);
  }

  hostUpdate(): void {
    if (this.element.data === this.shown) return;
    this.shown = this.element.data;
    this.stop();
  }

  /** An « Écouter » button for a text (nothing when read-aloud is off or unsupported). */
  listen(key: string, text: string): TemplateResult | typeof nothing {
    return this.on() ? readAloudButton(this, key, text, this.lang(), this.t) : nothing;
  }
}
