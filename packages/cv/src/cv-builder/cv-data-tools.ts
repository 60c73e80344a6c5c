import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { saveFile, type SetAside } from '@quartiers-douai/core';
import { MAX_IMPORT_BYTES } from '../json-resume.js';
import { CvFormPart } from './form-part.js';

/** What the data tools ask the builder. */
export interface CvDataActions {
  exportFile(): void;
  importText(text: string): boolean;
  /** « Effacer mes données » (asks first on a shared computer). */
  erase(): void;
  undoErase(): void;
  /** Asks to confirm `what` (nothing: the question goes, the focus on `focus`). */
  ask(what: 'erase' | 'finish' | undefined, focus?: string): void;
  /** The answer « Oui ». */
  confirmed(): void;
  /** « Effacer le CV abîmé »: exactly these copies. */
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
    confirming: {},
    undoable: { type: Boolean },
    shared: { type: Boolean },
    copies: { attribute: false },
  };

  actions!: CvDataActions;
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
          @click=${() => this.actions.confirmed()}
        >
          ${this.t(c === 'finish' ? 'finishYes' : 'eraseYes')}
        </button>
        <button
          type="button"
          class="qd-button"
          @click=${() => this.actions.ask(undefined, '.qd-data-tools button')}
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
        <button type="button" class="qd-button" @click=${() => a.erase()}>
          ${this.t('eraseData')}
        </button>
        ${
          this.undoable
            ? html`<button
                type="button"
                class="qd-button"
                id="undo-erase"
                @click=${() => a.undoErase()}
              >
                ${this.t('undoErase')}
              </button>`
            : nothing
        }
        ${this.shared ? html`<button type="button" class="qd-button" @click=${() => a.ask('finish')}>${this.t('finish')}</button>` : nothing}
        ${
          copies.length
            ? html`<button type="button" class="qd-button" @click=${() => this.download(copies)}>
                  ${this.t('downloadQuarantined')}
                </button>
                <button type="button" class="qd-button" @click=${() => a.discard(copies)}>
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
