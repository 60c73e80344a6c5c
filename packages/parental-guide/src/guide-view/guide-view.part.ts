/**
 * The personalised guide's cards, a *part* of the CDN bundle (docs/decisions/0016): the legal
 * note, then for each child the guides that fit its answers — each with its numbered steps to
 * tick, its official help and its "vérifié le …" date — and « Pour aller plus loin ». A page that
 * only shows the first screen never fetches it: `<qd-parental-guide>` asks for it as soon as the
 * questions begin (and at once when it opens on the guide, saved on the device).
 *
 * An internal element of `<qd-parental-guide>`, rendered in its shadow root without a shadow root
 * of its own (the guide's styles, parts and print CSS reach inside). The guide hands it the content
 * and the answers; a tick fires `qd-progress`, which the guide keeps.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineElement, richTextToPlain } from '@quartiers-douai/core';
import {
  isStale,
  selectGuides,
  stepKey,
  uncoveredDevices,
  type Answers,
  type GuideMatch,
} from '../engine.js';
import type { Concern, GuideContent } from '../schema.js';
import type { Child } from '../storage.js';
import { GuidePart } from '../guide-element.js';
import { externalLink, formatDay, hostOf } from '../guide-templates.js';
import { doneIn, ticked } from '../parental-guide/answers.js';
import type { GuideProgressDetail } from '../parental-guide/events.js';

/**
 * The cards of `<qd-parental-guide>`'s personalised guide.
 *
 * @internal Rendered by `<qd-parental-guide>` only.
 * @fires qd-progress - A step was ticked or unticked. `detail: GuideProgressDetail` (bubbles, composed).
 */
export class QdGuideView extends GuidePart {
  static override properties: PropertyDeclarations = {
    profiles: { attribute: false },
    devices: { attribute: false },
    concerns: { attribute: false },
    done: { attribute: false },
  };

  /** The first render comes with the guide's own (no task of its own). */
  static override deferFirstRender = false;

  /** The children's profiles, in order. */
  profiles: Child[] = [];
  /** The devices and concerns ticked (empty: skipped). */
  devices: string[] = [];
  concerns: Concern[] = [];
  /** The steps ticked (`stepKey`). */
  done: ReadonlySet<string> = new Set();

  private answersOf(ch: Child): Answers {
    return { ageGroup: ch.ageGroup, devices: this.devices, concerns: this.concerns };
  }

  private tick(i: number, m: GuideMatch, step: number, on: boolean): void {
    const ch = this.profiles[i]!;
    const done = ticked(this.done, ch, m.guide.id, step, on);
    this.dispatchEvent(
      new CustomEvent<GuideProgressDetail>('qd-progress', {
        bubbles: true,
        composed: true,
        detail: {
          child: i,
          guideId: m.guide.id,
          step,
          done: on,
          doneSteps: doneIn(done, ch, m),
          totalSteps: m.guide.steps.length,
        },
      }),
    );
  }

  protected override renderContent(c: GuideContent): TemplateResult {
    const more = c.resources.filter((r) => !r.help);
    return html`${
      c.legal
        ? html`<div class="qd-legal" part="legal">
            <h3>${this.ct(c.legal.title)}</h3>
            <div lang=${c.lang}>${this.rich(c.legal.text, c.legal.easy)}</div>
            <p class="qd-links">
              ${externalLink(c.legal.officialUrl, hostOf(c.legal.officialUrl), this.t('newTab'))}
            </p>
          </div>`
        : nothing
    }
    ${this.profiles.map((ch, i) => this.renderChildGuide(c, ch, i))}
    ${
      more.length > 0
        ? html`<h3>${this.t('more')}</h3>
            <ul class="qd-plain">
              ${more.map((r) => this.resource(r))}
            </ul>`
        : nothing
    }`;
  }

  private renderChildGuide(c: GuideContent, ch: Child, i: number): TemplateResult {
    const answers = this.answersOf(ch);
    const matches = selectGuides(c, answers);
    const uncovered = uncoveredDevices(c, answers, matches);
    // Devices whose guides exist but not for this age (TikTok before 13…).
    const anyAge = selectGuides(c, { ...answers, ageGroup: null });
    const byAge = uncovered.filter((d) => anyAge.some((m) => m.devices.includes(d)));
    const none = uncovered.filter((d) => !byAge.includes(d));
    const age = c.ageGroups.find((g) => g.id === ch.ageGroup);
    const who = this.who(ch, i, this.profiles.length);
    return html`<div class="qd-child-guide">
      <h3>
        ${this.t('forChild', { who })}${age ? html` — ${this.ct(age.label, age.easy)}` : nothing}
      </h3>
      ${
        matches.length === 0
          ? html`<p class="qd-empty">${this.t('noGuide')}</p>`
          : html`<ol class="qd-plain">
              ${matches.map((m) => this.renderCard(ch, i, m))}
            </ol>`
      }
      ${byAge.length > 0 ? html`<p class="qd-empty">${this.t('notForAge', { devices: byAge.map((d) => d.name).join(', ') })}</p>` : nothing}
      ${none.length > 0 ? html`<p class="qd-empty">${this.t('uncovered', { devices: none.map((d) => d.name).join(', ') })}</p>` : nothing}
    </div>`;
  }

  private renderCard(ch: Child, i: number, m: GuideMatch): TemplateResult {
    const g = m.guide;
    const id = `${ch.id}-${g.id}`;
    const stale = isStale(g.lastChecked);
    const title = richTextToPlain(this.easyRead.pick(g.title, g.easy));
    const spoken = [
      title,
      ...g.steps.map((s, k) => `${k + 1}. ${richTextToPlain(this.easyRead.pick(s.text, s.easy))}`),
    ].join('. ');
    return html`<li>
      <article class="qd-card" part="card" aria-labelledby="t-${id}">
        <h4 id="t-${id}">${this.ct(g.title, g.easy)}</h4>
        <p class="qd-meta">
          ${this.t('concernsOf', { concerns: m.concerns.map((k) => this.t(`c-${k}`)).join(', ') })}
          · ${this.ct(m.devices.map((d) => d.name).join(', '))}
        </p>
        ${this.speech.listen(id, spoken)}
        <ol class="qd-steps">
          ${g.steps.map(
            (s, k) =>
              html`<li>
                <p id="s-${id}-${k}">${this.ct(s.text, s.easy)}</p>
                ${
                  s.image
                    ? html`<img
                        src=${s.image.src}
                        alt=${s.image.alt}
                        width=${ifDefined(s.image.width)}
                        height=${ifDefined(s.image.height)}
                      />`
                    : nothing
                }
                <label class="qd-done"
                  ><input
                    type="checkbox"
                    .checked=${this.done.has(stepKey(ch.id, g.id, k))}
                    aria-describedby="s-${id}-${k}"
                    @change=${(e: Event) => this.tick(i, m, k, (e.target as HTMLInputElement).checked)}
                  />${this.t('markDone', { n: k + 1 })}</label
                >
              </li>`,
          )}
        </ol>
        <p class="qd-count">
          ${this.t('stepsDone', { count: doneIn(this.done, ch, m), total: g.steps.length })}
        </p>
        <p class="qd-links">
          ${externalLink(g.officialUrl, this.t('official', { title }), this.t('newTab'))}
        </p>
        <p class="qd-meta ${stale ? 'qd-stale' : ''}">
          ${this.t('checked', { date: formatDay(g.lastChecked, this.i18n.intl) })}
          ${stale ? html`<br /><strong><span aria-hidden="true">⚠ </span>${this.t('stale')}</strong>` : nothing}
        </p>
      </article>
    </li>`;
  }
}

defineElement('qd-guide-view', QdGuideView);

declare global {
  interface HTMLElementTagNameMap {
    'qd-guide-view': QdGuideView;
  }
}
