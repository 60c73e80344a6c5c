/**
 * The built-in pictograms of the areas (`icon` in the content names one of them: content never
 * carries SVG markup). Simple line drawings on a 24×24 grid, drawn with `currentColor` so they
 * follow the theme, dark mode and forced colours. Always decorative (`aria-hidden`): the area's
 * name is written beside them.
 */
import { svg, html, type TemplateResult } from 'lit';
import type { IconId } from './schema.js';

const paths: Record<IconId, ReturnType<typeof svg>> = {
  // a magnifying glass over a page: looking for information
  information: svg`<path d="M5 3h9l4 4v5"/><path d="M5 3v18h7"/><circle cx="16.5" cy="16.5" r="3.5"/><path d="m19 19 3 3"/>`,
  // two speech bubbles: talking with others
  communication: svg`<path d="M3 5h11v8H8l-3 3v-3H3z"/><path d="M17 9h4v8h-2v3l-3-3h-5v-2"/>`,
  // a pencil on a sheet: making content
  creation: svg`<path d="M4 20h16"/><path d="m6 16 10-10 3 3-10 10H6z"/><path d="m14 8 3 3"/>`,
  // a shield with a tick: staying safe
  securite: svg`<path d="M12 2 4 5v6c0 5 3.5 9 8 11 4.5-2 8-6 8-11V5z"/><path d="m8.5 12 2.5 2.5 4.5-5"/>`,
  // a wrench: fixing a problem
  problemes: svg`<path d="M14.5 3.5a4.5 4.5 0 0 0-4 6.2L3 17.2V21h3.8l7.5-7.5a4.5 4.5 0 0 0 6.2-4l-3 1-2-2 1-3z"/>`,
  // a screen and a keyboard
  ordinateur: svg`<rect x="4" y="4" width="16" height="11" rx="1"/><path d="M2 20h20M9 15l-1 5M15 15l1 5"/>`,
  // a phone
  telephone: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  // an envelope
  courriel: svg`<rect x="3" y="5" width="18" height="14" rx="1"/><path d="m3 6 9 7 9-7"/>`,
  // a form with lines and a tick
  demarches: svg`<path d="M6 2h12v20H6z"/><path d="M9 7h6M9 11h6M9 15l2 2 4-4"/>`,
};

/** The pictogram `id`, decorative, at the size of its CSS box. */
export const icon = (id: IconId): TemplateResult =>
  html`<svg
    class="qd-icon"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths[id]}
  </svg>`;
