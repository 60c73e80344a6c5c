/**
 * Reading an element's shadow DOM as a person perceives it: text with white space folded, buttons
 * and fields by their visible name, the focused element through nested shadow roots.
 */
import { page, type Locator } from 'vitest/browser';

/** The element's open shadow root (asserted by the `!`: every kit element has one). */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The shadow root, with a clear error when there is none. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no open shadow root`);
  return el.shadowRoot;
}

export const q = <E extends Element = HTMLElement>(el: Element, sel: string): E | null =>
  root(el).querySelector<E>(sel);

export const qa = <E extends Element = HTMLElement>(el: Element, sel: string): E[] => [
  ...root(el).querySelectorAll<E>(sel),
];

/** White space folded, ends trimmed; `null` and `undefined` give ''. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of `sel` in the element's shadow root (by default the whole `.qd-root`). */
export const text = (el: Element, sel = '.qd-root'): string => norm(q(el, sel)?.textContent);

/**
 * The text of a node: of its shadow root for an element that has one, else its own text.
 * `null` and `undefined` give '' (as `textOf(q(el, '#x'))` reads).
 */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const from = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return norm(from.textContent);
}

/** The visible text without what is hidden from assistive technologies (icons, `aria-hidden`). */
export function visibleName(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
  return norm(copy.textContent);
}

const matches = (name: string | RegExp, value: string) =>
  typeof name === 'string' ? value === name : name.test(value);

/**
 * The button named `name` (exact text, or a pattern): its visible text without the parts hidden
 * from assistive technologies, or else its whole text. Fails with the buttons there are.
 */
export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const all = qa<HTMLButtonElement>(el, 'button');
  const b =
    all.find((x) => matches(name, visibleName(x))) ??
    all.find((x) => matches(name, norm(x.textContent)));
  if (!b)
    throw new Error(`no button "${name}" among: ${all.map((x) => visibleName(x)).join(' | ')}`);
  return b;
}

/**
 * The form control of the label whose text is `label` (the `nth` of them), or else of the first
 * label that contains it. Fails with the labels there are.
 */
export function field<E extends HTMLElement = HTMLInputElement>(
  el: Element,
  label: string,
  nth = 0,
): E {
  const labels = qa<HTMLLabelElement>(el, 'label');
  const exact = labels.filter((l) => norm(l.textContent) === label);
  const l =
    exact.length > 0
      ? exact[nth]
      : nth === 0
        ? labels.find((x) => norm(x.textContent).includes(label))
        : undefined;
  const control = (l?.control ?? null) as E | null;
  if (!control)
    throw new Error(
      `no field labelled "${label}"${nth ? ` (n° ${nth})` : ''} among: ${labels.map((x) => norm(x.textContent)).join(' | ')}`,
    );
  return control;
}

/** The focused element, looking inside shadow roots (`document.activeElement` stops at the host). */
export function deepActiveElement(from: DocumentOrShadowRoot = document): Element | null {
  let active = from.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element inside the element's shadow root (and the shadow roots nested in it). */
export const focused = (el: Element): HTMLElement | null =>
  deepActiveElement(root(el)) as HTMLElement | null;

/** A locator scoped to `el` (its shadow DOM included): query by role and accessible name. */
export function within(el: Element): Locator {
  return page.elementLocator(el);
}
