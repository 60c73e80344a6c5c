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
