/**
 * Printing a CV from inside a shadow root, the same on Chromium and Firefox: the CV is copied into
 * a `<qd-cv-preview>` appended to `<body>` (light DOM, where a page-level print sheet can reach it),
 * and a constructed style sheet — no inline `<style>`, so strict CSP pages work — sets the A4 page
 * and hides everything else of the page in print. Undone after printing.
 */
import type { Cv, CvTemplate } from './schema.js';

export const PRINT_ROOT_ID = 'qd-cv-print-root';

/** A4 with margins for any printer; only the CV is printed. */
export const PRINT_PAGE_CSS = `@page { size: A4; margin: 14mm 15mm; }
@media screen { #${PRINT_ROOT_ID} { display: none !important; } }
@media print {
  html, body { background: #fff !important; margin: 0 !important; padding: 0 !important; height: auto !important; min-height: 0 !important; overflow: visible !important; }
  body > :not(#${PRINT_ROOT_ID}) { display: none !important; }
  #${PRINT_ROOT_ID} { display: block !important; }
}`;

let sheet: CSSStyleSheet | undefined;

/** Puts the CV where print CSS can reach it. Returns the printed element. */
export function mountPrint(
  cv: Cv,
  options: { template?: CvTemplate | undefined; accent?: string | undefined },
): HTMLElement {
  unmountPrint();
  const root = document.createElement('div');
  root.id = PRINT_ROOT_ID;
  const preview = document.createElement('qd-cv-preview');
  if (options.template) preview.template = options.template;
  if (options.accent) preview.accent = options.accent;
  preview.content = cv;
  root.append(preview);
  document.body.append(root);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PRINT_PAGE_CSS);
  }
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.addEventListener('afterprint', unmountPrint, { once: true });
  return root;
}

/** Back to the page as it was. */
export function unmountPrint(): void {
  document.getElementById(PRINT_ROOT_ID)?.remove();
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}
