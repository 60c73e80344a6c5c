/**
 * Styles of an element without a shadow root of its own (a part of a bundle rendered in its
 * element's shadow root: the poll's later screens, the staff panel), added to that shadow root.
 */
import type { CSSResult } from 'lit';

/**
 * Adds `styles` to the shadow root `node` is in, once: a constructed style sheet, or a `<style>`
 * where the browser has none (as Lit does). For elements without a shadow root of their own.
 */
export function adoptStylesInto(node: Node, styles: CSSResult): boolean {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return false;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (![...root.querySelectorAll('style')].some((s) => s.textContent === styles.cssText)) {
    const style = document.createElement('style');
    style.textContent = styles.cssText;
    root.append(style);
  }
  return true;
}
