/**
 * The guide's printed checklist, a *part* of the CDN bundle (docs/decisions/0016): one page per
 * device with the steps to tick (☑ for those done), each guide's official address and date of
 * check, and the helplines. Nothing shows it before a parent prints from the personalised guide:
 * `<qd-parental-guide>` fetches it with the agreement once the guide is on screen, so that
 * printing still works if the connection drops (and waits for it when « Imprimer ma liste » is
 * pressed first).
 *
 * An internal element of `<qd-parental-guide>`, rendered in its shadow root without a shadow root
 * of its own: the guide's print styles reach inside. The guide hands it its content, its answers
 * and its centre; it keeps no state of its own.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { defineElement, type Catalog } from '@quartiers-douai/core';
import { isStale, pagesByDevice, selectGuides, stepKey } from '../engine.js';
import type { ChecklistKey } from '../messages.js';
import type { Centre, GuideContent } from '../schema.js';
import { GuidePart } from '../guide-element.js';
import { formatDay, formatToday } from '../guide-templates.js';
import { freshState, type GuideState } from '../parental-guide/answers.js';

/**
 * The checklist's French texts: they join the guide's French catalog when it comes (English and
 * Arabic are in the guide's language files).
 */
export const checklistFr: Catalog<ChecklistKey> = {
  listTitle: 'Ma liste de réglages',
  listIntro: 'Préparée le {date}. Cochez chaque case quand le réglage est fait.',
};

/**
 * The printed checklist of `<qd-parental-guide>`.
 *
 * @internal Rendered by `<qd-parental-guide>` only.
 */
export class QdGuideChecklist extends GuidePart {
  static override properties: PropertyDeclarations = {
    state: { attribute: false },
    centre: { attribute: false },
  };

  /** Rendered at once: the browser's menu (Ctrl+P) prints in the task it asks. */
  static override deferFirstRender = false;

  /** The guide's answers and ticked steps. */
  state: GuideState = freshState();
  /** The centre of "Besoin d'aide ?", as the guide shows it (attributes over content). */
  centre: Centre | undefined;

  protected override renderContent(c: GuideContent): TemplateResult {
    const { children, devices, concerns, done } = this.state;
    const centre = this.centre;
    return html`<h2>${this.ct(c.title)} — ${this.t('listTitle')}</h2>
      <p>${this.t('listIntro', { date: formatToday(this.i18n.intl) })}</p>
      ${children.map((ch, i) => {
        const age = c.ageGroups.find((g) => g.id === ch.ageGroup);
        const who = `${this.t('forChild', { who: this.who(ch, i, children.length) })}${age ? ` — ${age.label}` : ''}`;
        return pagesByDevice(selectGuides(c, { ageGroup: ch.ageGroup, devices, concerns })).map(
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
                              >${done.has(stepKey(ch.id, m.guide.id, k)) ? '☑' : '☐'}</span
                            >
                            <span>${k + 1}. ${this.ct(s.text, s.easy)}</span>
                          </li>`,
                      )}
                    </ol>
                    <p class="qd-meta">
                      ${m.guide.officialUrl} —
                      ${this.t('checked', { date: formatDay(m.guide.lastChecked, this.i18n.intl) })}${
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
