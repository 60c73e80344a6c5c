import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
