import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  baseStyles,
  defineElement,
  LoadController,
  PrintController,
  richTextToPlain,
  type DeviceStoreBase,
  StorageController,
} from '@quartiers-douai/core';
import { selectGuides } from '../engine.js';
import type { GuideOwnKey } from '../messages.js';
import type { Centre, GuideContent } from '../schema.js';
import { centreOf, FALLBACK_HELP, mailOf } from './help.js';
import { sharedStyles } from '../guide-element.styles.js';
import { GuideElement } from '../guide-element.js';
import { externalLink, hasEasy, hostOf, telOf } from '../guide-templates.js';
import {
  GUIDE_DATA_VERSION,
  PACT_DATA_VERSION,
  pactStoreId,
  guideStoreId,
  guideDataSchema,
  pactDataSchema,
  type GuideData,
} from '../storage.js';
import type { QdScreenPact } from '../screen-pact/screen-pact.js';
import { loadScreenPact } from '../screen-pact/load.js';
import { loadChecklist } from '../checklist/load.js';
import { loadGuideView } from '../guide-view/load.js';
import { QdGuideQuestions, type GuideAnswerDetail } from '../questions/guide-questions.js';
import {
  STEPS,
  freshState,
  restoredState,
  savedData,
  skipped,
  ticked,
  unanswered,
  type GuideState,
} from './answers.js';
import type { GuideCompleteDetail, GuideProgressDetail, PrintDetail } from './events.js';
import { guideStyles } from './parental-guide.styles.js';

export type { GuideCompleteDetail, GuideProgressDetail, PrintDetail };

/**
 * A parental-control guide for families: three skippable questions (children and their ages,
 * devices and apps, concerns), then one personalised guide per child — only the relevant guides,
 * ordered by concern, each with numbered steps to tick, its official help link and its
 * "vérifié le …" date — a printable checklist (one page per device), and the family agreement
 * (`<qd-screen-pact>`). A "Besoin d'aide ?" block (3018, jeprotegemonenfant.gouv.fr, the centre)
 * is always shown.
 *
 * @summary Guide du contrôle parental personnalisé, à imprimer, avec le pacte familial.
 *
 * @fires qd-complete - The guide is shown after the questions. `detail: GuideCompleteDetail` (bubbles, composed).
 * @fires qd-progress - A step was ticked or unticked. `detail: GuideProgressDetail` (bubbles, composed).
 * @fires qd-print - The checklist (or the agreement) is about to print. `detail: PrintDetail` (bubbles, composed).
 * @fires qd-content-ready - Lifecycle (does not bubble): valid content is shown.
 * @fires qd-content-error - Lifecycle (does not bubble): content could not be loaded or is invalid.
 *
 * @slot - An inline `<script type="application/json">` with the content (not displayed).
 *
 * @csspart base - The root wrapper (carries `dir` and `lang`).
 * @csspart start - The first screen.
 * @csspart questions - The questionnaire (one step at a time).
 * @csspart guide - The personalised guide.
 * @csspart card - Each guide (one per device and concern).
 * @csspart legal - The legal note (loi du 2 mars 2022).
 * @csspart help - The "Besoin d'aide ?" block.
 * @csspart checklist - The printed checklist.
 * @csspart notice - Status messages.
 * @csspart error - The error panel (invalid content, failed loading).
 * @csspart read-aloud - Each "Écouter" button.
 * @csspart easy-toggle - The "Facile à lire" button.
 * @csspart data-tools - Download / resume / erase (with `storage`).
 *
 * @cssprop --qd-color-primary - Buttons, links, ticked choices, the help block border.
 * @cssprop --qd-color-success - Ticked steps.
 * @cssprop --qd-color-warning - "Checked more than a year ago" warnings.
 * @cssprop --qd-color-surface - Background of the legal note and the help block.
 * @cssprop --qd-font-size - Base text size.
 * @cssprop --qd-target-size - Minimum height of choices, checkboxes and buttons (44 px by default).
 *
 * @attr centre-name - The centre's name in "Besoin d'aide ?" (overrides the content's `centre.name`).
 * @attr centre-phone - The centre's phone number (overrides `centre.phone`).
 * @attr centre-email - The centre's e-mail address (overrides `centre.email`).
 */
export class QdParentalGuide extends GuideElement {
  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override properties: PropertyDeclarations = {
    centreName: { attribute: 'centre-name' },
    centrePhone: { attribute: 'centre-phone' },
    centreEmail: { attribute: 'centre-email' },
    s: { state: true },
  };

  static override styles = [baseStyles, sharedStyles, guideStyles];

  /** The centre's name in "Besoin d'aide ?" (overrides the content's `centre.name`). */
  centreName?: string;
  /** The centre's phone number (overrides `centre.phone`). */
  centrePhone?: string;
  /** The centre's e-mail address (overrides `centre.email`). */
  centreEmail?: string;

  /** The screen, the answers and the ticked steps (answers.ts). */
  private s: GuideState = freshState();

  private dataStore: DeviceStoreBase<GuideData> | undefined;
  /** The personalised guide's cards (`guide-view.part.ts`), fetched once the questions begin. */
  private readonly viewCode = new LoadController(this, loadGuideView);
  /** The printed checklist (`checklist.part.ts`), fetched with the agreement (see willUpdate). */
  private readonly checklistCode = new LoadController(this, loadChecklist);
  /** Prints the checklist from the guide (its code awaited; offline, the screen prints as it is). */
  private readonly printer = new PrintController<PrintDetail>(this, {
    detail: { document: 'checklist' },
    start: () => this.s.screen === 'guide' && this.checklistCode.load(),
  });
  /** The agreement's code was asked for (see willUpdate). */
  private pactAsked = false;

  constructor() {
    super();
    // The fields of the questions: an internal element, defined with the guide (once).
    defineElement('qd-guide-questions', QdGuideQuestions);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const screen = this.s.screen;
    // The guide's cards are fetched as soon as the questions begin (at once on a saved guide).
    if (
      screen !== 'start' &&
      !this.viewCode.value &&
      !this.viewCode.pending &&
      !this.viewCode.failed
    )
      void this.viewCode.load();
    // The agreement's code and the printed checklist (parts of the bundle, ADR 0016) are fetched
    // ahead once the guide is shown, so "Faire notre pacte familial" opens at once and the list
    // prints, even if the connection drops.
    if ((screen === 'guide' || screen === 'pact') && !this.pactAsked) {
      this.pactAsked = true;
      // If it fails (offline), the button tries again and says so: no retry at every render.
      loadScreenPact().catch(() => undefined);
      void this.checklistCode.load();
    }
    if (changed.has('storage') && this.hasUpdated && this.data) this.contentChanged(this.data);
  }

  // --- state ----------------------------------------------------------------------------------

  protected override contentChanged(content: GuideContent): void {
    this.s = freshState();
    this.dataStore = undefined;
    this.device.keep(
      {
        type: 'parental-guide',
        id: guideStoreId(content),
        version: GUIDE_DATA_VERSION,
        schema: guideDataSchema,
      },
      (store, saved) => {
        this.dataStore = store;
        if (saved && this.restore(content, saved)) this.announce(this.t('resumed'));
      },
    );
  }

  /** Takes back saved answers, dropping what the content no longer has. */
  private restore(c: GuideContent, d: GuideData): boolean {
    this.s = restoredState(c, d);
    return d.screen !== 'start' || d.done.length > 0;
  }

  /** Changes the answers, and keeps them (with `storage`). */
  private change(patch: Partial<GuideState>): void {
    this.s = { ...this.s, ...patch };
    if (this.dataStore) this.device.save(this.dataStore, savedData(this.s));
  }

  private go(screen: GuideState['screen'], focus?: string, step = this.s.step): void {
    this.speech.stop();
    this.announce(''); // a message belongs to the screen it was said on
    this.change({ screen, step });
    if (focus) void this.focusAfterRender(focus);
  }

  private goStep(step: number): void {
    this.go('questions', '#step-heading', step);
  }

  /** "Suivant" (or Enter): the next step; a step left without an answer is said to be skipped. */
  private onNext(e: Event): void {
    e.preventDefault();
    const empty = unanswered(this.s, STEPS[this.s.step]!);
    this.forward();
    if (empty) this.announce(this.t('skipped'));
  }

  private skip(): void {
    this.change(skipped(this.s, STEPS[this.s.step]!));
    this.forward();
    this.announce(this.t('skipped'));
  }

  private forward(): void {
    if (this.s.step < STEPS.length - 1) this.goStep(this.s.step + 1);
    else this.showGuide();
  }

  private showGuide(): void {
    const c = this.data;
    if (!c) return;
    this.go('guide', '#guide-heading');
    const { children, devices, concerns } = this.s;
    this.dispatchEvent(
      new CustomEvent<GuideCompleteDetail>('qd-complete', {
        bubbles: true,
        composed: true,
        detail: {
          children: children.map((ch) => ({
            ageGroup: ch.ageGroup,
            guides: selectGuides(c, { ageGroup: ch.ageGroup, devices, concerns }).map(
              (m) => m.guide.id,
            ),
          })),
          devices: [...devices],
          concerns: [...concerns],
        },
      }),
    );
  }

  /** An answer given in the step's fields; then the focus goes where they say (a new profile…). */
  private onAnswer({ change, focus }: GuideAnswerDetail): void {
    this.change(change);
    if (focus)
      void this.updateComplete.then(async () => {
        const fields = this.renderRoot.querySelector('qd-guide-questions');
        await fields?.updateComplete;
        fields?.querySelector<HTMLElement>(focus)?.focus();
      });
  }

  /** A step ticked in the guide's cards (`qd-progress`, which goes on to the page). */
  private onProgress(d: GuideProgressDetail): void {
    const child = this.s.children[d.child];
    if (child) this.change({ done: ticked(this.s.done, child, d.guideId, d.step, d.done) });
  }

  /** Prints the personalised checklist (one page per device), once its code is here. */
  print(): void {
    void this.printer.print();
  }

  private async openPact(): Promise<void> {
    try {
      // Usually already there (fetched ahead with the checklist): then the screen changes at once.
      if (!customElements.get('qd-screen-pact')) await loadScreenPact();
    } catch {
      this.announce(this.t('pactFailed'));
      return;
    }
    this.go('pact');
    await this.updateComplete;
    const pact = this.renderRoot.querySelector<QdScreenPact>('qd-screen-pact');
    await pact?.updateComplete;
    pact?.focusHeading();
  }

  protected override resetSession(): void {
    this.dataStore?.clear();
    this.s = freshState();
  }

  /** "Effacer mes données": the answers, ticked steps and agreement of this guide, not other prototypes' data. */
  private erase(): void {
    const c = this.data;
    this.dataStore?.clear();
    if (c)
      this.device
        .now({
          type: 'screen-pact',
          id: pactStoreId(c),
          version: PACT_DATA_VERSION,
          schema: pactDataSchema,
        })
        ?.clear();
    this.s = freshState();
    this.announce(this.t('erased'));
  }

  /** The centre in "Besoin d'aide ?": the content's, the attributes over it. */
  private centre(): Centre | undefined {
    return centreOf(this.data?.centre, {
      name: this.centreName,
      phone: this.centrePhone,
      email: this.centreEmail,
    });
  }

  // --- render ---------------------------------------------------------------------------------

  /** Every state (loading, errors, content) ends with the "Besoin d'aide ?" block. */
  protected override renderState(): unknown {
    return [super.renderState(), this.renderHelp()];
  }

  protected override renderContent(c: GuideContent): TemplateResult {
    const { screen } = this.s;
    const easy = hasEasy(c) && screen !== 'pact';
    // (without its code — offline before the guide showed — the screen prints as it is)
    const checklist = this.printer.printing && screen === 'guide' && !!this.checklistCode.value;
    return html`<div class="qd-guide ${checklist ? 'qd-printing' : ''}">
      <div class="qd-screen">
        ${easy ? this.easyToolbar() : nothing}
        ${
          screen === 'start'
            ? this.renderStart(c)
            : screen === 'questions'
              ? this.renderQuestions(c)
              : screen === 'guide'
                ? this.renderGuide(c)
                : this.renderPact(c)
        }
        ${
          this.storage !== 'none' && screen === 'guide'
            ? this.device.tools({
                onExport: () =>
                  this.dataStore?.download(savedData(this.s), `guide-${guideStoreId(c)}.json`),
                onImport: (t) =>
                  this.device.importInto(this.dataStore, t, (d) => this.restore(c, d)),
                onErase: () => this.erase(),
              })
            : nothing
        }
      </div>
      ${
        checklist
          ? html`<qd-guide-checklist
              class="qd-print"
              part="checklist"
              .content=${c}
              .state=${this.s}
              .centre=${this.centre()}
              .easy=${this.easyRead.on}
            ></qd-guide-checklist>`
          : nothing
      }
    </div>`;
  }

  private renderStart(c: GuideContent): TemplateResult {
    const intro = this.easyRead.pick(c.intro, c.easyIntro);
    return html`<section part="start" aria-labelledby="start-heading">
      <h2 id="start-heading" tabindex="-1">${this.ct(c.title)}</h2>
      ${this.speech.listen('intro', [c.title, intro ? richTextToPlain(intro) : ''].join('. '))}
      ${intro ? html`<div lang=${c.lang}>${this.rich(intro)}</div>` : nothing}
      <p class="qd-hint">${this.t('startHint')}</p>
      <button type="button" class="qd-button qd-button--primary" @click=${() => this.goStep(0)}>
        ${this.t('start')}
      </button>
    </section>`;
  }

  private renderQuestions(c: GuideContent): TemplateResult {
    const s = STEPS[this.s.step]!;
    const last = this.s.step === STEPS.length - 1;
    const title =
      s === 'children' ? 'stepChildren' : s === 'devices' ? 'stepDevices' : 'stepConcerns';
    return html`<section part="questions" aria-labelledby="step-heading">
      <p class="qd-kicker">
        ${this.t('stepOf', { current: this.s.step + 1, total: STEPS.length })}
      </p>
      <form novalidate @submit=${(e: Event) => this.onNext(e)}>
        <fieldset aria-describedby="step-hint">
          <legend><h2 id="step-heading" tabindex="-1">${this.t(title)}</h2></legend>
          <p class="qd-hint" id="step-hint">${this.t(`${title}Hint` as GuideOwnKey)}</p>
          <qd-guide-questions
            .content=${c}
            .state=${this.s}
            .easy=${this.easyRead.on}
            @qd-guide-answer=${(e: CustomEvent<GuideAnswerDetail>) => this.onAnswer(e.detail)}
          ></qd-guide-questions>
        </fieldset>
        <div class="qd-actions">
          <button type="submit" class="qd-button qd-button--primary">
            ${this.t(last ? 'seeGuide' : 'next')}
          </button>
          <button type="button" class="qd-button" @click=${() => this.skip()}>
            ${this.t('skip')}
          </button>
          ${this.s.step > 0 ? html`<button type="button" class="qd-button" @click=${() => this.goStep(this.s.step - 1)}>${this.t('previous')}</button>` : nothing}
        </div>
      </form>
    </section>`;
  }

  private renderGuide(c: GuideContent): TemplateResult {
    return html`<section part="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading" tabindex="-1">${this.t('guideTitle')}</h2>
      <div class="qd-actions qd-no-print">
        <button type="button" class="qd-button qd-button--primary" @click=${() => this.print()}>
          ${this.t('printList')}
        </button>
        <button type="button" class="qd-button" @click=${() => void this.openPact()}>
          ${this.t('makePact')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.goStep(0)}>
          ${this.t('editAnswers')}
        </button>
      </div>
      ${
        this.viewCode.failed
          ? html`<div class="qd-panel" role="alert">
              <p>${this.t('guideFailed')}</p>
              <button type="button" class="qd-button" @click=${() => void this.viewCode.load()}>
                ${this.t('retry')}
              </button>
            </div>`
          : nothing
      }
      <qd-guide-view
        .content=${c}
        .profiles=${this.s.children}
        .devices=${this.s.devices}
        .concerns=${this.s.concerns}
        .done=${this.s.done}
        .easy=${this.easyRead.on}
        .readAloud=${this.showReadAloud}
        @qd-progress=${(e: CustomEvent<GuideProgressDetail>) => this.onProgress(e.detail)}
      ></qd-guide-view>
    </section>`;
  }

  private renderPact(c: GuideContent): TemplateResult {
    const ages = this.s.children.map((ch) => ch.ageGroup).filter((a): a is string => !!a);
    return html`<div class="qd-actions qd-no-print">
        <button type="button" class="qd-button" @click=${() => this.go('guide', '#guide-heading')}>
          ${this.t('backToGuide')}
        </button>
      </div>
      <qd-screen-pact
        .content=${c}
        .ages=${ages}
        .easy=${this.easyRead.on}
        .storage=${this.storage}
        .readAloud=${this.showReadAloud}
      ></qd-screen-pact>`;
  }

  private renderHelp(): TemplateResult {
    const c = this.data;
    const centre = this.centre();
    const email = mailOf(centre?.email);
    const tel = telOf(centre?.phone);
    return html`<aside class="qd-help qd-no-print" part="help" aria-labelledby="help-heading">
      <h2 id="help-heading">${this.t('help')}</h2>
      <ul class="qd-plain">
        ${
          c
            ? c.resources.filter((r) => r.help).map((r) => this.resource(r))
            : FALLBACK_HELP.map((r) => this.resource(r, this.t(r.key)))
        }
        ${
          centre
            ? html`<li>
                <strong>${centre.name}</strong
                >${centre.address ? html` — ${centre.address}` : nothing}${centre.hours ? html` — ${centre.hours}` : nothing}
                <span class="qd-links">
                  ${tel ? html`<a href=${tel}>${this.t('call', { phone: centre.phone! })}</a>` : nothing}
                  ${email ? html`<a href="mailto:${email}">${email}</a>` : nothing}
                  ${centre.url ? externalLink(centre.url, hostOf(centre.url), this.t('newTab')) : nothing}
                </span>
              </li>`
            : nothing
        }
      </ul>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-parental-guide': QdParentalGuide;
  }
}
