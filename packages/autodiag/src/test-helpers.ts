/**
 * Test helpers of this package (browser mode), in the kit's style: mount, wait, query the shadow
 * DOM as a person perceives it (buttons by their visible name), axe, media emulation.
 * Not exported by the package.
 */
import { button, root } from '@quartiers-douai/kit-scripts/testing';
import './define.js';
import { clone } from './fixtures.js';
import type { QdAutodiag } from './autodiag/autodiag.js';

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

const mounted: HTMLElement[] = [];

export async function mount(
  content: unknown,
  attrs: Record<string, string> = {},
): Promise<QdAutodiag> {
  const el = document.createElement('qd-autodiag');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content != null) el.content = clone(content);
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
