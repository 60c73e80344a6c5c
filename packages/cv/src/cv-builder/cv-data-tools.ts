import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { saveFile, type SetAside } from '@quartiers-douai/core';
import { MAX_IMPORT_BYTES } from '../json-resume.js';
import { CvFormPart } from './form-part.js';
import type { CvErasure } from './erasure.js';

/** What the data tools ask the builder. */
export interface CvDataActions {
  exportFile(): void;
  importText(text: string): boolean;
  /** Erases exactly these damaged copies (and saves the CV, if one held the draft's place). */
  discard(copies: SetAside[]): void;
}

/**
 * `<qd-cv-data-tools>` — below the form: « Exporter mon CV (fichier) », « Importer un CV
 * (fichier) », « Effacer mes données » (with « Annuler l'effacement » just after, on a personal
 * device), « Terminer et tout effacer » on a shared computer, and the damaged CVs set aside
 * (download, erase); the question that confirms an erasure.
 *
 * @internal Rendered by `<qd-cv-builder>` only, without a shadow root (form-part.ts).
 */
export class QdCvDataTools extends CvFormPart {
  static override properties: PropertyDeclarations = {
    form: { attribute: false },
    actions: { attribute: false },
    erasure: { attribute: false },
    confirming: {},
    undoable: { type: Boolean },
    shared: { type: Boolean },
    copies: { attribute: false },
  };

  actions!: CvDataActions;
  /** « Effacer mes données », « Terminer », « Annuler l'effacement ». */
  erasure!: CvErasure;
  /** The erasure waiting for « Oui ». */
  confirming?: 'erase' | 'finish';
  /** « Annuler l'effacement » is offered. */
  undoable = false;
  /** A shared computer (« Terminer et tout effacer »). */
  shared = false;
  /** The damaged CVs set aside on this device. */
  copies: SetAside[] = [];

  private async onImportFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const size = (file.size / 1_000_000).toLocaleString(this.form.intl, {
        maximumFractionDigits: 1,
      });
      this.form.say(this.t('importFailed', { reason: this.t('importTooBig', { size }) }), 'error');
      return;
    }
    this.actions.importText(await file.text());
  }

  /** « Effacer le CV abîmé »: removes exactly the copies its buttons named. */
  private discard(copies: SetAside[]): void {
    this.actions.discard(copies);
    this.form.say(this.t('quarantineErased'));
    this.form.focus('.qd-data-tools button');
  }

  private download(copies: SetAside[]): void {
    copies.forEach((c, i) =>
      saveFile(c.text, i ? `cv-abime-${i + 1}.json` : 'cv-abime.json', 'application/json'),
    );
  }

  private renderConfirm(c: 'erase' | 'finish'): TemplateResult {
    return html`<div class="qd-panel qd-cv__confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text" tabindex="-1">
        ${this.t(c === 'finish' ? 'finishConfirm' : 'eraseConfirm')}
      </p>
      <div class="qd-toolbar">
        <button
          type="button"
          class="qd-button qd-button--primary qd-cv__danger"
          @click=${() => this.erasure.confirmed()}
        >
          ${this.t(c === 'finish' ? 'finishYes' : 'eraseYes')}
        </button>
        <button
          type="button"
          class="qd-button"
          @click=${() => this.erasure.ask(undefined, '.qd-data-tools button')}
        >
          ${this.t('cancel')}
        </button>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const a = this.actions;
    const copies = this.copies;
    return html`<div class="qd-toolbar qd-data-tools qd-no-print" part="data-tools">
        <button type="button" class="qd-button" @click=${() => a.exportFile()}>
          ${this.t('exportData')}
        </button>
        <label class="qd-button qd-file-button"
          >${this.t('importData')}<input
            class="qd-visually-hidden"
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => void this.onImportFile(e)}
        /></label>
        <button type="button" class="qd-button" @click=${() => this.erasure.erase()}>
          ${this.t('eraseData')}
        </button>
        ${
          this.undoable
            ? html`<button
                type="button"
                class="qd-button"
                id="undo-erase"
                @click=${() => this.erasure.undo()}
              >
                ${this.t('undoErase')}
              </button>`
            : nothing
        }
        ${this.shared ? html`<button type="button" class="qd-button" @click=${() => this.erasure.ask('finish')}>${this.t('finish')}</button>` : nothing}
        ${
          copies.length
            ? html`<button type="button" class="qd-button" @click=${() => this.download(copies)}>
                  ${this.t('downloadQuarantined')}
                </button>
                <button type="button" class="qd-button" @click=${() => this.discard(copies)}>
                  ${this.t('discardQuarantined')}
                </button>`
            : nothing
        }
      </div>
      ${this.confirming ? this.renderConfirm(this.confirming) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-cv-data-tools': QdCvDataTools;
  }
}
