import { css } from 'lit';

/**
 * The kit's design tokens. A page themes every prototype by setting `--qd-*` custom properties on
 * any ancestor (e.g. `body { --qd-color-primary: #7a1f5c; }`). Elements never declare `--qd-*`
 * themselves (that would block inheritance): they read them, with these defaults, into private
 * `--_*` properties on their inner `.qd-root`.
 *
 * Every default colour pair meets WCAG AA (4.5:1 for text, 3:1 for borders and focus) in light and
 * dark schemes; in forced-colors mode system colours take over.
 */
export const TOKENS = {
  '--qd-color-primary': {
    light: '#0b57d0',
    dark: '#a8c7fa',
    doc: 'Boutons principaux, liens, progression',
  },
  '--qd-color-on-primary': {
    light: '#ffffff',
    dark: '#062e6f',
    doc: 'Texte sur la couleur principale',
  },
  '--qd-color-text': { light: '#1b1b1f', dark: '#e6e6ea', doc: 'Texte courant' },
  '--qd-color-muted': {
    light: '#4f5359',
    dark: '#c2c6cc',
    doc: 'Texte secondaire (≥ 4,5:1 sur le fond)',
  },
  '--qd-color-bg': { light: '#ffffff', dark: '#16181c', doc: 'Fond des composants' },
  '--qd-color-surface': { light: '#f1f4f9', dark: '#23262b', doc: 'Fond des cartes et encadrés' },
  '--qd-color-border': {
    light: '#74777f',
    dark: '#8e9099',
    doc: 'Bordures des champs et cartes (≥ 3:1)',
  },
  '--qd-color-success': { light: '#146c2e', dark: '#7fdc99', doc: 'Bonne réponse, réussite' },
  '--qd-color-danger': { light: '#b3261e', dark: '#ffb4ab', doc: 'Erreur, mauvaise réponse' },
  '--qd-color-warning': { light: '#7a4b00', dark: '#ffd08a', doc: 'Avertissement' },
  '--qd-color-focus': { light: '#0b57d0', dark: '#a8c7fa', doc: 'Anneau de focus clavier' },
  '--qd-radius': { light: '0.5rem', dark: '0.5rem', doc: 'Arrondi des boutons et cartes' },
  '--qd-space': {
    light: '0.5rem',
    dark: '0.5rem',
    doc: "Unité d'espacement (multipliée par 1, 2, 3, 4)",
  },
  '--qd-font-size': {
    light: '1rem',
    dark: '1rem',
    doc: 'Taille du texte courant (les titres en dérivent)',
  },
  '--qd-font-family': {
    light:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif',
    dark: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif',
    doc: 'Polices système uniquement (aucune police web)',
  },
  '--qd-target-size': {
    light: '2.75rem',
    dark: '2.75rem',
    doc: 'Hauteur minimale des cibles tactiles (≥ 24 px exigés, 44 px visés)',
  },
} as const;

export type TokenName = keyof typeof TOKENS;

/**
 * Shared base styles: tokens → private properties (light and dark defaults), typography, buttons,
 * panels, notices, focus rings, target size, reduced motion, forced colours, print. Written
 * compactly on purpose: every byte here is in every prototype's CDN bundle.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  .qd-root {
    --_primary: var(--qd-color-primary, #0b57d0);
    --_on-primary: var(--qd-color-on-primary, #fff);
    --_text: var(--qd-color-text, #1b1b1f);
    --_muted: var(--qd-color-muted, #4f5359);
    --_bg: var(--qd-color-bg, #fff);
    --_surface: var(--qd-color-surface, #f1f4f9);
    --_border: var(--qd-color-border, #74777f);
    --_success: var(--qd-color-success, #146c2e);
    --_danger: var(--qd-color-danger, #b3261e);
    --_focus: var(--qd-color-focus, #0b57d0);
    --_radius: var(--qd-radius, 0.5rem);
    --_space: var(--qd-space, 0.5rem);
    --_font-size: var(--qd-font-size, 1rem);
    --_target: var(--qd-target-size, 2.75rem);
    box-sizing: border-box;
    font: 400 var(--_font-size) / 1.5
      var(
        --qd-font-family,
        system-ui,
        -apple-system,
        Segoe UI,
        Roboto,
        Noto Sans,
        Noto Sans Arabic,
        Tahoma,
        Arial,
        sans-serif
      );
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
    overflow-wrap: anywhere;
    max-width: 100%;
  }
  @media (prefers-color-scheme: dark) {
    .qd-root {
      --_primary: var(--qd-color-primary, #a8c7fa);
      --_on-primary: var(--qd-color-on-primary, #062e6f);
      --_text: var(--qd-color-text, #e6e6ea);
      --_muted: var(--qd-color-muted, #c2c6cc);
      --_bg: var(--qd-color-bg, #16181c);
      --_surface: var(--qd-color-surface, #23262b);
      --_border: var(--qd-color-border, #8e9099);
      --_success: var(--qd-color-success, #7fdc99);
      --_danger: var(--qd-color-danger, #ffb4ab);
      --_focus: var(--qd-color-focus, #a8c7fa);
      color-scheme: dark;
    }
  }
  .qd-root *,
  .qd-root ::before,
  .qd-root ::after {
    box-sizing: inherit;
  }
  .qd-root :where(h1, h2, h3, h4, p, ul, ol) {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .qd-root :where(h1, h2, h3, h4) {
    line-height: 1.25;
  }
  .qd-root :where(h2) {
    font-size: 1.5em;
  }
  .qd-root :where(h3) {
    font-size: 1.2em;
  }
  .qd-root :where(a) {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  .qd-root :where(img) {
    max-width: 100%;
    height: auto;
  }
  .qd-root :where(button, input, select, textarea) {
    font: inherit;
    color: inherit;
  }
  /* Headings focused by script (tabindex=-1) show the ring only when the keyboard is in use. */
  .qd-root :where([tabindex='-1']):focus {
    outline: none;
  }
  .qd-root :where(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .qd-file-button:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .qd-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-height: var(--_target);
    min-width: var(--_target);
    padding: var(--_space) calc(var(--_space) * 2.5);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_primary);
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
    text-decoration: none;
  }
  .qd-button:hover {
    text-decoration: underline;
  }
  .qd-button--primary,
  .qd-button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .qd-button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .qd-button svg {
    width: 1.25em;
    height: 1.25em;
    flex: none;
  }
  .qd-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-panel {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
  }
  .qd-panel--error {
    border-color: var(--_danger);
    border-inline-start-width: 0.5rem;
  }
  .qd-panel--error code {
    font-family:
      ui-monospace,
      Cascadia Mono,
      DejaVu Sans Mono,
      monospace;
    font-weight: 700;
  }
  .qd-notice {
    margin-block-end: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 0.375rem solid var(--_primary);
    background: var(--_surface);
  }
  .qd-notice--error {
    border-inline-start-color: var(--_danger);
  }
  .qd-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .qd-spinner {
    display: inline-block;
    width: 1.25em;
    height: 1.25em;
    border: 3px solid var(--_border);
    border-block-start-color: var(--_primary);
    border-radius: 50%;
    animation: qd-spin 1s linear infinite;
    vertical-align: middle;
  }
  @keyframes qd-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .qd-root *,
    .qd-root ::before,
    .qd-root ::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .qd-button,
    .qd-panel {
      border-color: ButtonText;
    }
    .qd-button--primary,
    .qd-button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .qd-root :where(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .qd-root {
      color: #000;
      background: #fff;
    }
    .qd-no-print {
      display: none !important;
    }
  }
`;
