import type { Decorator } from '@storybook/web-components-vite';
import { TOKENS, dirOf, toLocale } from '@quartiers-douai/core';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';

/** Toolbar "Langue": the UI language of the components (French first). */
export const LANGUAGES = [
  { value: 'fr', title: 'Français', right: 'fr' },
  { value: 'en', title: 'English', right: 'en' },
  { value: 'ar', title: 'العربية (de droite à gauche)', right: 'ar' },
] as const;

/** Toolbar "Couleurs": follow the device, or force the kit's light or dark tokens, or a centre's colours. */
export const SCHEMES = [
  { value: 'auto', title: 'Selon l’appareil' },
  { value: 'light', title: 'Clair' },
  { value: 'dark', title: 'Sombre' },
  { value: 'centre', title: 'Couleurs d’un centre (exemple)' },
] as const;
export type Scheme = (typeof SCHEMES)[number]['value'];

/** A centre's own colours, as a page would set them (see the "Thème" page). */
export const CENTRE_THEME: Record<string, string> = {
  '--qd-color-primary': '#7a1f5c',
  '--qd-color-focus': '#7a1f5c',
  '--qd-color-surface': '#f8f0f5',
  '--qd-radius': '1rem',
};

/** The `--qd-*` declarations a page would write for a scheme (from core's TOKENS, never copied). */
export function schemeStyles(scheme: Scheme): Record<string, string> {
  if (scheme === 'auto') return {};
  const base: Record<string, string> = {};
  const side = scheme === 'dark' ? 'dark' : 'light';
  for (const [name, token] of Object.entries(TOKENS)) base[name] = token[side];
  const extra = scheme === 'centre' ? CENTRE_THEME : {};
  return {
    ...base,
    ...extra,
    'color-scheme': side,
    background: base['--qd-color-bg'] ?? '',
    color: base['--qd-color-text'] ?? '',
  };
}

/**
 * Wraps every story in its "page": `lang` and `dir` from the "Langue" toolbar (components read the
 * closest `lang`, so they switch their UI and Arabic goes right-to-left), and the colour tokens of the
 * "Couleurs" toolbar. Keyed on both, so the elements are created again in the new language.
 */
export const withLangAndScheme: Decorator = (story, context) => {
  const locale = toLocale(String(context.globals['lang'] ?? 'fr'));
  const scheme = (context.globals['scheme'] ?? 'auto') as Scheme;
  return html`${keyed(
    `${locale}|${scheme}`,
    html`<div
      class="qd-sb-root"
      lang=${locale}
      dir=${dirOf(locale)}
      data-scheme=${scheme}
      style=${styleMap({ padding: '1rem', ...schemeStyles(scheme) })}
    >
      ${story()}
    </div>`,
  )}`;
};
