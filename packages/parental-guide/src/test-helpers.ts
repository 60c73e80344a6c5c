/**
 * Test helpers of this package (browser mode), in the quiz's style: mount, wait, query the shadow
 * DOM as a user perceives it (buttons and fields by their visible name), axe, print media.
 * Not exported by the package.
 */
import { commands } from 'vitest/browser';
import { button, norm, qa, root } from '@quartiers-douai/kit-scripts/testing';
import { definePact } from './define.js';
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

type Tag = 'qd-parental-guide' | 'qd-screen-pact';
type El<T extends Tag> = HTMLElementTagNameMap[T];

const mounted: HTMLElement[] = [];

export async function mount<T extends Tag>(
  tag: T,
  content: unknown,
  attrs: Record<string, string> = {},
  setup?: (el: El<T>) => void,
  parent: HTMLElement = document.body,
): Promise<El<T>> {
  const el = document.createElement(tag) as El<T>;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (content != null) el.content = clone(content);
  setup?.(el);
  parent.append(el);
  mounted.push(el);
  // Its code may come later (the agreement is a part of the bundle, ADR 0016), as on a page.
  await customElements.whenDefined(tag);
  await settle(el);
  return el;
}

/** Waits until the element (and a nested agreement) has rendered. */
export async function settle(
  el: HTMLElement & { updateComplete?: Promise<unknown> },
): Promise<void> {
  // "Faire notre pacte familial" waits for the agreement's code (fetched once per test file).
  await definePact();
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    const inner = el.shadowRoot?.querySelector('qd-screen-pact');
    if (inner) await inner.updateComplete;
  }
}

export function cleanup(): void {
  mounted.splice(0).forEach((e) => e.remove());
  localStorage.clear();
  sessionStorage.clear();
}

/** The agreement inside the guide's shadow root, or the element itself. */
export const pactOf = (el: Element): Element =>
  el.shadowRoot!.querySelector('qd-screen-pact') ?? el;
export const focused = (el: Element): Element | null => {
  let active: Element | null = root(el).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

export async function click(el: HTMLElement, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

/** The form control whose label (or `aria-describedby` text) contains `label`. */
export function control(el: Element, label: string): HTMLInputElement {
  const labels = qa<HTMLLabelElement>(el, 'label');
  const l =
    labels.find((x) => norm(x.textContent) === label) ??
    labels.find((x) => norm(x.textContent).includes(label));
  const input = (l?.control ?? null) as HTMLInputElement | null;
  if (!input)
    throw new Error(
      `no field labelled "${label}" among: ${labels.map((x) => norm(x.textContent)).join(' | ')}`,
    );
  return input;
}

/** Ticks (or unticks) the choice labelled `label`, as a click would. */
export async function tick(el: HTMLElement, label: string, host: HTMLElement = el): Promise<void> {
  control(el, label).click();
  await settle(host);
}

export async function type(
  el: HTMLElement,
  input: HTMLInputElement | HTMLTextAreaElement,
  value: string,
  host: HTMLElement = el,
): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(host);
}

/** Prints (media="print") until `screen()` is called. */
export async function printMedia(on: boolean): Promise<void> {
  await commands.emulateMedia({ media: on ? 'print' : null });
}
