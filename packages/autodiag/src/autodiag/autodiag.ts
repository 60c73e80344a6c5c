import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  LoadController,
  QdContentElement,
  ReadAloud,
  StaffPanelController,
  StorageController,
  baseStyles,
  easyReadToggle,
  loadingPanel,
  richTextToPlain,
  translate,
  type ContentSpec,
  type Messages,
  type Params,
} from '@quartiers-douai/core';
import { autodiagMessages, type AutodiagKey } from '../messages.js';
import type { AdvisorKey } from '../advisor.lazy.js';
import {
  AUTODIAG_CONTENT_VERSION,
  autodiagContentSchema,
  type AutodiagContent,
  type Item,
} from '../schema.js';
import { areaResults, contribution, type Answers } from '../levels.js';
import { loadStaff } from '../staff/load.js';
import type { StaffView } from '../staff/staff-panel.part.js';
import { loadAdvisor, loadResults } from '../on-demand.js';
import { icon } from '../icons.js';
import type { NoteEvent } from '../results/results.part.js';
import { resultsStyles } from '../results/results.styles.js';
import { autodiagStyles } from './autodiag.styles.js';
import { CentreCounts } from './centre-counts.js';

/** `qd-complete`: the person reached the results. Levels only: never the answers. */
export interface AutodiagCompleteDetail {
  /** The level id reached in each area (by area id); `null`: not evaluated (all skipped). */
  levels: Record<string, string | null>;
}

type Screen = 'intro' | 'item' | 'results';

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
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override messages = [autodiagMessages];
  static override styles = [baseStyles, autodiagStyles, resultsStyles];

  static override properties: PropertyDeclarations = {
    advisor: { type: Boolean, reflect: true },
    staffPin: { attribute: 'staff-pin' },
    screen: { state: true },
    index: { state: true },
    answers: { state: true },
    notes: { state: true },
    spoken: { state: true },
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
  /** What the polite live region says: the answer just given and where the person is. */
  private spoken = '';
  /** The centre's anonymous counts, on a centre tablet. */
  private readonly counts = new CentreCounts(this.device);
  /** The staff panel (`staff/staff-panel.part.ts`), fetched when someone opens it. */
  private readonly staff = new StaffPanelController<StaffView>(this, this.voice, {
    load: () => loadStaff(),
    pin: () => this.staffPin,
    locale: () => this.i18n.locale,
    view: () => ({ content: this.data!, counts: this.counts.read() }),
    close: () => this.restart(),
    empty: () => this.counts.clear(),
  });
  /** The results screen (`results.part.ts`), when the last statement is answered (ahead at "Commencer"). */
  private readonly results = new LoadController(this, loadResults);
  /** The advisor mode's wording (`advisor.lazy.ts`), with `advisor` (the first screen waits for it). */
  private readonly advisorWording = new LoadController(this, loadAdvisor, undefined, true);

  /** The author's explanation of a staff code without `storage="local"` (the first screen waits for it). */
  private readonly noDestination = new LoadController(
    this,
    () => import('./no-destination.lazy.js'),
    undefined,
    true,
  );

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

  private renderNoDestination(): unknown {
    const m = this.noDestination.value;
    if (m) return m.help();
    void this.noDestination.load(); // (offline: asked again at the next render)
    return loadingPanel(false, this.tr);
  }

  /** The centre's counts are kept only on a centre tablet: `storage="local"` and a staff code. */
  private get aggregate(): boolean {
    return this.storage === 'local' && !!this.staffPin;
  }

  protected override contentChanged(c: AutodiagContent): void {
    this.toStart();
    this.counts.open(this.aggregate ? c.id : undefined);
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
    this.counts.newRun();
    this.staff.close();
    this.spoken = '';
  }

  /** `advisor`: its wording is fetched first (the first screen waits for it, docs/decisions/0015). */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // offline: the person's wording stays, without the advisor's notes
    if (this.advisor && !this.advisorWording.failed) void this.advisorWording.load();
  }

  /** The advisor's wording, in advisor mode once its file is here. */
  private get advisorTexts(): Messages<AdvisorKey> | undefined {
    return this.advisor ? this.advisorWording.value?.advisorMessages : undefined;
  }

  private get items(): Item[] {
    return this.data?.items ?? [];
  }

  private plain(s: string | undefined, easy?: string): string {
    return richTextToPlain(this.easyRead.pick(s, easy) ?? '');
  }

  /** A text of the advisor mode; `undefined` outside it (or while its file is not here). */
  private a(key: AdvisorKey, params?: Params): string | undefined {
    const m = this.advisorTexts;
    return m && translate([m], this.i18n.locale, key, params);
  }

  /** A text of the advisor's wording in advisor mode, or of the person's. */
  private w(key: AutodiagKey, advisorKey: AdvisorKey): string {
    return this.a(advisorKey) ?? this.t(key);
  }

  // --- moves -------------------------------------------------------------------------------

  private show(index: number): void {
    // the results' code comes while the person answers (and is there if the connection drops)
    loadResults().catch(() => undefined);
    this.speech.stop();
    this.screen = 'item';
    this.index = index;
    void this.focusAfterRender('#statement');
  }

  private answer(value: number | null): void {
    const item = this.items[this.index];
    if (!item) return;
    this.answers = { ...this.answers, [item.id]: value };
    const labels = item.answers ?? this.data!.answers;
    const next = this.index + 2;
    const total = this.items.length;
    this.spoken = [
      value === null
        ? this.t('skipped')
        : this.t('answered', { answer: this.plain(labels[value]) }),
      next <= total ? this.t('progress', { n: next, total }) : '',
    ].join(' ');
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
    this.counts.add(contribution(results));
    // `qd-complete` once the profile is really shown (not when its file could not come)
    const complete = () =>
      this.dispatchEvent(
        new CustomEvent<AutodiagCompleteDetail>('qd-complete', {
          bubbles: true,
          composed: true,
          detail: {
            levels: Object.fromEntries(results.map((r) => [r.area.id, r.level?.id ?? null])),
          },
        }),
      );
    if (this.results.value) complete();
    else
      void this.results.load().then((here) => {
        if (this.screen !== 'results') return;
        if (!here) {
          this.screen = 'item';
          this.announce(this.t('resultsFailed'), 'error');
          // the answer pressed was taken away with its screen: back on the statement
          void this.focusAfterRender('#statement');
          return;
        }
        // a "could not be loaded" message from an earlier try is no longer true
        if (this.notice?.text === this.t('resultsFailed')) this.announce('');
        complete();
      });
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
    void this.staff.open();
  }

  /** Also waits for the results' own render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.renderRoot.querySelector('qd-autodiag-results')?.updateComplete;
    return done;
  }

  // --- render ------------------------------------------------------------------------------

  protected override renderContent(c: AutodiagContent): unknown {
    // A staff code without `storage="local"`: the centre's counts would go nowhere (ADR 0018).
    if (this.staffPin && this.storage !== 'local') return this.renderNoDestination();
    const hasEasy =
      !!c.easyDescription ||
      c.items.some((i) => i.easy) ||
      c.areas.some((a) => a.easy || a.easyDescription);
    return html`<div class="qd-autodiag" lang=${c.lang}>
      ${
        hasEasy && !this.staff.isOpen
          ? html`<div class="qd-toolbar qd-no-print">
              ${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}
            </div>`
          : nothing
      }
      <h2 id="title" tabindex="-1">${this.inline(c.title)}</h2>
      ${this.renderScreen(c)}
      <div class="qd-visually-hidden" aria-live="polite">${this.spoken}</div>
    </div>`;
  }

  private renderScreen(c: AutodiagContent): unknown {
    if (this.staff.isOpen) return this.staff.panel() ?? loadingPanel(false, this.tr);
    switch (this.screen) {
      case 'intro':
        return this.renderIntro(c);
      case 'item':
        return this.renderItem(c);
      case 'results':
        return this.results.value ? this.renderResults(c) : loadingPanel(false, this.tr);
    }
  }

  /** The personal sheet (`<qd-autodiag-results>`, results/results.part.ts). */
  private renderResults(c: AutodiagContent): TemplateResult {
    return html`<qd-autodiag-results
      .content=${c}
      .answers=${this.answers}
      .notes=${this.notes}
      .advisorTexts=${this.advisorTexts}
      .locale=${this.i18n.locale}
      .t=${this.tr}
      .pick=${(text: string | undefined, easy?: string) => this.easyRead.pick(text, easy)}
      .device=${this.device}
      .keepable=${this.storage === 'local' && !this.staffPin && !this.advisor}
      @note=${(e: NoteEvent) => (this.notes = { ...this.notes, [e.detail.area]: e.detail.text })}
      @saved=${() => this.announce(this.t('saved'))}
      @back=${() => this.show(this.items.length - 1)}
      @restart=${() => this.restart()}
    ></qd-autodiag-results>`;
  }

  private renderIntro(c: AutodiagContent): TemplateResult {
    const desc = this.easyRead.pick(c.description, c.easyDescription);
    const n = c.items.length;
    const intro = this.w('notExam', 'notExamAdvisor');
    return html`<section part="intro" aria-labelledby="title">
      ${this.speech.listen('intro', [this.plain(c.title), desc ? richTextToPlain(desc) : '', intro].join('. '))}
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
          ${this.a('askPerson') ? html`<p class="qd-hint">${this.a('askPerson')}</p>` : nothing}
          <h3 id="statement" tabindex="-1">${this.inline(item.statement, item.easy)}</h3>
          ${this.speech.listen(`item-${item.id}`, [statement, ...labels].join('. '))}
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
}
