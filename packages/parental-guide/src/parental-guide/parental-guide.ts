import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  baseStyles,
  LoadController,
  richTextToPlain,
  seedFrom,
  type DeviceStoreBase,
  StorageController,
} from '@quartiers-douai/core';
import {
  isStale,
  selectGuides,
  stepKey,
  uncoveredDevices,
  type Answers,
  type GuideMatch,
} from '../engine.js';
import type { GuideOwnKey } from '../messages.js';
import { CATEGORIES, CONCERNS, type Concern, type GuideContent, type Resource } from '../schema.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { GuideElement } from '../shared/guide-element.js';
import { PrintController, type PrintDetail } from '../shared/print-controller.js';
import { choice, externalLink, formatDay, hasEasy, hostOf, telOf } from '../shared/templates.js';
import {
  GUIDE_DATA_VERSION,
  PACT_DATA_VERSION,
  pactStoreId,
  guideDataSchema,
  pactDataSchema,
  type Child,
  type GuideData,
} from '../storage.js';
import type { QdScreenPact } from '../screen-pact/screen-pact.js';
import { loadScreenPact } from '../screen-pact/load.js';
import { loadChecklist } from '../checklist/load.js';
import { guideStyles } from './parental-guide.styles.js';

/** `qd-complete`: the questionnaire is answered and the guide shown (no first names). */
export interface GuideCompleteDetail {
  children: Array<{ ageGroup: string | null; guides: string[] }>;
  devices: string[];
  concerns: string[];
}

/** `qd-progress`: a step was ticked or unticked. */
export interface GuideProgressDetail {
  /** Index of the child profile (0 = first). */
  child: number;
  guideId: string;
  /** Index of the step in the guide (0 = first). */
  step: number;
  done: boolean;
  doneSteps: number;
  totalSteps: number;
}

type Screen = GuideData['screen'];
const STEPS = ['children', 'devices', 'concerns'] as const;
const MAX_CHILDREN = 8;

/** The national helplines, shown when the content is missing or not loaded yet. */
const FALLBACK_HELP: Array<Pick<Resource, 'name' | 'phone' | 'url'> & { key: GuideOwnKey }> = [
  { name: '3018', phone: '3018', url: 'https://3018.fr', key: 'helpFallback3018' },
  {
    name: 'Je protège mon enfant',
    url: 'https://jeprotegemonenfant.gouv.fr',
    key: 'helpFallbackSite',
  },
];

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
    screen: { state: true },
    step: { state: true },
    children_: { state: true },
    devices: { state: true },
    concerns: { state: true },
    done: { state: true },
  };

  static override styles = [baseStyles, sharedStyles, guideStyles];

  /** The centre's name in "Besoin d'aide ?" (overrides the content's `centre.name`). */
  centreName?: string;
  /** The centre's phone number (overrides `centre.phone`). */
  centrePhone?: string;
  /** The centre's e-mail address (overrides `centre.email`). */
  centreEmail?: string;

  private screen: Screen = 'start';
  private step = 0;
  private children_: Child[] = [{ id: 'c1', name: '', ageGroup: null }];
  private devices: string[] = [];
  private concerns: Concern[] = [];
  private done: ReadonlySet<string> = new Set();

  private dataStore: DeviceStoreBase<GuideData> | undefined;
  private readonly printer = new PrintController(this, 'checklist');
  /** The printed checklist (`checklist.part.ts`), fetched with the agreement (see willUpdate). */
  private readonly checklistCode = new LoadController(this, loadChecklist);
  /** The agreement's code was asked for (see willUpdate). */
  private pactAsked = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The agreement's code and the printed checklist (parts of the bundle, ADR 0016) are fetched
    // ahead once the guide is shown, so "Faire notre pacte familial" opens at once and the list
    // prints, even if the connection drops.
    if ((this.screen === 'guide' || this.screen === 'pact') && !this.pactAsked) {
      this.pactAsked = true;
      // If it fails (offline), the button tries again and says so: no retry at every render.
      loadScreenPact().catch(() => undefined);
      void this.checklistCode.load();
    }
    if (changed.has('storage') && this.hasUpdated && this.data) this.contentChanged(this.data);
  }

  // --- state ----------------------------------------------------------------------------------

  private storeId(c: GuideContent): string {
    return c.id ?? seedFrom(`${c.title}|${c.guides.map((g) => g.id).join(',')}`).toString(36);
  }

  private reset(): void {
    this.screen = 'start';
    this.step = 0;
    this.children_ = [{ id: 'c1', name: '', ageGroup: null }];
    this.devices = [];
    this.concerns = [];
    this.done = new Set();
  }

  protected override contentChanged(content: GuideContent): void {
    this.reset();
    this.dataStore = undefined;
    this.device.keep(
      {
        type: 'parental-guide',
        id: this.storeId(content),
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
    const ages = new Set(c.ageGroups.map((g) => g.id));
    this.children_ = d.children.map((ch) => ({
      ...ch,
      ageGroup: ch.ageGroup && ages.has(ch.ageGroup) ? ch.ageGroup : null,
    }));
    this.devices = d.devices.filter((id) => c.devices.some((x) => x.id === id));
    this.concerns = d.concerns;
    this.done = new Set(d.done);
    this.screen = d.screen;
    this.step = d.step;
    return d.screen !== 'start' || d.done.length > 0;
  }

  private snapshot(): GuideData {
    return {
      screen: this.screen,
      step: this.step,
      children: this.children_,
      devices: this.devices,
      concerns: this.concerns,
      done: [...this.done],
    };
  }

  private persist(): void {
    if (this.dataStore) this.device.save(this.dataStore, this.snapshot());
  }

  private answersOf(ch: Child): Answers {
    return { ageGroup: ch.ageGroup, devices: this.devices, concerns: this.concerns };
  }

  private go(screen: Screen, focus?: string): void {
    this.speech.stop();
    this.announce(''); // a message belongs to the screen it was said on
    this.screen = screen;
    this.persist();
    if (focus) void this.focusAfterRender(focus);
  }

  private goStep(step: number): void {
    this.step = step;
    this.go('questions', '#step-heading');
  }

  /** "Suivant" (or Enter): the next step; a step left without an answer is said to be skipped. */
  private onNext(e: Event): void {
    e.preventDefault();
    const s = STEPS[this.step];
    const empty =
      s === 'children'
        ? this.children_.every((ch) => !ch.ageGroup)
        : s === 'devices'
          ? this.devices.length === 0
          : this.concerns.length === 0;
    this.forward();
    if (empty) this.announce(this.t('skipped'));
  }

  private skip(): void {
    const s = STEPS[this.step];
    if (s === 'children') this.children_ = this.children_.map((ch) => ({ ...ch, ageGroup: null }));
    if (s === 'devices') this.devices = [];
    if (s === 'concerns') this.concerns = [];
    this.forward();
    this.announce(this.t('skipped'));
  }

  private forward(): void {
    if (this.step < STEPS.length - 1) this.goStep(this.step + 1);
    else this.showGuide();
  }

  private showGuide(): void {
    const c = this.data;
    if (!c) return;
    this.go('guide', '#guide-heading');
    this.dispatchEvent(
      new CustomEvent<GuideCompleteDetail>('qd-complete', {
        bubbles: true,
        composed: true,
        detail: {
          children: this.children_.map((ch) => ({
            ageGroup: ch.ageGroup,
            guides: selectGuides(c, this.answersOf(ch)).map((m) => m.guide.id),
          })),
          devices: [...this.devices],
          concerns: [...this.concerns],
        },
      }),
    );
  }

  private setChild(i: number, patch: Partial<Child>): void {
    this.children_ = this.children_.map((ch, k) => (k === i ? { ...ch, ...patch } : ch));
    this.persist();
  }

  private addProfile(): void {
    const used = new Set(this.children_.map((ch) => ch.id));
    let n = this.children_.length + 1;
    while (used.has(`c${n}`)) n++;
    this.children_ = [...this.children_, { id: `c${n}`, name: '', ageGroup: null }];
    this.persist();
    void this.focusAfterRender(`#name-c${n}`);
  }

  private removeProfile(i: number): void {
    const gone = this.children_[i]!.id;
    this.children_ = this.children_.filter((_, k) => k !== i);
    this.done = new Set([...this.done].filter((k) => !k.startsWith(`${gone}/`)));
    this.persist();
    void this.focusAfterRender('#add-child');
  }

  private toggle<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
    return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
  }

  private tick(i: number, m: GuideMatch, step: number, on: boolean): void {
    const ch = this.children_[i]!;
    const key = stepKey(ch.id, m.guide.id, step);
    const next = new Set(this.done);
    if (on) next.add(key);
    else next.delete(key);
    this.done = next;
    this.persist();
    const total = m.guide.steps.length;
    this.dispatchEvent(
      new CustomEvent<GuideProgressDetail>('qd-progress', {
        bubbles: true,
        composed: true,
        detail: {
          child: i,
          guideId: m.guide.id,
          step,
          done: on,
          doneSteps: this.doneIn(ch, m),
          totalSteps: total,
        },
      }),
    );
  }

  private doneIn(ch: Child, m: GuideMatch): number {
    return m.guide.steps.filter((_, k) => this.done.has(stepKey(ch.id, m.guide.id, k))).length;
  }

  /** Prints the personalised checklist (one page per device), once its code is here. */
  print(): void {
    void this.checklistCode.load().then(() => this.printer.print());
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
    this.reset();
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
    this.reset();
    this.announce(this.t('erased'));
  }

  // --- render helpers -------------------------------------------------------------------------

  private who(ch: Child, i: number): string {
    return (
      ch.name.trim() ||
      (this.children_.length > 1 ? this.t('theChild', { n: i + 1 }) : this.t('yourChild'))
    );
  }

  private centre():
    | {
        name: string;
        phone?: string | undefined;
        email?: string | undefined;
        address?: string | undefined;
        hours?: string | undefined;
        url?: string | undefined;
      }
    | undefined {
    const c = this.data?.centre;
    const name = this.centreName ?? c?.name;
    if (!name) return undefined;
    return { ...c, name, phone: this.centrePhone ?? c?.phone, email: this.centreEmail ?? c?.email };
  }

  // --- render ---------------------------------------------------------------------------------

  /** Every state (loading, errors, content) ends with the "Besoin d'aide ?" block. */
  protected override renderState(): unknown {
    return [super.renderState(), this.renderHelp()];
  }

  protected override renderContent(c: GuideContent): TemplateResult {
    const easy = hasEasy(c) && this.screen !== 'pact';
    // (without its code — offline before the guide showed — the screen prints as it is)
    const checklist = this.printer.on && this.screen === 'guide' && !!this.checklistCode.value;
    return html`<div class="qd-guide ${checklist ? 'qd-printing' : ''}">
      <div class="qd-screen">
        ${easy ? this.easyToolbar() : nothing}
        ${
          this.screen === 'start'
            ? this.renderStart(c)
            : this.screen === 'questions'
              ? this.renderQuestions(c)
              : this.screen === 'guide'
                ? this.renderGuide(c)
                : this.renderPact(c)
        }
        ${
          this.storage !== 'none' && this.screen === 'guide'
            ? this.device.tools({
                onExport: () =>
                  this.dataStore?.download(this.snapshot(), `guide-${this.storeId(c)}.json`),
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
              .profiles=${this.children_}
              .done=${this.done}
              .centre=${this.centre()}
              .locale=${this.i18n.intl}
              .t=${this.tr}
              .ct=${(text: string, easy?: string) => this.ct(text, easy)}
              .who=${(ch: Child, i: number) => this.who(ch, i)}
              .guidesOf=${(ch: Child) => selectGuides(c, this.answersOf(ch))}
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
    const s = STEPS[this.step]!;
    const last = this.step === STEPS.length - 1;
    const title =
      s === 'children' ? 'stepChildren' : s === 'devices' ? 'stepDevices' : 'stepConcerns';
    return html`<section part="questions" aria-labelledby="step-heading">
      <p class="qd-kicker">${this.t('stepOf', { current: this.step + 1, total: STEPS.length })}</p>
      <form novalidate @submit=${(e: Event) => this.onNext(e)}>
        <fieldset aria-describedby="step-hint">
          <legend><h2 id="step-heading" tabindex="-1">${this.t(title)}</h2></legend>
          <p class="qd-hint" id="step-hint">${this.t(`${title}Hint` as GuideOwnKey)}</p>
          ${s === 'children' ? this.renderChildren(c) : s === 'devices' ? this.renderDevices(c) : this.renderConcerns(c)}
        </fieldset>
        <div class="qd-actions">
          <button type="submit" class="qd-button qd-button--primary">
            ${this.t(last ? 'seeGuide' : 'next')}
          </button>
          <button type="button" class="qd-button" @click=${() => this.skip()}>
            ${this.t('skip')}
          </button>
          ${this.step > 0 ? html`<button type="button" class="qd-button" @click=${() => this.goStep(this.step - 1)}>${this.t('previous')}</button>` : nothing}
        </div>
      </form>
    </section>`;
  }

  private renderChildren(c: GuideContent): TemplateResult {
    const many = this.children_.length > 1;
    return html`${this.children_.map(
      (ch, i) =>
        html`<fieldset class="qd-child">
          <legend>${this.t('child', { n: i + 1 })}</legend>
          <div class="qd-field">
            <label for="name-${ch.id}">${this.t('childName')}</label>
            <input
              id="name-${ch.id}"
              type="text"
              autocomplete="off"
              maxlength="60"
              .value=${ch.name}
              @input=${(e: Event) => this.setChild(i, { name: (e.target as HTMLInputElement).value })}
            />
          </div>
          <fieldset>
            <legend>${this.t('childAge')}</legend>
            <div class="qd-choices">
              ${c.ageGroups.map((g) => choice('radio', `age-${ch.id}`, g.id, ch.ageGroup === g.id, this.ct(g.label, g.easy), () => this.setChild(i, { ageGroup: g.id })))}
            </div>
          </fieldset>
          ${many ? html`<button type="button" class="qd-button" @click=${() => this.removeProfile(i)}>${this.t('removeChild', { n: i + 1 })}</button>` : nothing}
        </fieldset>`,
    )}
    ${
      this.children_.length < MAX_CHILDREN
        ? html`<button
            type="button"
            id="add-child"
            class="qd-button"
            @click=${() => this.addProfile()}
          >
            + ${this.t('addChild')}
          </button>`
        : nothing
    }`;
  }

  private renderDevices(c: GuideContent): TemplateResult[] {
    return CATEGORIES.filter((cat) => c.devices.some((d) => d.category === cat)).map(
      (cat) =>
        html`<fieldset>
          <legend>${this.t(`cat-${cat}`)}</legend>
          <div class="qd-choices">
            ${c.devices
              .filter((d) => d.category === cat)
              .map((d) =>
                choice(
                  'checkbox',
                  'device',
                  d.id,
                  this.devices.includes(d.id),
                  this.ct(d.name, d.easy),
                  (on) => {
                    this.devices = this.toggle(this.devices, d.id, on);
                    this.persist();
                  },
                ),
              )}
          </div>
        </fieldset>`,
    );
  }

  private renderConcerns(c: GuideContent): TemplateResult {
    return html`<div class="qd-choices">
      ${CONCERNS.filter((k) => c.guides.some((g) => g.concerns.includes(k))).map((k) =>
        choice('checkbox', 'concern', k, this.concerns.includes(k), this.t(`c-${k}`), (on) => {
          this.concerns = this.toggle(this.concerns, k, on);
          this.persist();
        }),
      )}
    </div>`;
  }

  private renderGuide(c: GuideContent): TemplateResult {
    const more = c.resources.filter((r) => !r.help);
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
      ${this.children_.map((ch, i) => this.renderChildGuide(c, ch, i))}
      ${
        more.length > 0
          ? html`<h3>${this.t('more')}</h3>
              <ul class="qd-plain">
                ${more.map((r) => this.renderResource(r))}
              </ul>`
          : nothing
      }
    </section>`;
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
    return html`<div class="qd-child-guide">
      <h3>
        ${this.t('forChild', { who: this.who(ch, i) })}${age ? html` — ${this.ct(age.label, age.easy)}` : nothing}
      </h3>
      ${
        matches.length === 0
          ? html`<p class="qd-empty">${this.t('noGuide')}</p>`
          : html`<ol class="qd-plain">
              ${matches.map((m) => this.renderCard(c, ch, i, m))}
            </ol>`
      }
      ${byAge.length > 0 ? html`<p class="qd-empty">${this.t('notForAge', { devices: byAge.map((d) => d.name).join(', ') })}</p>` : nothing}
      ${none.length > 0 ? html`<p class="qd-empty">${this.t('uncovered', { devices: none.map((d) => d.name).join(', ') })}</p>` : nothing}
    </div>`;
  }

  private renderCard(c: GuideContent, ch: Child, i: number, m: GuideMatch): TemplateResult {
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
          ${this.t('stepsDone', { count: this.doneIn(ch, m), total: g.steps.length })}
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

  private renderPact(c: GuideContent): TemplateResult {
    const ages = this.children_.map((ch) => ch.ageGroup).filter((a): a is string => !!a);
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

  private renderResource(
    r: Pick<Resource, 'name' | 'phone' | 'url' | 'description' | 'easy'>,
    text?: string,
  ): TemplateResult {
    const desc = text ?? this.easyRead.pick(r.description, r.easy);
    const tel = telOf(r.phone);
    return html`<li>
      <strong>${this.ct(r.name)}</strong>${desc ? html` — ${text ? desc : this.ct(desc)}` : nothing}
      <span class="qd-links">
        ${tel ? html`<a href=${tel}>${this.t('call', { phone: r.phone! })}</a>` : nothing}
        ${r.url ? externalLink(r.url, hostOf(r.url), this.t('newTab')) : nothing}
      </span>
    </li>`;
  }

  private renderHelp(): TemplateResult {
    const c = this.data;
    const centre = this.centre();
    const email =
      centre?.email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(centre.email) ? centre.email : undefined;
    const tel = telOf(centre?.phone);
    return html`<aside class="qd-help qd-no-print" part="help" aria-labelledby="help-heading">
      <h2 id="help-heading">${this.t('help')}</h2>
      <ul class="qd-plain">
        ${
          c
            ? c.resources.filter((r) => r.help).map((r) => this.renderResource(r))
            : FALLBACK_HELP.map((r) => this.renderResource(r, this.t(r.key)))
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

export type { PrintDetail };

declare global {
  interface HTMLElementTagNameMap {
    'qd-parental-guide': QdParentalGuide;
  }
}
