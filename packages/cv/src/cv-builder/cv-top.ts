import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { easyReadToggle } from '@quartiers-douai/core';
import type { BuilderKey } from '../messages.js';
import { CvFormPart } from './form-part.js';
import { STEPS, STEP_KEYS, type StepId } from './form-model.js';

/**
 * `<qd-cv-top>` — above the form: where the CV is kept (the privacy line), « Facile à lire », the
 * save status (`role="status"`), and the list of steps, the current one marked `aria-current`.
 *
 * @internal Rendered by `<qd-cv-builder>` only, without a shadow root (form-part.ts).
 */
export class QdCvTop extends CvFormPart {
  static override properties: PropertyDeclarations = {
    form: { attribute: false },
    step: {},
    privacy: {},
    status: {},
    easy: { type: Boolean },
    steps: { type: Boolean },
  };

  step: StepId = 'identity';
  /** The privacy line: `privacy`, `privacyPublic` (shared computer) or `privacyNone`. */
  privacy: 'privacy' | 'privacyPublic' | 'privacyNone' = 'privacy';
  /** The save status: saved, not saved (full device), not kept (`storage="none"`), or nothing yet. */
  status?: 'saved' | 'notSaved' | 'notKept';
  /** Easy-read is on. */
  easy = false;
  /** The list of steps is shown (the first build adds it in a task of its own). */
  steps = false;

  protected override render(): TemplateResult {
    const status = this.status;
    const step = this.step;
    return html`<div class="qd-cv__top qd-no-print">
      <p class="qd-cv__privacy">${this.t(this.privacy)}</p>
      <div class="qd-toolbar">
        ${easyReadToggle(
          this.easy,
          (k, p) => this.t(k as BuilderKey, p),
          () => this.form.toggleEasy(),
        )}
        <p
          class="qd-cv__save ${status === 'notSaved' ? 'qd-cv__save--error' : status === 'notKept' ? 'qd-cv__save--off' : ''}"
          part="save-status"
          role="status"
        >
          ${status ? this.t(status) : ''}
        </p>
      </div>
      <nav aria-label=${this.t('stepsNav')} part="steps">
        <ol class="qd-cv__steps">
          ${
            !this.steps
              ? nothing
              : STEPS.map(
                  (s, k) =>
                    html`<li>
                      <button
                        type="button"
                        class="qd-cv__step-button"
                        aria-current=${ifDefined(s === step ? 'step' : undefined)}
                        @click=${() => this.form.go(s)}
                      >
                        <span class="qd-cv__num" aria-hidden="true">${k + 1}</span>
                        ${this.t(`step${STEP_KEYS[s]}`)}
                      </button>
                    </li>`,
                )
          }
        </ol>
      </nav>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-cv-top': QdCvTop;
  }
}
