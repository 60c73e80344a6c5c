/**
 * Test helpers shared by the prototypes' browser tests: query a shadow DOM as a person perceives
 * it (buttons by their visible name, text with white space folded), axe on WCAG 2.2 A/AA, and the
 * kit's `emulateMedia` command (vitest.shared.mjs) typed. Mounting and waiting stay in each
 * package: what "rendered" means depends on its elements (a guide waits for its nested pact).
 */
import axe from 'axe-core';
import { commands } from 'vitest/browser';

// The CSV reader of the export tests (core's writer, the poll's, the autodiag's, the festival's).
export { parseCsv } from './parse-csv.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: {
      media?: 'print' | 'screen' | null;
      forcedColors?: 'active' | 'none' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
    }) => Promise<void>;
  }
}

export const root = (el: Element): ShadowRoot => el.shadowRoot!;
export const q = <E extends Element = HTMLElement>(el: Element, sel: string): E | null =>
  root(el).querySelector<E>(sel);
export const qa = <E extends Element = HTMLElement>(el: Element, sel: string): E[] => [
  ...root(el).querySelectorAll<E>(sel),
];
export const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const text = (el: Element, sel = '.qd-root') => norm(q(el, sel)?.textContent);

/** The button whose visible text is `name` (or matches it); fails with the buttons there are. */
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

/** axe's violations (WCAG 2.0–2.2, A and AA) inside `el`, as `rule: targets` lines. */
export async function axeViolations(el: Element): Promise<string[]> {
  const r = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Print media, reduced motion, forced colours… (`null` resets). */
export async function emulate(options: Parameters<typeof commands.emulateMedia>[0]): Promise<void> {
  await commands.emulateMedia(options);
}
