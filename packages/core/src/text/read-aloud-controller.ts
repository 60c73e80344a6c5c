import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

type T = (key: string, params?: Record<string, string | number>) => string;

// The button lives here, not in element/templates.ts (in every first file): an element that loads
// read-aloud on demand (ReadAloudFeature) gets it with the controller, in the file loaded later.
const speakerIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    fill="currentColor"
    d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"
  />
</svg>`;
const stopIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M6 6h12v12H6z" />
</svg>`;

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
