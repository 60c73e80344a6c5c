import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  QdContentElement,
  baseStyles,
  easyReadToggle,
  loadingPanel,
  richTextToPlain,
  saveFile,
  translate,
  type ContentSpec,
  type DeviceStoreBase,
} from '@quartiers-douai/core';
import { autodiagMessages, type AutodiagKey } from '../messages.js';
import {
  AUTODIAG_CONTENT_VERSION,
  autodiagContentSchema,
  type AutodiagContent,
  type Item,
  type Workshop,
} from '../schema.js';
import {
  areaResults,
  canDo,
  contribution,
  recommended,
  type AreaResult,
  type Answers,
} from '../levels.js';
import {
  COUNTS_TYPE,
  COUNTS_VERSION,
  addTo,
  countsSchema,
  undated,
  type Counts,
} from '../aggregate.js';
import { loadStaff, type StaffPanel } from '../staff.js';
import { icon } from '../icons.js';
import { autodiagStyles } from './autodiag.styles.js';

/** `qd-complete`: the person reached the results. Levels only: never the answers. */
export interface AutodiagCompleteDetail {
  /** The level id reached in each area (by area id); `null`: not evaluated (all skipped). */
  levels: Record<string, string | null>;
}

type Screen = 'intro' | 'item' | 'results' | 'staff';

/**
 * `<qd-autodiag>` — a digital-skills self-check that is not an exam: one statement per screen
 * ("Je sais envoyer une photo par e-mail") with the area's pictogram and four big answers, from
 * "Je ne sais pas" to "Je peux montrer à quelqu'un"; skip and back allowed, progress "3 sur 25".
 * The results: the level reached in each area (a table with text, never one overall score), what
 * the person can already do, the centre's workshops that fit, a sheet to print or save as text.
 * With `advisor`, a worker fills it in with the person ("la personne…", notes per area). With
 * `storage="local"` and `staff-pin` (a centre tablet), the device counts the levels reached
 * (area × level, nothing else) for the staff panel and its CSV export.
 *
 * @summary Autodiagnostic des compétences numériques, qui conseille les ateliers du centre.
 * @attr {boolean} advisor - A worker fills it in with the person: "la personne…", notes per area on the sheet.
 * @attr staff-pin - Centre tablet (with `storage="local"`): code of the staff panel (anonymous counts, CSV). A courtesy lock, not a security boundary.
 * @fires qd-complete - The results are shown. `detail: { levels }` (level id by area id, `null` when not evaluated); never the answers.
 * @csspart intro - The first screen: what it is, the areas, "Commencer".
 * @csspart item - One statement and its answers.
 * @csspart answers - The group of answer buttons.
 * @csspart results - The personal sheet: profile, what I can do, workshops.
 * @csspart profile - The table of the levels by area.
 * @csspart workshops - The recommended workshops.
 * @csspart staff - The staff panel.
 * @cssprop --qd-color-primary - Buttons, the progress bar and the level bars.
 * @cssprop --qd-color-surface - The pictogram's background and the workshops.
 * @cssprop --qd-autodiag-icon-size - Size of the statement's pictogram (default 6rem).
 */
export class QdAutodiag extends QdContentElement<AutodiagContent, AutodiagKey> {
  static override messages = [autodiagMessages];
  static override styles = [baseStyles, autodiagStyles];

  static override properties: PropertyDeclarations = {
    advisor: { type: Boolean, reflect: true },
    staffPin: { attribute: 'staff-pin' },
    screen: { state: true },
    index: { state: true },
    answers: { state: true },
    notes: { state: true },
    staff: { state: true },
  };

  /** A worker fills it in with the person: "la personne…", notes per area on the sheet. */
  advisor = false;

  /**
   * Centre tablet (with `storage="local"`): code of the staff panel. A courtesy lock, not a
   * security boundary.
   * @attr staff-pin
   */
  staffPin?: string;

  private screen: Screen = 'intro';
  /** The statement shown (index in `items`). */
  private index = 0;
  private answers: Answers = {};
  /** Advisor mode: notes by area id (in memory only; printed and saved with the sheet). */
  private notes: Record<string, string> = {};
  /** The centre's counts, when kept on this device. */
  private counts?: DeviceStoreBase<Counts>;
  /** What this run added to the counts (taken back if the person changes answers and ends again). */
  private counted?: Record<string, string>;
  private staff?: StaffPanel;
  private staffLoad?: Promise<void>;

  protected override get contentSpec(): ContentSpec<AutodiagContent> {
    return {
      schema: autodiagContentSchema,
      version: AUTODIAG_CONTENT_VERSION,
      packageName: '@quartiers-douai/autodiag',
      texts: () => import('../texts.lazy.js'),
    };
  }

  /** Read-aloud is on unless `read-aloud="false"`: many adults here read with difficulty. */
  protected override readAloudDefault(): boolean {
    return true;
  }

  /** The centre's counts are kept only on a centre tablet: `storage="local"` and a staff code. */
  private get aggregate(): boolean {
    return this.storage === 'local' && !!this.staffPin;
  }

  protected override contentChanged(c: AutodiagContent): void {
    this.toStart();
    this.counts = undefined;
    if (this.aggregate)
      this.keep(
        {
          type: COUNTS_TYPE,
          id: c.id,
          version: COUNTS_VERSION,
          schema: countsSchema,
          owner: 'centre',
        },
        (store) => (this.counts = undated(store)),
      );
  }

  protected override resetSession(): void {
    this.toStart();
    void this.focusAfterRender('#title');
  }

  private toStart(): void {
    this.screen = 'intro';
    this.index = 0;
    this.answers = {};
    this.notes = {};
    this.counted = undefined;
    this.staff = undefined;
  }

  private get items(): Item[] {
    return this.data?.items ?? [];
  }

  private plain(s: string | undefined, easy?: string): string {
    return richTextToPlain(this.easyRead.pick(s, easy) ?? '');
  }

  /** A text of the advisor's wording, or of the person's. */
  private w(key: AutodiagKey, advisorKey: AutodiagKey): string {
    return this.t(this.advisor ? advisorKey : key);
  }

  // --- moves -------------------------------------------------------------------------------

  private show(index: number): void {
    this.speech.stop();
    this.screen = 'item';
    this.index = index;
    void this.focusAfterRender('#statement');
  }

  private answer(value: number | null): void {
    const item = this.items[this.index];
    if (!item) return;
    this.answers = { ...this.answers, [item.id]: value };
    if (this.index + 1 < this.items.length) this.show(this.index + 1);
    else this.finish();
  }

  private back(): void {
    if (this.index > 0) this.show(this.index - 1);
    else {
      this.speech.stop();
      this.screen = 'intro';
      void this.focusAfterRender('#title');
    }
  }

  private finish(): void {
    const c = this.data;
    if (!c) return;
    this.speech.stop();
    this.screen = 'results';
    const results = areaResults(c, this.answers);
    const levels = contribution(results);
    const store = this.counts;
    if (store) {
      let counts: Counts = this.loadFrom(store) ?? { counts: {} };
      if (this.counted) counts = addTo(counts, this.counted, -1);
      this.saveTo(store, addTo(counts, levels, 1));
      this.counted = levels;
    }
    const detail: AutodiagCompleteDetail = {
      levels: Object.fromEntries(results.map((r) => [r.area.id, r.level?.id ?? null])),
    };
    this.dispatchEvent(
      new CustomEvent<AutodiagCompleteDetail>('qd-complete', {
        bubbles: true,
        composed: true,
        detail,
      }),
    );
    void this.focusAfterRender('#results-heading');
  }

  private restart(): void {
    this.toStart();
    this.speech.stop();
    void this.focusAfterRender('#title');
  }

  /** "Espace équipe": fetches the panel (the first time), then asks for the code. */
  private openStaff(): void {
    this.speech.stop();
    this.screen = 'staff';
    this.staff = undefined;
    this.staffLoad = loadStaff()
      .then(
        async (m) => {
          if (this.screen !== 'staff') return;
          this.staff = new m.StaffPanel({
            html,
            nothing,
            translate,
            toPlain: richTextToPlain,
            requestUpdate: () => this.requestUpdate(),
            focus: (selector) => void this.focusAfterRender(selector),
            close: () => this.restart(),
            empty: () => this.counts?.clear(),
            announce: (text) => this.announce(text),
          });
          // (not focusAfterRender: updateComplete waits for this very promise)
          await super.getUpdateComplete();
          this.renderRoot.querySelector<HTMLElement>('#pin')?.focus();
        },
        (error: unknown) => {
          console.warn(error);
          if (this.screen !== 'staff') return;
          this.restart();
          this.announce(this.t('staffFailed'), 'error');
        },
      )
      .finally(() => (this.staffLoad = undefined));
  }

  /** Also waits for the staff panel's file while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.staffLoad;
    return super.getUpdateComplete();
  }

  /** The personal sheet as plain text (what "Enregistrer la fiche" downloads). */
  sheetText(): string {
    const c = this.data;
    if (!c) return '';
    const results = areaResults(c, this.answers);
    const lines = [
      this.plain(c.title),
      '',
      this.w('resultsTitle', 'resultsTitleAdvisor'),
      ...results.map(
        (r) =>
          `- ${this.plain(r.area.label, r.area.easy)} : ${
            r.level ? this.plain(r.level.label, r.level.easy) : this.t('notEvaluated')
          } (${this.t('answeredOf', { answered: r.answered, total: r.total })})`,
      ),
      '',
      this.w('canDoTitle', 'canDoTitleAdvisor'),
      ...canDo(c, this.answers).map((i) => `- ${this.plain(i.statement, i.easy)}`),
      '',
      this.w('workshopsTitle', 'workshopsTitleAdvisor'),
      ...recommended(c, results).flatMap(({ workshop: w }) => [
        `- ${this.plain(w.title)}`,
        ...[
          [this.t('when'), w.when],
          [this.t('where'), w.where],
          [
            this.t('contact'),
            [w.contact?.name, w.contact?.phone, w.contact?.email, w.contact?.url]
              .filter(Boolean)
              .join(', '),
          ],
        ]
          .filter(([, v]) => v)
          .map(([k, v]) => `  ${k} : ${this.plain(v)}`),
      ]),
    ];
    const notes = c.areas.filter((a) => this.notes[a.id]?.trim());
    if (this.advisor && notes.length > 0)
      lines.push(
        '',
        this.t('notesTitle'),
        ...notes.map((a) => `- ${this.plain(a.label)} : ${this.notes[a.id]!.trim()}`),
      );
    return lines.join('\n') + '\n';
  }

  private save(): void {
    const c = this.data;
    if (!c) return;
    saveFile(this.sheetText(), `${c.id}-fiche.txt`, 'text/plain;charset=utf-8');
    this.announce(this.t('saved'));
  }

  // --- render ------------------------------------------------------------------------------

  protected override renderContent(c: AutodiagContent): TemplateResult {
    const hasEasy =
      !!c.easyDescription ||
      c.items.some((i) => i.easy) ||
      c.areas.some((a) => a.easy || a.easyDescription);
    return html`<div class="qd-autodiag" lang=${c.lang}>
      ${
        hasEasy && this.screen !== 'staff'
          ? html`<div class="qd-toolbar qd-no-print">
              ${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}
            </div>`
          : nothing
      }
      <h2 id="title" tabindex="-1">${this.inline(c.title)}</h2>
      ${this.renderScreen(c)}
    </div>`;
  }

  private renderScreen(c: AutodiagContent): unknown {
    switch (this.screen) {
      case 'intro':
        return this.renderIntro(c);
      case 'item':
        return this.renderItem(c);
      case 'results':
        return this.renderResults(c);
      case 'staff':
        return this.staff
          ? this.staff.render({
              content: c,
              locale: this.i18n.locale,
              staffPin: this.staffPin,
              counts: (this.counts && this.loadFrom(this.counts)) ?? { counts: {} },
            })
          : loadingPanel(false, this.tr);
    }
  }

  private renderIntro(c: AutodiagContent): TemplateResult {
    const desc = this.easyRead.pick(c.description, c.easyDescription);
    const n = c.items.length;
    const intro = this.w('notExam', 'notExamAdvisor');
    return html`<section part="intro" aria-labelledby="title">
      ${this.listen('intro', [this.plain(c.title), desc ? richTextToPlain(desc) : '', intro].join('. '))}
      ${desc ? this.rich(desc) : nothing}
      <p>${intro}</p>
      <p>${this.t('length', { count: n, minutes: Math.max(1, Math.round(n / 3)) })}</p>
      <h3>${this.t('areasTitle')}</h3>
      <ul class="qd-areas">
        ${c.areas.map(
          (a) =>
            html`<li>
              ${icon(a.icon)}
              <span>
                <strong>${this.inline(a.label, a.easy)}</strong>
                ${
                  a.description
                    ? html`<span class="qd-areas__desc"
                        >${this.inline(a.description, a.easyDescription)}</span
                      >`
                    : nothing
                }
              </span>
            </li>`,
        )}
      </ul>
      ${this.aggregate ? html`<p class="qd-hint">${this.t('aggregateNote')}</p>` : nothing}
      <div class="qd-actions">
        <button
          type="button"
          class="qd-button qd-button--primary qd-big"
          @click=${() => this.show(0)}
        >
          ${this.t('start')}
        </button>
      </div>
      ${
        this.aggregate
          ? html`<div class="qd-footer qd-no-print">
              <button
                type="button"
                class="qd-button qd-button--quiet"
                @click=${() => this.openStaff()}
              >
                ${this.t('staffOpen')}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderItem(c: AutodiagContent): TemplateResult {
    const item = this.items[this.index]!;
    const area = c.areas.find((a) => a.id === item.area)!;
    const labels = item.answers ?? c.answers;
    const chosen = this.answers[item.id];
    const total = c.items.length;
    const n = this.index + 1;
    const statement = this.plain(item.statement, item.easy);
    const img = item.image;
    return html`<section part="item" aria-labelledby="statement">
      <div class="qd-progress">
        <p>${this.t('progress', { n, total })}</p>
        <div class="qd-progress__bar" aria-hidden="true">
          <span style=${`inline-size:${Math.round((n / total) * 100)}%`}></span>
        </div>
      </div>
      <p class="qd-area-tag">
        ${icon(area.icon)}<span>${this.inline(area.label, area.easy)}</span>
      </p>
      <div class="qd-item">
        ${
          img
            ? html`<img
                class="qd-item__image"
                src=${img.src}
                alt=${img.decorative ? '' : img.alt}
                width=${ifDefined(img.width)}
                height=${ifDefined(img.height)}
              />`
            : html`<span class="qd-item__icon">${icon(area.icon)}</span>`
        }
        <div>
          ${this.advisor ? html`<p class="qd-hint">${this.t('askPerson')}</p>` : nothing}
          <h3 id="statement" tabindex="-1">${this.inline(item.statement, item.easy)}</h3>
          ${this.listen(`item-${item.id}`, [statement, ...labels].join('. '))}
        </div>
      </div>
      <div class="qd-answers" part="answers" role="group" aria-labelledby="answers-label statement">
        <p id="answers-label" class="qd-answers__label">
          ${this.w('answersLabel', 'answersLabelAdvisor')}
        </p>
        <ul>
          ${labels.map(
            (label, i) =>
              html`<li>
                <button
                  type="button"
                  class="qd-button qd-answer"
                  aria-pressed=${chosen === i ? 'true' : 'false'}
                  @click=${() => this.answer(i)}
                >
                  <span class="qd-dots" aria-hidden="true">
                    ${[0, 1, 2].map((d) => html`<span class=${d < i ? 'on' : ''}></span>`)}
                  </span>
                  <span>${this.inline(label)}</span>
                </button>
              </li>`,
          )}
        </ul>
      </div>
      <div class="qd-actions qd-nav">
        <button type="button" class="qd-button" @click=${() => this.back()}>
          ${this.t('back')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.answer(null)}>
          ${this.t('skip')}
        </button>
      </div>
    </section>`;
  }

  private renderResults(c: AutodiagContent): TemplateResult {
    const results = areaResults(c, this.answers);
    const can = canDo(c, this.answers);
    const recs = recommended(c, results);
    return html`<section part="results" class="qd-sheet" aria-labelledby="results-heading">
      <h3 id="results-heading" tabindex="-1">${this.w('resultsTitle', 'resultsTitleAdvisor')}</h3>
      <p>${this.w('encourage', 'encourageAdvisor')}</p>
      <table class="qd-table qd-profile" part="profile">
        <caption>
          ${this.w('profileCaption', 'profileCaptionAdvisor')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colArea')}</th>
            <th scope="col">${this.t('colLevel')}</th>
            <th scope="col">${this.t('colAnswered')}</th>
          </tr>
        </thead>
        <tbody>
          ${results.map((r) => this.renderProfileRow(r))}
        </tbody>
      </table>
      ${
        this.advisor
          ? html`<h4>${this.t('notesTitle')}</h4>
              <div class="qd-notes">
                ${c.areas.map(
                  (a) =>
                    html`<p class="qd-field qd-no-print">
                        <label for=${`note-${a.id}`}
                          >${this.t('notesLabel', { area: this.plain(a.label) })}</label
                        >
                        <textarea
                          id=${`note-${a.id}`}
                          rows="2"
                          .value=${this.notes[a.id] ?? ''}
                          @input=${(e: Event) =>
                            (this.notes = {
                              ...this.notes,
                              [a.id]: (e.target as HTMLTextAreaElement).value,
                            })}
                        ></textarea>
                      </p>
                      ${
                        this.notes[a.id]?.trim()
                          ? html`<p class="qd-print-only">
                              <strong>${this.inline(a.label)}</strong> : ${this.notes[a.id]}
                            </p>`
                          : nothing
                      }`,
                )}
              </div>`
          : nothing
      }
      <h4>${this.w('canDoTitle', 'canDoTitleAdvisor')}</h4>
      ${
        can.length > 0
          ? html`<ul class="qd-can">
              ${can.map((i) => html`<li>${this.inline(i.statement, i.easy)}</li>`)}
            </ul>`
          : html`<p>${this.t('canDoNone')}</p>`
      }
      <h4>${this.w('workshopsTitle', 'workshopsTitleAdvisor')}</h4>
      ${
        recs.length > 0
          ? html`<ul class="qd-workshops" part="workshops">
              ${recs.map((r) =>
                this.renderWorkshop(
                  r.workshop,
                  this.plain(c.areas.find((a) => a.id === r.area)?.label),
                ),
              )}
            </ul>`
          : html`<p>${this.t('workshopsNone')}</p>`
      }
      <div class="qd-actions qd-no-print">
        <button type="button" class="qd-button qd-button--primary" @click=${() => window.print()}>
          ${this.t('print')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.save()}>
          ${this.t('save')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.show(this.items.length - 1)}>
          ${this.t('backToItems')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.restart()}>
          ${this.w('restart', 'restartAdvisor')}
        </button>
      </div>
    </section>`;
  }

  private renderProfileRow(r: AreaResult): TemplateResult {
    const a = r.area;
    const l = r.level;
    return html`<tr>
      <th scope="row">
        <span class="qd-area-name">${icon(a.icon)}${this.inline(a.label, a.easy)}</span>
      </th>
      <td>
        <span class="qd-bar" aria-hidden="true">
          ${r.levels.map((_, i) => html`<span class=${i <= r.rank ? 'on' : ''}></span>`)}
        </span>
        <strong>${l ? this.inline(l.label, l.easy) : this.t('notEvaluated')}</strong>
        ${
          l
            ? l.message
              ? html`<span class="qd-level-msg">${this.inline(l.message, l.easyMessage)}</span>`
              : nothing
            : html`<span class="qd-level-msg">${this.t('notEvaluatedHint')}</span>`
        }
      </td>
      <td>${this.t('answeredOf', { answered: r.answered, total: r.total })}</td>
    </tr>`;
  }

  private renderWorkshop(w: Workshop, area: string): TemplateResult {
    const contact = w.contact;
    return html`<li class="qd-workshop">
      <h5>${this.inline(w.title)}</h5>
      <p class="qd-hint">${this.t('forArea', { area })}</p>
      ${w.description ? this.rich(w.description, w.easy) : nothing}
      <dl>
        ${
          w.when
            ? html`<dt>${this.t('when')}</dt>
                <dd>${this.inline(w.when)}</dd>`
            : nothing
        }
        ${
          w.where
            ? html`<dt>${this.t('where')}</dt>
                <dd>${this.inline(w.where)}</dd>`
            : nothing
        }
        ${
          contact
            ? html`<dt>${this.t('contact')}</dt>
                <dd>
                  ${contact.name ? html`<span>${contact.name}</span>` : nothing}
                  ${
                    contact.phone
                      ? html`<a href=${`tel:${contact.phone.replace(/[ .]/g, '')}`}
                          >${this.t('call', { phone: contact.phone })}</a
                        >`
                      : nothing
                  }
                  ${
                    contact.email
                      ? html`<a href=${`mailto:${contact.email}`}
                          >${this.t('write', { email: contact.email })}</a
                        >`
                      : nothing
                  }
                  ${
                    contact.url
                      ? html`<a href=${contact.url}
                          >${this.t('more')}<span class="qd-print-only"> (${contact.url})</span></a
                        >`
                      : nothing
                  }
                </dd>`
            : nothing
        }
      </dl>
    </li>`;
  }
}
