/**
 * Test helpers of this package (browser mode), in the kit's style: mount, wait, query the shadow
 * DOM as a person perceives it (buttons by their visible name), axe, media emulation.
 * Not exported by the package.
 */
import { button, root } from '@quartiers-douai/kit-scripts/testing';
import { eraseAllKitData } from '@quartiers-douai/core';
import './define.js';
import './define-jury.js';
import './define-audience-vote.js';
import { clone } from './fixtures.js';

export {
  axeViolations,
  button,
  emulate,
  norm,
  parseCsv,
  q,
  qa,
  root,
  text,
} from '@quartiers-douai/kit-scripts/testing';

type Tag = 'qd-film-gallery' | 'qd-jury-grid' | 'qd-jury-results' | 'qd-audience-vote';
type El<T extends Tag> = HTMLElementTagNameMap[T];

const mounted: HTMLElement[] = [];

export async function mount<T extends Tag>(
  tag: T,
  content: unknown,
  attrs: Record<string, string> = {},
  setup?: (el: El<T>) => void,
): Promise<El<T>> {
  const el = document.createElement(tag) as El<T>;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content != null) el.content = clone(content);
  setup?.(el);
  document.body.append(el);
  mounted.push(el);
  await settle(el);
  return el;
}

export async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

export function cleanup(): void {
  mounted.splice(0).forEach((e) => e.remove());
  eraseAllKitData({ centre: true });
}

/** The focused element inside the element's shadow root. */
export const focused = (el: Element): Element | null => root(el).activeElement;

export async function click(el: HTMLElement, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

/** Collects an event's details. */
export function events<T>(el: Element, name: string): T[] {
  const out: T[] = [];
  el.addEventListener(name, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}

/** Waits until `ok()` (media events come in their own time); fails after `ms`. */
export async function until(ok: () => boolean, why: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`still waiting: ${why}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The XSS payloads the kit's gate uses, a few of them. */
export const PAYLOADS = [
  '<img src=x onerror="window.__qdXss=1">',
  '<script>window.__qdXss=1</script>',
  '"><svg onload="window.__qdXss=1">',
  'javascript:window.__qdXss=1',
  '{{constructor.constructor("window.__qdXss=1")()}}',
];

/** Elements of the shadow tree that are not allowed to come from content. */
export function foreignElements(el: Element, allowed: string[]): string[] {
  return [...root(el).querySelectorAll('*')]
    .map((e) => e.localName)
    .filter((t) => !allowed.includes(t));
}
