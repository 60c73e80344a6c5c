/**
 * Test helpers of this package (browser mode), in the kit's style: mount, wait, query the shadow
 * DOM as a person perceives it, axe, media emulation. Not exported by the package.
 */
import { button, root } from '@quartiers-douai/kit-scripts/testing';
import './define.js';
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

type Tag = 'qd-agenda' | 'qd-event-card';
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

export const focused = (el: Element): Element | null => root(el).activeElement;

export async function click(el: HTMLElement, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

/** Changes a form control as a person would (value, then a `change` event). */
export async function choose(
  el: HTMLElement,
  selector: string,
  value: string | boolean,
): Promise<void> {
  const c = root(el).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (typeof value === 'boolean') (c as HTMLInputElement).checked = value;
  else c.value = value;
  c.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}
