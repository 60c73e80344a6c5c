/**
 * The staff panel, the kit's one (docs/decisions/0021): behind the staff code, what this device
 * kept (counts, a table), its CSV and JSON downloads, and emptying it after a confirmation.
 * Ordinary Lit code, loaded later: a prototype's own panel extends `StaffPanel` in a module its
 * element fetches through a `StaffPanelController` (`staff-panel-controller.ts`) when someone
 * opens the staff area, so residents never download it. Imported from
 * `@quartiers-douai/core/staff-panel`, which a first screen never reaches.
 *
 * The panel has no shadow root: it lives in its element's shadow root, whose styles, `::part()`
 * and focus reach it (its own styles join that root when it connects).
 */
import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { translate, type Locale, type Messages, type Params } from '../i18n/i18n.js';
import { csvFile, type CsvCell, type CsvSeparator } from '../util/csv.js';
import { saveFile } from '../util/save-file.js';
import { staffMessages } from './staff-messages.js';
import { adoptStylesInto } from '../theme/adopt-styles.js';

/** A table of what this device kept, shown in the panel (`<th scope="row">` for the first cell with `rowHeaders`). */
export interface StaffTable {
  caption: string;
  head: string[];
  rows: CsvCell[][];
  rowHeaders?: boolean;
}

/** A download offered by the panel: a CSV table (the separator the staff picked) or a JSON file. */
export type StaffExport =
  | { label: string; file: string; csv: () => CsvCell[][] }
  | { label: string; file: string; json: () => unknown };

/** What the element's controller gives its panel (`StaffPanelController`). */
export interface StaffPanelHost {
  /** Leaves the panel (the element's first screen, for the next person). */
  leave(): void;
  /** Empties what this device kept. */
  empty(): void;
  /** Says a message in the element's status region. */
  say(text: string): void;
}

/** The panel's own styles, added to its element's shadow root when it connects. */
export const staffPanelStyles = css`
  .qd-staff__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  .qd-staff__field label {
    display: block;
    font-weight: 600;
  }
  .qd-staff__field input {
    min-height: var(--_target);
    max-width: 100%;
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }
  .qd-staff__field [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .qd-staff__error {
    color: var(--_danger);
    font-weight: 600;
  }
  .qd-staff__table {
    border-collapse: collapse;
  }
  .qd-staff__table caption {
    font-weight: 700;
  }
  .qd-staff__table :is(caption, th, td) {
    text-align: start;
    padding: var(--_space);
  }
  .qd-staff__table :is(th, td) {
    border: 1px solid var(--_border);
  }
  .qd-staff__table .qd-num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .qd-staff__separator {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .qd-staff__choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_target);
  }
  .qd-button--danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
`;

/**
 * A prototype's staff panel: its texts (`messages`, before core's), what it shows (`renderFacts`,
 * `table`), what it offers (`exports`, `renderActions`, `renderMore`) and whether there is
 * something to empty (`hasData`). Core does the rest: the code, the separator, the downloads,
 * emptying after a confirmation, the focus and the keyboard.
 *
 * Focus: the code field when the panel opens (its heading without a code), the heading once the
 * code is right, the field again when it is wrong; the confirmation when someone asks to empty,
 * the heading once emptied, back to « Vider… » when the confirmation is cancelled (or Escape).
 */
export abstract class StaffPanel<V> extends LitElement {
  static override properties: PropertyDeclarations = {
    view: { attribute: false },
    pin: { attribute: false },
    locale: { attribute: false },
    unlocked: { state: true },
    pinError: { state: true },
    confirming: { state: true },
    separator: { state: true },
  };

  /** What the panel shows, from its element (at each of its renders). */
  view?: V;
  /** The staff code; none: the panel opens without asking for one. */
  pin?: string;
  locale: Locale = 'fr';
  /** What the panel may ask of its element, set by the controller. */
  controls?: StaffPanelHost;

  /** The panel's heading level: 2 when it replaces the element's screen, 3 inside a section. */
  protected headingLevel: 2 | 3 = 3;
  /** A choice of separator for the CSV (`,` or `;`); without it, `;` (French Excel). */
  protected separators = true;
  /** The prototype's texts, looked up before core's (`empty`, `emptyConfirm`, `emptyYes`, `emptied`…). */
  protected abstract readonly messages: Messages<string>;

  private unlocked = false;
  private pinError = false;
  private confirming = false;
  private separator: CsvSeparator = ',';
  /** What to focus after the next render. */
  private focusNext?: string;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStylesInto(this, staffPanelStyles);
    this.focusNext = this.pin ? '#pin' : '#staff-heading';
  }

  /** A text of the panel, in its language (the prototype's, then core's; French when missing). */
  protected t(key: string, params?: Params): string {
    return translate([this.messages, staffMessages as Messages<string>], this.locale, key, params);
  }

  /** Lines about what this device kept, above the table. */
  protected renderFacts(_view: V): unknown {
    return nothing;
  }
  /** The table of what this device kept, if any. */
  protected table(_view: V): StaffTable | undefined {
    return undefined;
  }
  /** Whether there is something to download and empty. */
  protected hasData(_view: V): boolean {
    return true;
  }
  /** The downloads offered. */
  protected exports(_view: V): StaffExport[] {
    return [];
  }
  /** More buttons, after the downloads. */
  protected renderActions(_view: V): unknown {
    return nothing;
  }
  /** What shows below the actions (e.g. the results). */
  protected renderMore(_view: V): unknown {
    return nothing;
  }
  /** Parameters of the confirmation text (e.g. `{ count }`). */
  protected emptyParams(_view: V): Params | undefined {
    return undefined;
  }
  /** Emptied: anything of the panel's own to reset. */
  protected emptied(): void {}

  protected override updated(): void {
    const target = this.focusNext;
    this.focusNext = undefined;
    if (target) this.querySelector<HTMLElement>(target)?.focus();
  }

  private focusAfter(selector: string): void {
    this.focusNext = selector;
    this.requestUpdate();
  }

  private onPin(e: Event): void {
    e.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#pin')!;
    const ok = !!this.pin && input.value === this.pin;
    input.value = '';
    this.unlocked = ok;
    this.pinError = !ok;
    this.focusAfter(ok ? '#staff-heading' : '#pin');
  }

  private download(x: StaffExport): void {
    const sep = this.separators ? this.separator : ';';
    if ('csv' in x) saveFile(csvFile(x.csv(), sep), x.file, 'text/csv;charset=utf-8');
    else saveFile(JSON.stringify(x.json(), null, 2), x.file, 'application/json');
  }

  private empty(): void {
    this.controls?.empty();
    this.confirming = false;
    this.emptied();
    this.controls?.say(this.t('emptied'));
    this.focusAfter('#staff-heading');
  }

  private cancelEmpty(): void {
    this.confirming = false;
    this.focusAfter('#staff-empty');
  }

  /** A button of the panel. */
  protected button(label: string, onClick: () => void, kind = ''): unknown {
    return html`<button type="button" class="qd-button ${kind}" @click=${onClick}>
      ${label}
    </button>`;
  }

  private heading(text: string): unknown {
    return this.headingLevel === 2
      ? html`<h2 id="staff-heading" tabindex="-1">${text}</h2>`
      : html`<h3 id="staff-heading" tabindex="-1">${text}</h3>`;
  }

  override render(): unknown {
    const v = this.view;
    if (v === undefined) return nothing;
    if (this.pin && !this.unlocked) return this.renderPin();
    const table = this.table(v);
    return html`<section part="staff" class="qd-staff" aria-labelledby="staff-heading">
      ${this.heading(this.t('openTitle') || this.t('staffTitle'))} ${this.renderFacts(v)}
      ${table ? this.renderTable(table) : nothing} ${this.hasData(v) ? this.renderData(v) : nothing}
      <div class="qd-staff__actions">
        ${this.button(this.t('staffClose'), () => this.controls?.leave())}
      </div>
    </section>`;
  }

  private renderPin(): unknown {
    const error = this.pinError;
    return html`<section part="staff" class="qd-staff" aria-labelledby="staff-heading">
      ${this.heading(this.t('staffTitle'))}
      <form novalidate @submit=${(e: Event) => this.onPin(e)}>
        <div class="qd-staff__field">
          <label for="pin">${this.t('pinLabel')}</label>
          <input
            id="pin"
            type="password"
            inputmode="numeric"
            autocomplete="off"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? 'pin-error' : nothing}
          />
        </div>
        ${error ? html`<p id="pin-error" class="qd-staff__error" role="alert">${this.t('pinWrong')}</p>` : nothing}
        <div class="qd-staff__actions">
          <button type="submit" class="qd-button qd-button--primary">${this.t('pinSubmit')}</button>
          ${this.button(this.t('cancel'), () => this.controls?.leave())}
        </div>
      </form>
    </section>`;
  }

  private renderTable(t: StaffTable): unknown {
    return html`<table class="qd-staff__table">
      <caption>
        ${t.caption}
      </caption>
      <thead>
        <tr>
          ${t.head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${t.rows.map(
          (r) =>
            html`<tr>
              ${r.map((cell, i) =>
                // (a space between cells: a row reads « Film C 2 », not « Film C2 »)
                i === 0 && t.rowHeaders
                  ? html`<th scope="row">${cell}</th> `
                  : typeof cell === 'number'
                    ? html`<td class="qd-num">${cell}</td> `
                    : html`<td>${cell}</td> `,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderData(v: V): unknown {
    return html`${
        this.separators
          ? html`<fieldset class="qd-staff__separator">
              <legend>${this.t('csvSeparator')}</legend>
              ${([',', ';'] as const).map(
                (sep) =>
                  html`<label class="qd-staff__choice">
                    <input
                      type="radio"
                      name="separator"
                      .checked=${this.separator === sep}
                      @change=${() => (this.separator = sep)}
                    />
                    <span>${this.t(sep === ',' ? 'comma' : 'semicolon')}</span>
                  </label>`,
              )}
            </fieldset>`
          : nothing
      }
      <div class="qd-staff__actions">
        ${this.exports(v).map((x, i) =>
          this.button(x.label, () => this.download(x), i === 0 ? 'qd-button--primary' : ''),
        )}
        ${this.renderActions(v)}
        <button
          type="button"
          class="qd-button"
          id="staff-empty"
          aria-expanded=${this.confirming ? 'true' : 'false'}
          @click=${() => {
            this.confirming = true;
            this.focusAfter('#confirm-empty');
          }}
        >
          ${this.t('empty')}
        </button>
      </div>
      ${
        this.confirming
          ? html`<div
              class="qd-panel qd-panel--error"
              @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancelEmpty()}
            >
              <p id="confirm-empty" tabindex="-1">${this.t('emptyConfirm', this.emptyParams(v))}</p>
              <div class="qd-staff__actions">
                ${this.button(this.t('emptyYes'), () => this.empty(), 'qd-button--danger')}
                ${this.button(this.t('cancel'), () => this.cancelEmpty())}
              </div>
            </div>`
          : nothing
      }
      ${this.renderMore(v)}`;
  }
}

export { staffMessages, type StaffKey } from './staff-messages.js';
