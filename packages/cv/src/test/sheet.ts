/** The preview's CV sheet inside an element (the builder's live preview, or the preview itself). */
export function sheet(el: HTMLElement): HTMLElement | null {
  const preview =
    el.localName === 'qd-cv-preview' ? el : el.shadowRoot?.querySelector('qd-cv-preview');
  return preview?.shadowRoot?.querySelector<HTMLElement>('[part="cv"]') ?? null;
}
