/**
 * Where an element that collects (a poll's ballots, an audience vote, a centre's counts) puts what
 * a resident gives, when neither a server (`action`) nor the device keeps it: the page says so in
 * its markup with `collect`. Nothing is thanked and dropped (docs/decisions/0018):
 * - `collect="event"`: the page takes each answer itself from the element's event, and says it did
 *   with `event.preventDefault()`; an answer nobody took is not thanked, it stays on screen;
 * - `collect="demo"`: a demonstration, which says on screen that nothing is kept.
 * With no destination at all, the element shows its author what to add instead of itself
 * (`noDestinationPanel`, loaded only then).
 */
export type CollectMode = 'event' | 'demo';

/** The `collect` attribute's value, if it is one the kit knows. */
export function collectMode(value: unknown): CollectMode | undefined {
  return value === 'event' || value === 'demo' ? value : undefined;
}

/**
 * Hands `detail` to the page as a cancelable event that bubbles out of the shadow root; true
 * when a listener took it (`event.preventDefault()`).
 */
export function handOver<D>(el: HTMLElement, type: string, detail: D): boolean {
  return !el.dispatchEvent(
    new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}
