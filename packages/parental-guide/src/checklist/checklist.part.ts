/**
 * The guide's printed checklist, a *part* of the CDN bundle (docs/decisions/0016): one page per
 * device with the steps to tick (☑ for those done), each guide's official address and date of
 * check, and the helplines. Nothing shows it before a parent prints from the personalised guide:
 * `<qd-parental-guide>` fetches it with the agreement once the guide is on screen, so that
 * printing still works if the connection drops (and waits for it when « Imprimer ma liste » is
 * pressed first).
 *
 * An internal element of `<qd-parental-guide>`, rendered in its shadow root without a shadow root
 * of its own: the guide's print styles reach inside. The guide hands it its content, the answers,
 * its translator and its content-text renderer; it keeps no state of its own.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { defineElement, type Catalog, type Params } from '@quartiers-douai/core';
import { isStale, pagesByDevice, stepKey, type GuideMatch } from '../engine.js';
import type { ChecklistKey, GuideOwnKey } from '../messages.js';
import type { GuideContent } from '../schema.js';
import type { Child } from '../storage.js';
import { formatDay, formatToday } from '../shared/templates.js';

/**
 * The checklist's French texts: they join the guide's French catalog when it comes (English and
 * Arabic are in the guide's language files).
 */
export const checklistFr: Catalog<ChecklistKey> = {
  listTitle: 'Ma liste de réglages',
  listIntro: 'Préparée le {date}. Cochez chaque case quand le réglage est fait.',
};

/** The centre of "Besoin d'aide ?", as the guide shows it (attributes over content). */
export interface ChecklistCentre {
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
}

/**
 * The printed checklist of `<qd-parental-guide>`.
 *
 * @internal Rendered by `<qd-parental-guide>` only.
 */
export class QdGuideChecklist extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    profiles: { attribute: false },
    done: { attribute: false },
    centre: { attribute: false },
    locale: { attribute: false },
    t: { attribute: false },
    ct: { attribute: false },
    who: { attribute: false },
    guidesOf: { attribute: false },
  };

  content!: GuideContent;
  /** The children's profiles, in order. */
  profiles: Child[] = [];
  /** The steps ticked (`stepKey`). */
  done: ReadonlySet<string> = new Set();
  centre: ChecklistCentre | undefined;
  /** The guide's `Intl` locale (dates). */
  locale = 'fr';
  /** The guide's translator. */
  t: (key: GuideOwnKey, params?: Params) => string = (key) => key;
  /** A content text (inline), marked with the content's language when the UI speaks another. */
  ct: (text: string, easy?: string) => unknown = (text) => text;
  /** "Sami", or "l'enfant 2" when a profile has no first name. */
  who: (child: Child, index: number) => string = (child) => child.name;
  /** The guides that fit a child's answers. */
  guidesOf: (child: Child) => GuideMatch[] = () => [];

  /** Rendered in the guide's shadow root (its print styles apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    const c = this.content;
    const centre = this.centre;
    return html`<h2>${this.ct(c.title)} — ${this.t('listTitle')}</h2>
      <p>${this.t('listIntro', { date: formatToday(this.locale) })}</p>
      ${this.profiles.map((ch, i) => {
        const age = c.ageGroups.find((g) => g.id === ch.ageGroup);
        const who = `${this.t('forChild', { who: this.who(ch, i) })}${age ? ` — ${age.label}` : ''}`;
        return pagesByDevice(this.guidesOf(ch)).map(
          (page) =>
            html`<section class="qd-page">
              <h3>${who} · ${page.devices.map((d) => d.name).join(', ')}</h3>
              ${page.matches.map(
                (m) =>
                  html`<h4>${this.ct(m.guide.title, m.guide.easy)}</h4>
                    <ol class="qd-plain">
                      ${m.guide.steps.map(
                        (s, k) =>
                          html`<li class="qd-box-line">
                            <span class="qd-box" aria-hidden="true"
                              >${this.done.has(stepKey(ch.id, m.guide.id, k)) ? '☑' : '☐'}</span
                            >
                            <span>${k + 1}. ${this.ct(s.text, s.easy)}</span>
                          </li>`,
                      )}
                    </ol>
                    <p class="qd-meta">
                      ${m.guide.officialUrl} —
                      ${this.t('checked', { date: formatDay(m.guide.lastChecked, this.locale) })}${
                        isStale(m.guide.lastChecked) ? html` — ${this.t('stale')}` : nothing
                      }
                    </p>`,
              )}
            </section>`,
        );
      })}
      <section class="qd-page-end">
        <h3>${this.t('help')}</h3>
        <ul class="qd-plain">
          ${c.resources
            .filter((r) => r.help)
            .map((r) => html`<li><strong>${r.name}</strong> ${r.phone ?? ''} ${r.url ?? ''}</li>`)}
          ${centre ? html`<li><strong>${centre.name}</strong> ${centre.phone ?? ''} ${centre.email ?? ''}</li>` : nothing}
        </ul>
      </section>`;
  }
}

defineElement('qd-guide-checklist', QdGuideChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'qd-guide-checklist': QdGuideChecklist;
  }
}
