/**
 * Printing a CV from inside a shadow root, the same on Chromium and Firefox, through core's
 * `PrintController`: while printing, the CV is copied into a `<qd-cv-preview>` appended to
 * `<body>` (light DOM, where the page's print CSS can reach it), and the page CSS — a constructed
 * style sheet, so strict CSP pages work — sets the A4 page and hides everything else of the page in
 * print. Undone after printing.
 */
import type { ReactiveControllerHost } from 'lit';
import { PrintController } from '@quartiers-douai/core';
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

/** The CV to print, in its template and accent colour. */
export interface CvPrint {
  cv: Cv;
  template?: CvTemplate | undefined;
  accent?: string | undefined;
}

/** Puts the CV where print CSS can reach it; resolves once it has rendered. */
function mountPrint({ cv, template, accent }: CvPrint): Promise<unknown> {
  unmountPrint();
  const root = document.createElement('div');
  root.id = PRINT_ROOT_ID;
  const preview = document.createElement('qd-cv-preview');
  if (template) preview.template = template;
  if (accent) preview.accent = accent;
  preview.content = cv;
  root.append(preview);
  document.body.append(root);
  return preview.updateComplete;
}

/** Back to the page as it was. */
function unmountPrint(): void {
  document.getElementById(PRINT_ROOT_ID)?.remove();
}

/**
 * The printer of an element that prints a CV alone on A4. `what` says, when printing starts, which
 * CV — or nothing (`undefined`): then the page prints as it is. `started` and `ended` are called
 * when a CV is printed, and once printing has ended.
 */
export function cvPrinter(
  host: ReactiveControllerHost & HTMLElement,
  what: () => CvPrint | undefined,
  { started, ended }: { started?: () => void; ended?: () => void } = {},
): PrintController {
  return new PrintController(host, {
    // read when printing starts: no page rules when there is no CV to print
    get page() {
      return what() ? PRINT_PAGE_CSS : undefined;
    },
    start: () => {
      const printed = what();
      if (!printed) return undefined;
      started?.();
      return mountPrint(printed);
    },
    end: () => {
      unmountPrint();
      ended?.();
    },
  });
}
