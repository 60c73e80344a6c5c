/**
 * What the guide's and the agreement's tests add to the kit's shared test helpers
 * (@quartiers-douai/kit-scripts/testing): `settle` also waits for the agreement's code (a part of
 * the bundle, fetched once per test file, ADR 0016), and `cleanup` empties the device's storage.
 * pact-on-demand.test.ts does not import this file: it tests that very wait.
 */
import {
  click,
  mount,
  norm,
  onCleanup,
  onSettle,
  qa,
  settle,
  text,
  tick,
  type,
} from '@quartiers-douai/kit-scripts/testing';
import type { QdParentalGuide } from '../index.js';
import { samples } from '../fixtures.js';
import { definePact } from '../define.js';

onSettle(() => definePact());
onCleanup(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** The agreement inside the guide's shadow root, or the element itself. */
export const pactOf = (el: Element): Element =>
  el.shadowRoot!.querySelector('qd-screen-pact') ?? el;

/** Mounts a guide (the sample library by default). */
export const guide = (
  content: unknown = samples.library,
  attrs: Record<string, string> = {},
  setup?: (el: QdParentalGuide) => void,
  parent?: HTMLElement,
) => mount('qd-parental-guide', content, attrs, setup, parent);

export interface Family {
  children?: Array<[name: string, age: string]>;
  devices?: string[];
  concerns?: string[];
}

/** Answers the three questions as a parent would (click), then opens the guide. */
export async function answer(
  el: QdParentalGuide,
  { children = [['', '9 à 11 ans']], devices = [], concerns = [] }: Family,
): Promise<void> {
  await click(el, 'Commencer');
  for (const [i, [name, age]] of children.entries()) {
    if (i > 0) await click(el, '+ Ajouter un enfant');
    const fs = qa(el, 'fieldset.qd-child')[i]!;
    if (name) await type(el, fs.querySelector('input[type="text"]')!, name);
    if (age) {
      const label = [...fs.querySelectorAll('label')].find(
        (l) => norm(l.textContent) === age || norm(l.textContent).startsWith(`${age} `),
      );
      if (!label) throw new Error(`no age "${age}"`);
      (label.control as HTMLInputElement).click();
      await settle(el);
    }
  }
  await click(el, 'Suivant');
  for (const d of devices) await tick(el, d);
  await click(el, 'Suivant');
  for (const c of concerns) await tick(el, c);
  await click(el, 'Voir mon guide');
}

/** Titles of the guides shown for each child. */
export const titles = (el: Element) =>
  qa(el, '.qd-child-guide').map((s) =>
    [...s.querySelectorAll('.qd-card h4')].map((h) => norm(h.textContent)),
  );
export const helpText = (el: Element) => text(el, '[part="help"]');
export const links = (el: Element, sel = '') =>
  qa<HTMLAnchorElement>(el, `${sel} a`).map((a) => a.getAttribute('href'));
