/**
 * `<qd-tuto-maker-actions>`: what the resident does with the whole tutorial — « Aperçu »,
 * « Exporter le tuto », « Ouvrir un fichier de tuto », « Tout effacer » — and the two questions
 * asked before a draft in progress is lost (erase it; open a file over it).
 *
 * An internal element of `<qd-tuto-maker>`, rendered in the maker's shadow root without a shadow
 * root of its own (the maker's styles, ids and focus reach inside). It keeps nothing: the maker
 * decides, moves the focus, and hears each press as a `maker-action` event (`MakerActionEvent`).
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Params } from '@quartiers-douai/core';
import type { MakerKey } from '../maker-messages.js';

/** What the resident pressed (or the file chosen with « Ouvrir un fichier de tuto »). */
export type MakerAction =
  | { type: 'preview' | 'export' | 'erase' | 'erase-confirmed' | 'erase-cancelled' }
  | { type: 'open'; file: File }
  | { type: 'open-confirmed' | 'open-cancelled' };

/** `maker-action`: what the resident pressed (not bubbling: the maker listens to the element). */
export class MakerActionEvent extends Event {
  constructor(readonly action: MakerAction) {
    super('maker-action');
  }
}

/**
 * Preview, export, open, erase.
 *
 * @internal Rendered by `<qd-tuto-maker>` only.
 * @fires maker-action - What the resident pressed (`MakerActionEvent`).
 */
export class QdTutoMakerActions extends LitElement {
  static override properties: PropertyDeclarations = {
    previewing: { attribute: false },
    confirmingErase: { attribute: false },
    pendingTitle: { attribute: false },
    t: { attribute: false },
  };

  /** The preview is shown (« Fermer l’aperçu »). */
  previewing = false;
  /** « Tout effacer » was pressed: the question shows. */
  confirmingErase = false;
  /** The title of a tutorial file opened over a draft in progress: the question shows. */
  pendingTitle?: string;
  /** The maker's translator. */
  t: (key: MakerKey, params?: Params) => string = (key) => key;

  /** Rendered in the maker's shadow root (its styles and ids apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private act(action: MakerAction): void {
    this.dispatchEvent(new MakerActionEvent(action));
  }

  private picked(e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.act({ type: 'open', file });
  }

  protected override render(): TemplateResult {
    return html`<div class="qd-toolbar qd-maker__actions" part="actions">
        <button
          id="preview-button"
          type="button"
          class="qd-button"
          aria-expanded=${this.previewing}
          @click=${() => this.act({ type: 'preview' })}
        >
          ${this.previewing ? this.t('closePreview') : this.t('preview')}
        </button>
        <button
          type="button"
          class="qd-button qd-button--primary"
          @click=${() => this.act({ type: 'export' })}
        >
          ${this.t('export')}
        </button>
        <label class="qd-button qd-file-button"
          >${this.t('open')}<input
            id="open-file"
            class="qd-visually-hidden"
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => this.picked(e)}
        /></label>
        <button
          type="button"
          class="qd-button"
          id="erase"
          @click=${() => this.act({ type: 'erase' })}
        >
          ${this.t('eraseAll')}
        </button>
      </div>
      ${
        this.confirmingErase
          ? this.renderQuestion('confirm', this.t('confirmErase'), this.t('yesErase'), 'erase')
          : nothing
      }
      ${
        this.pendingTitle !== undefined
          ? this.renderQuestion(
              'open',
              this.t('confirmOpen', { title: this.pendingTitle }),
              this.t('yesOpen'),
              'open',
            )
          : nothing
      }`;
  }

  /** A question before losing a draft: `#<name>-text`, « Oui… » (`#<name>-yes`), « Annuler ». */
  private renderQuestion(
    name: 'confirm' | 'open',
    question: string,
    yes: string,
    about: 'erase' | 'open',
  ): TemplateResult {
    return html`<div class="qd-panel" role="alertdialog" aria-labelledby="${name}-text">
      <p id="${name}-text">${question}</p>
      <div class="qd-toolbar">
        <button
          type="button"
          class="qd-button qd-button--primary"
          id="${name}-yes"
          @click=${() => this.act({ type: `${about}-confirmed` })}
        >
          ${yes}
        </button>
        <button
          type="button"
          class="qd-button"
          @click=${() => this.act({ type: `${about}-cancelled` })}
        >
          ${this.t('cancel')}
        </button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-tuto-maker-actions': QdTutoMakerActions;
  }
}
