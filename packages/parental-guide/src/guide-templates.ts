/** Small templates and helpers shared by `<qd-parental-guide>` and `<qd-screen-pact>`. */
import { html, type TemplateResult } from 'lit';
import { dayOf } from './engine.js';
import type { GuideContent } from './schema.js';

/** A real form control with its visible label: `<label><input type="checkbox"> text</label>`. */
export function choice(
  type: 'checkbox' | 'radio',
  name: string,
  value: string,
  checked: boolean,
  label: unknown,
  onChange: (checked: boolean) => void,
): TemplateResult {
  return html`<label class="qd-choice"
    ><input
      type=${type}
      name=${name}
      .value=${value}
      .checked=${checked}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    /><span>${label}</span></label
  >`;
}

/** `https://www.allo119.gouv.fr/x` → `allo119.gouv.fr`: what a parent reads, says and types. */
export function hostOf(url: string): string {
  const u = new URL(url);
  return u.hostname ? u.hostname.replace(/^www\./, '') : u.pathname; // mailto:, tel:
}

/** `tel:` address of a number as written ("0 800 235 236"); `undefined` when it has no digit. */
export function telOf(phone: string | undefined): string | undefined {
  const digits = (phone ?? '').replace(/[^+0-9]/g, '');
  return /[0-9]/.test(digits) ? `tel:${digits}` : undefined;
}

/** A content day (`2026-03-01`) in words, in the UI language: "1 mars 2026". */
export const formatDay = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(dayOf(iso));

/** Today in words, in the UI language. */
export const formatToday = (locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

/** Whether the content offers easy-to-read variants (then the "Facile à lire" toggle shows). */
export function hasEasy(c: GuideContent): boolean {
  return (
    !!c.easyIntro ||
    [...c.guides, ...c.devices, ...c.ageGroups, ...c.pactRules, ...c.resources].some(
      (x) => !!x.easy,
    ) ||
    c.guides.some((g) => g.steps.some((s) => !!s.easy))
  );
}

/** An external link that opens a new tab, and says so to screen readers. */
export function externalLink(href: string, label: unknown, newTab: string): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="qd-visually-hidden"> ${newTab}</span></a
  >`;
}
