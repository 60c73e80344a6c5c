/**
 * Small test helpers shared by core's tests and the prototype packages' tests (browser mode).
 * Not part of the published package: prototypes import them by relative path
 * (`../../../core/src/test/helpers.js`) until a private workspace package exists.
 *
 *   import { mount, cleanup, within, expectNoAxeViolations } from '…/core/src/test/helpers.js';
 *   afterEach(cleanup);
 *   const el = await mount('qd-quiz', (e) => (e.content = quizFixture));
 *   await within(el).getByRole('button', { name: 'Valider' }).click();
 */
import axe from 'axe-core';
import { vi } from 'vitest';
import { page, type Locator } from 'vitest/browser';
import type { SpeechLike } from '../text/read-aloud-controller.js';

const mounted = new Set<Element>();

type Tag = keyof HTMLElementTagNameMap;
type Updatable = Element & { updateComplete?: Promise<unknown> };

/**
 * Creates `tag`, lets `setup` set properties/attributes/children before it is connected,
 * appends it to `parent` (default `document.body`) and waits for its first render.
 */
export async function mount<K extends Tag>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void = () => {},
  parent: ParentNode = document.body,
): Promise<HTMLElementTagNameMap[K]> {
  if (tag.includes('-') && !customElements.get(tag))
    throw new Error(`mount: <${tag}> is not defined (import its define module)`);
  const el = document.createElement(tag);
  setup(el);
  parent.append(el);
  mounted.add(el);
  await settle(el);
  return el;
}

/** Mounts an HTML snippet (e.g. an element with an inline JSON child); returns its first element. */
export async function mountHtml<E extends Element = HTMLElement>(
  markup: string,
  parent: ParentNode = document.body,
): Promise<E> {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const el = template.content.firstElementChild as E | null;
  if (!el) throw new Error('mountHtml: empty markup');
  parent.append(el);
  mounted.add(el);
  await settle(el);
  return el;
}

/** Waits until the element (a Lit element, or any element) has rendered pending changes. */
export async function settle(el: Element): Promise<void> {
  const u = el as Updatable;
  // A render can request another (e.g. content state changed in willUpdate): wait until quiet.
  for (let i = 0; i < 5; i++) {
    const done = await (u.updateComplete ?? Promise.resolve(true));
    if (done !== false) return;
  }
}

const pageLang = document.documentElement.getAttribute('lang');

/**
 * Sets (or removes, with `null`) the page's `lang`. The test runner's page says `lang="en"`: call
 * `setPageLang('fr')` in `beforeEach` to test what a French page shows. `cleanup()` restores it.
 */
export function setPageLang(lang: string | null): void {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
}

/** Removes every mounted element and restores the page's `lang` (use as `afterEach(cleanup)`). */
export function cleanup(): void {
  for (const el of mounted) el.remove();
  mounted.clear();
  setPageLang(pageLang);
}

/** A locator scoped to `el` (its shadow DOM included): query by role and accessible name. */
export function within(el: Element): Locator {
  return page.elementLocator(el);
}

/** The shadow root of a Lit element, asserted present. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no open shadow root`);
  return el.shadowRoot;
}

/** Visible text of the element's shadow DOM, whitespace collapsed. */
export function textOf(el: Element | ShadowRoot): string {
  const root = el instanceof Element && el.shadowRoot ? el.shadowRoot : el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The focused element, looking inside shadow roots (`document.activeElement` stops at the host). */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// --- accessibility ----------------------------------------------------------------------------

/** WCAG 2.2 A/AA rules (the kit's target). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on `el`, shadow DOM included; returns the violations (empty = none). */
export async function axeViolations(
  el: Element,
  options: axe.RunOptions = {},
): Promise<axe.Result[]> {
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations;
}

/** Fails with a readable list (rule, impact, target, help) when axe finds a violation. */
export async function expectNoAxeViolations(
  el: Element,
  options: axe.RunOptions = {},
): Promise<void> {
  const violations = await axeViolations(el, options);
  if (violations.length > 0) {
    const lines = violations.flatMap((v) => [
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
      ...v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    ]);
    throw new Error(`axe found ${violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

// --- network ----------------------------------------------------------------------------------

export interface PendingRequest {
  url: string;
  init: RequestInit | undefined;
  /** Answers with a JSON body (object → stringified; string sent as is). */
  respond(body: unknown, status?: number): void;
  /** Fails like a network error (`TypeError: Failed to fetch`). */
  fail(): void;
  /** Whether the caller aborted this request. */
  readonly aborted: boolean;
}

export interface FetchStub {
  /** Requests in the order they were made. */
  readonly requests: PendingRequest[];
  /** The last request (throws if none). */
  last(): PendingRequest;
  restore(): void;
}

/**
 * Replaces `window.fetch` with a stub whose responses the test sends when it chooses, so slow and
 * out-of-order responses can be played. `honourAbort: false` plays a server (or fetch polyfill)
 * whose answer still arrives after the request was aborted.
 */
export function stubFetch({ honourAbort = true }: { honourAbort?: boolean } = {}): FetchStub {
  const requests: PendingRequest[] = [];
  const spy = vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    return new Promise<Response>((resolve, reject) => {
      const url = input instanceof Request ? input.url : String(input);
      const signal = init?.signal ?? undefined;
      const req: PendingRequest = {
        url,
        init,
        respond(body, status = 200) {
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          resolve(
            new Response(status === 204 ? null : text, {
              status,
              headers: { 'Content-Type': 'application/json' },
            }),
          );
        },
        fail() {
          reject(new TypeError('Failed to fetch'));
        },
        get aborted() {
          return signal?.aborted ?? false;
        },
      };
      if (honourAbort)
        signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      requests.push(req);
    });
  });
  return {
    requests,
    last() {
      const r = requests[requests.length - 1];
      if (!r) throw new Error('no fetch request was made');
      return r;
    },
    restore: () => spy.mockRestore(),
  };
}

/** One macrotask (not a timer, so it also works under `vi.useFakeTimers()`). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Lets pending promise callbacks and tasks (a resolved fetch, `res.text()`) run. */
export async function flushPromises(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await nextTask();
}

/** Waits until a content element has finished loading (any state but `loading`), then renders. */
export async function loaded(el: Element & { contentStatus: string }): Promise<void> {
  await vi.waitFor(() => {
    if (el.contentStatus === 'loading') throw new Error(`${el.localName} is still loading`);
  });
  await settle(el);
}

// --- speech -----------------------------------------------------------------------------------

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
