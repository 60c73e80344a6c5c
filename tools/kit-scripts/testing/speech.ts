/** A speech engine that records what it is asked to say, and a browser with or without one. */
import { afterEach, beforeEach, vi } from 'vitest';
import { qa } from './dom.js';

/** What core's read-aloud uses of `speechSynthesis` (core's `SpeechLike`). */
export interface SpeechLike {
  speak(u: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export interface FakeSynth extends SpeechLike {
  spoken: SpeechSynthesisUtterance[];
  cancels: number;
  voices: SpeechSynthesisVoice[];
  /** Ends the utterance being spoken (fires its `onend`). */
  finish(): void;
}

/** A speech engine that records what it is asked to say. */
export function fakeSynth(
  voices: Array<Pick<SpeechSynthesisVoice, 'lang' | 'name'>> = [],
): FakeSynth {
  const synth: FakeSynth = {
    spoken: [],
    cancels: 0,
    voices: voices as SpeechSynthesisVoice[],
    speak(u) {
      synth.spoken.push(u);
    },
    cancel() {
      synth.cancels++;
    },
    getVoices() {
      return synth.voices;
    },
    finish() {
      const u = synth.spoken[synth.spoken.length - 1];
      u?.onend?.call(u, new Event('end') as SpeechSynthesisEvent);
    },
  };
  return synth;
}

/** A plain utterance: the real one only accepts voices the device really has. */
class FakeUtterance extends EventTarget {
  text: string;
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  voice: SpeechSynthesisVoice | null = null;
  onend: ((this: SpeechSynthesisUtterance, ev: SpeechSynthesisEvent) => unknown) | null = null;
  onerror: ((this: SpeechSynthesisUtterance, ev: SpeechSynthesisErrorEvent) => unknown) | null =
    null;
  constructor(text = '') {
    super();
    this.text = text;
  }
}

/**
 * Makes the page look like a browser with (`synth`) or without (`null`) the Web Speech API.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function stubSpeech(synth: SpeechLike | null): void {
  if (synth) {
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  } else {
    vi.stubGlobal('SpeechSynthesisUtterance', undefined);
  }
}

/**
 * A fake speech engine for each test of the file (stubbed before, every global stub undone after),
 * and what tests of « Écouter » read: the utterances' texts and the element's buttons.
 *
 *   const speech = fakeSpeechEachTest();
 *   speech.buttons(el)[0]!.click();
 *   expect(speech.spoken()).toEqual(['…']);
 */
export function fakeSpeechEachTest(): {
  readonly synth: FakeSynth;
  spoken(): string[];
  buttons(el: Element): HTMLButtonElement[];
} {
  let synth: FakeSynth | undefined;
  beforeEach(() => {
    synth = fakeSynth();
    stubSpeech(synth);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return {
    get synth() {
      if (!synth) throw new Error('fakeSpeechEachTest : le moteur n’existe que pendant un test');
      return synth;
    },
    spoken: () => (synth?.spoken ?? []).map((u) => u.text),
    buttons: (el) => qa<HTMLButtonElement>(el, '[part="read-aloud"]'),
  };
}
