import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  baseStyles,
  PrintController,
  richTextToPlain,
  type DeviceStoreBase,
  StorageController,
} from '@quartiers-douai/core';
import { rulesFor } from '../engine.js';
import { PACT_GROUPS, type GuideContent, type PactRule } from '../schema.js';
import { sharedStyles } from '../guide-element.styles.js';
import { GuideElement } from '../guide-element.js';
import { guideMessages, type GuideKey } from '../messages.js';
import { pactMessages } from './pact-messages.js';
import { choice, formatToday, hasEasy } from '../guide-templates.js';
import { PACT_DATA_VERSION, pactDataSchema, pactStoreId, type PactData } from '../storage.js';
import type { PrintDetail } from '../parental-guide/events.js';
import { pactStyles } from './screen-pact.styles.js';

/**
 * `qd-submit`: the family looked at its agreement ("Voir notre pacte"). Rule texts of its own and
 * names are not sent. (Not `qd-complete`, which the guide around it fires for its questions.)
 */
export interface PactSubmitDetail {
  ages: string[];
  /** Ids of the library's rules the family kept. */
  rules: string[];
  /** How many rules of its own the family wrote. */
  custom: number;
  /** How many names are on the signature lines. */
  signatories: number;
}

const MAX_RULE = 200;
const MAX_CUSTOM = 20;
/** `ages="9-11 12-14"` ⇄ `['9-11', '12-14']`. */
const idList = {
  fromAttribute: (v: string | null): string[] => (v ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (v: string[]): string => v.join(' '),
};

/**
 * The family screen agreement ("Pacte familial"): pick the age of the children, keep or change
 * the rules advised for that age (screen-free meals, no devices in the bedroom at night, ask
 * before downloading…), add rules of your own and the names of who signs, then see and print it.
 *
 * @summary Pacte familial des écrans : règles selon l'âge, règles à soi, signatures, impression.
 *
 * @fires qd-submit - The agreement is shown, ready to print. `detail: PactSubmitDetail` (bubbles, composed).
 * @fires qd-print - The agreement is about to print. `detail: { document: 'pact' }` (bubbles, composed).
 * @fires qd-content-ready - Lifecycle (does not bubble): valid content is shown.
 * @fires qd-content-error - Lifecycle (does not bubble): content could not be loaded or is invalid.
 *
 * @slot - An inline `<script type="application/json">` with the guide library (not displayed).
 *
 * @csspart base - The root wrapper (carries `dir` and `lang`).
 * @csspart pact - The builder (form).
 * @csspart document - The agreement as it prints.
 * @csspart notice - Status messages.
 * @csspart error - The error panel (invalid content, failed loading).
 *
 * @cssprop --qd-color-primary - Buttons and ticked rules.
 * @cssprop --qd-color-danger - Error messages.
 * @cssprop --qd-target-size - Minimum height of choices and buttons (44 px by default).
 *
 * @attr ages - Age groups (ids of the content's `ageGroups`) ticked at first: `ages="9-11 12-14"`.
 */
export class QdScreenPact extends GuideElement<GuideKey> {
  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override messages = [pactMessages, guideMessages];

  static override properties: PropertyDeclarations = {
    ages: {
      converter: idList,
      hasChanged: (a?: string[], b?: string[]) => a?.join(' ') !== b?.join(' '),
    },
    data_: { state: true },
    draft: { state: true },
    draftError: { state: true },
    rulesError: { state: true },
  };

  static override styles = [baseStyles, sharedStyles, pactStyles];

  /** Age groups (ids of the content's `ageGroups`) ticked at first: `ages="9-11 12-14"`. */
  ages: string[] = [];

  private data_: PactData = {
    ages: [],
    ticked: [],
    unticked: [],
    custom: [],
    signatories: '',
    preview: false,
  };
  private draft = '';
  private draftError: 'customEmpty' | 'customLong' | undefined;
  private rulesError = false;

  private pactStore: DeviceStoreBase<PactData> | undefined;
  private readonly printer = new PrintController<PrintDetail>(this, {
    detail: { document: 'pact' },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && this.data && (changed.has('storage') || changed.has('ages')))
      this.contentChanged(this.data);
  }

  /** Moves the focus to the heading of what is shown (used by `<qd-parental-guide>`). */
  focusHeading(): void {
    this.renderRoot
      .querySelector<HTMLElement>(this.data_.preview ? '#doc-heading' : '#pact-heading')
      ?.focus();
  }

  // --- state ----------------------------------------------------------------------------------

  protected override contentChanged(c: GuideContent): void {
    const known = (ids: string[]) => ids.filter((a) => c.ageGroups.some((g) => g.id === a));
    this.data_ = {
      ages: known(this.ages),
      ticked: [],
      unticked: [],
      custom: [],
      signatories: '',
      preview: false,
    };
    this.draft = '';
    this.draftError = undefined;
    this.rulesError = false;
    this.pactStore = undefined;
    this.device.keep(
      {
        type: 'screen-pact',
        id: pactStoreId(c),
        version: PACT_DATA_VERSION,
        schema: pactDataSchema,
      },
      (store, saved) => {
        this.pactStore = store;
        if (saved) {
          this.data_ = { ...saved, ages: known(saved.ages) };
          this.announce(this.t('resumed'));
        }
      },
    );
  }

  private set(patch: Partial<PactData>): void {
    this.data_ = { ...this.data_, ...patch };
    if (this.pactStore) this.device.save(this.pactStore, this.data_);
  }

  /** Rules shown for the ticked ages. */
  private visible(c: GuideContent): PactRule[] {
    return rulesFor(c, this.data_.ages);
  }

  private isChosen(r: PactRule): boolean {
    const d = this.data_;
    return d.ticked.includes(r.id) || (r.suggested && !d.unticked.includes(r.id));
  }

  private choose(id: string, on: boolean): void {
    const d = this.data_;
    this.rulesError = false;
    this.set({
      ticked: d.ticked.filter((x) => x !== id).concat(on ? [id] : []),
      unticked: d.unticked.filter((x) => x !== id).concat(on ? [] : [id]),
    });
  }

  /** The rules of the agreement, in order: the library's, then the family's own. */
  private chosen(c: GuideContent): PactRule[] {
    return this.visible(c).filter((r) => this.isChosen(r));
  }

  private addRule(): void {
    const text = this.draft.trim();
    this.draftError =
      text === '' ? 'customEmpty' : text.length > MAX_RULE ? 'customLong' : undefined;
    if (this.draftError || this.data_.custom.length >= MAX_CUSTOM) {
      void this.focusAfterRender('#custom-rule');
      return;
    }
    this.set({ custom: [...this.data_.custom, text] });
    this.draft = '';
    this.rulesError = false;
    this.announce(this.t('customAdded', { rule: text }));
    void this.focusAfterRender('#custom-rule');
  }

  private removeRule(i: number): void {
    this.set({ custom: this.data_.custom.filter((_, k) => k !== i) });
    void this.focusAfterRender('#custom-rule');
  }

  private names(): string[] {
    return this.data_.signatories
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean);
  }

  private submit(e: Event): void {
    e.preventDefault();
    const c = this.data;
    if (!c) return;
    const rules = this.chosen(c);
    if (rules.length === 0 && this.data_.custom.length === 0) {
      this.rulesError = true;
      void this.focusAfterRender('input[name="rule"]');
      return;
    }
    this.set({ preview: true });
    void this.focusAfterRender('#doc-heading');
    this.dispatchEvent(
      new CustomEvent<PactSubmitDetail>('qd-submit', {
        bubbles: true,
        composed: true,
        detail: {
          ages: [...this.data_.ages],
          rules: rules.map((r) => r.id),
          custom: this.data_.custom.length,
          signatories: this.names().length,
        },
      }),
    );
  }

  /** Prints the agreement. */
  print(): void {
    void this.printer.print();
  }

  protected override resetSession(): void {
    this.pactStore?.clear();
    if (this.data) this.contentChanged(this.data);
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: GuideContent): TemplateResult {
    const doc = this.data_.preview || this.printer.printing;
    return html`<div class="qd-pact ${doc ? 'qd-printing' : ''}">
      ${this.data_.preview ? nothing : this.renderBuilder(c)}
      ${doc ? this.renderDocument(c) : nothing}
      ${
        this.storage !== 'none' && !this.data_.preview
          ? this.device.tools({
              onExport: () => this.pactStore?.download(this.data_),
              onImport: (t) =>
                this.device.importInto(this.pactStore, t, (d) => {
                  this.data_ = d;
                  return true;
                }),
              // "Effacer mes données": what this agreement kept, not other prototypes' data.
              onErase: () => {
                this.pactStore?.clear();
                this.contentChanged(c);
                this.announce(this.t('erased'));
              },
            })
          : nothing
      }
    </div>`;
  }

  private renderBuilder(c: GuideContent): TemplateResult {
    const visible = this.visible(c);
    const err = this.draftError;
    return html`<section class="qd-screen" part="pact" aria-labelledby="pact-heading">
      <h2 id="pact-heading" tabindex="-1">${this.t('pactTitle')}</h2>
      ${hasEasy(c) ? this.easyToolbar() : nothing}
      <p>${this.t('pactIntro')}</p>
      <form novalidate @submit=${(e: Event) => this.submit(e)}>
        <fieldset>
          <legend>${this.t('pactAges')}</legend>
          <div class="qd-choices">
            ${c.ageGroups.map((g) =>
              choice(
                'checkbox',
                'age',
                g.id,
                this.data_.ages.includes(g.id),
                this.ct(g.label, g.easy),
                (on) =>
                  this.set({
                    ages: on
                      ? [...this.data_.ages, g.id]
                      : this.data_.ages.filter((a) => a !== g.id),
                  }),
              ),
            )}
          </div>
        </fieldset>
        ${PACT_GROUPS.map((group) => {
          const rules = visible.filter((r) => r.group === group);
          return rules.length === 0
            ? nothing
            : html`<fieldset aria-describedby=${this.rulesError ? 'rules-error' : nothing}>
                <legend>${this.t(`g-${group}`)}</legend>
                <div class="qd-rules">
                  ${rules.map((r) =>
                    choice(
                      'checkbox',
                      'rule',
                      r.id,
                      this.isChosen(r),
                      this.ct(r.text, r.easy),
                      (on) => this.choose(r.id, on),
                    ),
                  )}
                </div>
              </fieldset>`;
        })}
        <fieldset>
          <legend>${this.t('customTitle')}</legend>
          ${
            this.data_.custom.length > 0
              ? html`<ul class="qd-plain">
                  ${this.data_.custom.map(
                    (r, i) =>
                      html`<li class="qd-custom">
                        <span>${r}</span>
                        <button type="button" class="qd-button" @click=${() => this.removeRule(i)}>
                          ${this.t('customRemove', { rule: r })}
                        </button>
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
          <div class="qd-field">
            <label for="custom-rule">${this.t('customLabel')}</label>
            <div class="qd-inline">
              <input
                id="custom-rule"
                type="text"
                autocomplete="off"
                .value=${this.draft}
                aria-invalid=${err ? 'true' : 'false'}
                aria-describedby=${err ? 'custom-error' : nothing}
                @input=${(e: Event) => {
                  this.draft = (e.target as HTMLInputElement).value;
                  this.draftError = undefined;
                }}
                @keydown=${(e: KeyboardEvent) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    this.addRule();
                  }
                }}
              />
              <button type="button" class="qd-button" @click=${() => this.addRule()}>
                ${this.t('customAdd')}
              </button>
            </div>
            ${err ? html`<p id="custom-error" class="qd-error" role="alert">${this.t(err)}</p>` : nothing}
          </div>
        </fieldset>
        <fieldset>
          <legend>${this.t('signers')}</legend>
          <div class="qd-field">
            <label for="signers">${this.t('signersLabel')}</label>
            <textarea
              id="signers"
              rows="4"
              maxlength="500"
              .value=${this.data_.signatories}
              @input=${(e: Event) => this.set({ signatories: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
          </div>
        </fieldset>
        ${this.rulesError ? html`<p id="rules-error" class="qd-error" role="alert">${this.t('noRules')}</p>` : nothing}
        <div class="qd-actions">
          <button type="submit" class="qd-button qd-button--primary">${this.t('seePact')}</button>
        </div>
      </form>
    </section>`;
  }

  private renderDocument(c: GuideContent): TemplateResult {
    const rules = this.chosen(c);
    const names = this.names();
    const lines = names.length > 0 ? names : ['', '', '', ''];
    const spoken = [
      this.t('pactTitle'),
      ...rules.map((r) => richTextToPlain(this.easyRead.pick(r.text, r.easy))),
      ...this.data_.custom,
    ].join('. ');
    return html`<div class=${this.data_.preview ? '' : 'qd-print'}>
      <article class="qd-doc" part="document" aria-labelledby="doc-heading">
        <h2 id="doc-heading" tabindex="-1">${this.t('pactTitle')}</h2>
        <p>${this.t('pactDate', { date: formatToday(this.i18n.intl) })}</p>
        ${this.speech.listen('pact', spoken)}
        ${PACT_GROUPS.map((group) => {
          const items: unknown[] = rules
            .filter((r) => r.group === group)
            .map((r) => this.ct(r.text, r.easy));
          if (group === 'famille') items.push(...this.data_.custom);
          return items.length === 0
            ? nothing
            : html`<h3>${this.t(`g-${group}`)}</h3>
                <ul>
                  ${items.map((i) => html`<li>${i}</li>`)}
                </ul>`;
        })}
        <p>${this.t('review')}</p>
        <h3>${this.t('signatures')}</h3>
        <ul class="qd-plain qd-signatures">
          ${lines.map((n) => html`<li><span>${n}</span><span class="qd-line" aria-hidden="true"></span></li>`)}
        </ul>
      </article>
      ${
        this.data_.preview
          ? html`<div class="qd-actions qd-no-print">
              <button
                type="button"
                class="qd-button qd-button--primary"
                @click=${() => this.print()}
              >
                ${this.t('printPact')}
              </button>
              <button
                type="button"
                class="qd-button"
                @click=${() => {
                  this.set({ preview: false });
                  void this.focusAfterRender('#pact-heading');
                }}
              >
                ${this.t('editPact')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-screen-pact': QdScreenPact;
  }
}
