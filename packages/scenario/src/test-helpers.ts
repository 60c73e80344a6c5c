/**
 * Test helpers of this package (browser mode), in the kit's style: mount, wait, query the shadow
 * DOM as a person perceives it (buttons by their visible name), axe, media emulation.
 * Not exported by the package.
 */
import axe from 'axe-core';
import { commands } from 'vitest/browser';
import './define.js';
import { clone } from './fixtures.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: {
      media?: 'print' | 'screen' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
    }) => Promise<void>;
  }
}

type Tag = 'qd-scenario' | 'qd-scenario-debrief';
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

export const root = (el: Element): ShadowRoot => el.shadowRoot!;
export const q = <E extends Element = HTMLElement>(el: Element, sel: string): E | null =>
  root(el).querySelector<E>(sel);
export const qa = <E extends Element = HTMLElement>(el: Element, sel: string): E[] => [
  ...root(el).querySelectorAll<E>(sel),
];
export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const text = (el: Element, sel = '.qd-root') => norm(q(el, sel)?.textContent);
export const focused = (el: Element): Element | null => root(el).activeElement;

export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const all = qa<HTMLButtonElement>(el, 'button');
  const b = all.find((x) =>
    typeof name === 'string' ? norm(x.textContent) === name : name.test(norm(x.textContent)),
  );
  if (!b)
    throw new Error(
      `no button "${name}" among: ${all.map((x) => norm(x.textContent)).join(' | ')}`,
    );
  return b;
}

export async function click(el: HTMLElement, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

export async function axeViolations(el: Element): Promise<string[]> {
  const r = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export const emulate = (options: Parameters<typeof commands.emulateMedia>[0]) =>
  commands.emulateMedia(options);
