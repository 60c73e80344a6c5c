/**
 * Guarded, idempotent define: loading a prototype twice (two bundles, or a bundle and the npm
 * package) never throws "already defined"; the first definition wins.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch (error) {
    // Another copy defined it in between (or the constructor was registered under another tag).
    if (!customElements.get(tag)) throw error;
  }
}

/**
 * An element whose code is a *part* of the bundle, fetched when a page needs it
 * (docs/decisions/0016). Returns the loader, to call before showing the element from a shadow
 * root (a parent element does that); the page itself is watched: as soon as a `<tag>` is in the
 * document (now or later), the part is fetched, and the element upgrades when it comes. Once
 * fetched, or once the tag is defined some other way, nothing is watched any more. A failed fetch
 * can be tried again (the loader rejects; the next call fetches anew).
 */
export function defineOnDemand(tag: string, load: () => Promise<unknown>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  const go = (): Promise<void> =>
    customElements.get(tag)
      ? Promise.resolve()
      : (loading ??= load().then(
          () => undefined,
          (error: unknown) => {
            loading = undefined;
            throw error;
          },
        ));
  if (typeof document === 'undefined' || customElements.get(tag)) return go;
  const found = document.getElementsByTagName(tag);
  const seen = (): boolean => found.length > 0;
  const watch = new MutationObserver(() => {
    if (customElements.get(tag)) watch.disconnect();
    else if (seen()) {
      watch.disconnect();
      go().catch(() => undefined);
    }
  });
  if (seen()) go().catch(() => undefined);
  else watch.observe(document, { childList: true, subtree: true });
  return go;
}
