/**
 * Hostile texts for the tests of the elements the XSS gate does not drive (tools/quality gate 3
 * drives each package's main element and its `extras`, with the whole corpus in every field).
 */
import { root } from './dom.js';

/** A few of the gate's payloads (tools/quality/src/payloads.ts); each sets `window.__qdXss` if it runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__qdXss=1">',
  '<script>window.__qdXss=1</script>',
  '"><svg onload="window.__qdXss=1">',
  'javascript:window.__qdXss=1',
  '{{constructor.constructor("window.__qdXss=1")()}}',
];

/** The elements of the shadow tree that are not in `allowed` (content must never add any). */
export function foreignElements(el: Element, allowed: string[]): string[] {
  return [...root(el).querySelectorAll('*')]
    .map((e) => e.localName)
    .filter((t) => !allowed.includes(t));
}
