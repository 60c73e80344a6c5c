/**
 * Test helpers of this package (browser mode), in the kit's style: mount, wait, query the shadow
 * DOM as a person perceives it (buttons by their visible name), axe, media emulation.
 * Not exported by the package.
 */
import { button, root } from '@quartiers-douai/kit-scripts/testing';
import './define.js';
import './define-library.js';
import { clone } from './fixtures.js';

export {
  axeViolations,
  button,
  emulate,
  norm,
  q,
  qa,
  root,
  text,
} from '@quartiers-douai/kit-scripts/testing';

type Tag = 'qd-tuto' | 'qd-tuto-library';
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
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

export function cleanup(): void {
  mounted.splice(0).forEach((e) => e.remove());
}

/** The focused element inside `el`'s shadow root (and nested ones). */
export const focused = (el: Element): Element | null => {
  let a: Element | null = root(el).activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

export async function click(el: HTMLElement, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

export function events<T>(el: Element, name: string): T[] {
  const out: T[] = [];
  el.addEventListener(name, (e) => out.push((e as CustomEvent<T>).detail));
  return out;
}
