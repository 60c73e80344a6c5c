import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ACCENTS, TEMPLATES, isPhotoDataUrl, type LICENCES } from '../schema.js';
import type { BuilderKey } from '../messages.js';
import { resizePhoto } from '../photo.js';
import { QdCvPreview } from '../cv-preview/cv-preview.js';
import { CvFormPart, type Removed } from './form-part.js';
import { QdCvList } from './cv-list.js';
import {
  COMMON_LICENCES,
  CV_LANGS,
  STEPS,
  STEP_KEYS,
  minimumMissing,
  withLicence,
  type ListKey,
  type StepId,
} from './form-model.js';

/** The repeating lists of each step, in order. */
const STEP_LISTS: Partial<Record<StepId, ListKey[]>> = {
  identity: ['profiles'],
  experience: ['work', 'volunteer'],
  education: ['education', 'certificates'],
  skills: ['skills'],
  languages: ['languages'],
  interests: ['interests'],
};

/**
 * `<qd-cv-step>` — one step of the CV, in a form: its heading (« Étape 3 sur 8 »), its help, its
 * fields, « Précédent » and « Suivant ». The fields: identity (name, contacts, address, photo),
 * objective (target job, presentation, licences, mobility), the repeating lists of the step
 * (`<qd-cv-list>`), qualities, and on « Aperçu » the CV's template, colour and language, with
 * « Imprimer » and the CV as it will print.
 *
 * @internal Rendered by `<qd-cv-builder>` only, without a shadow root (form-part.ts).
 */
export class QdCvStep extends CvFormPart {
  static override properties: PropertyDeclarations = {
    ...CvFormPart.properties,
    step: {},
    fields: { type: Boolean },
    help: {},
    listen: { attribute: false },
    removed: { attribute: false },
  };

  /** The elements it renders; `define.js` registers them with the builder. */
  static readonly parts = { 'qd-cv-list': QdCvList, 'qd-cv-preview': QdCvPreview };

  step: StepId = 'identity';
  /** The fields are shown (the first build adds them in a task of their own). */
  fields = false;
  /** The step's help, in plain or easy French. */
  help = '';
  /** Its « Écouter » button. */
  listen: unknown = nothing;
  /** The entry just removed from a list, for its « Annuler la suppression ». */
  removed?: Removed;

  /** Resolves once the step's lists have rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([...this.querySelectorAll('qd-cv-list')].map((l) => l.updateComplete));
    return done;
  }

  private async onPhoto(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      this.form.set(['basics', 'x-qd', 'photo'], await resizePhoto(file), true);
      this.form.say(this.t('photoAdded'));
    } catch {
      this.form.say(this.t('photoFailed'), 'error');
    }
  }

  private renderIdentity(): TemplateResult {
    const photo = this.cv.basics?.['x-qd']?.photo;
    const contactError = this.errors['email'] === this.t('errContact');
    return html`${this.field('name', this.t('fName'), ['basics', 'name'], { autocomplete: 'name', required: true })}
      <div class="qd-cv__row">
        ${this.field('email', this.t('fEmail'), ['basics', 'email'], { type: 'email', autocomplete: 'email' })}
        ${this.field('phone', this.t('fPhone'), ['basics', 'phone'], {
          type: 'tel',
          autocomplete: 'tel',
          describedBy: contactError ? 'email-error' : undefined,
          invalid: contactError,
        })}
      </div>
      ${this.field('address', `${this.t('fAddress')} ${this.t('optional')}`, ['basics', 'location', 'address'], { autocomplete: 'street-address' })}
      <div class="qd-cv__row">
        ${this.field('postal-code', this.t('fPostalCode'), ['basics', 'location', 'postalCode'], { autocomplete: 'postal-code' })}
        ${this.field('city', this.t('fCity'), ['basics', 'location', 'city'], { autocomplete: 'address-level2' })}
      </div>
      <fieldset class="qd-cv__photo">
        <legend>${this.t('fPhoto')} ${this.t('optional')}</legend>
        <p class="qd-cv__hint" id="photo-hint">${this.t('fPhotoHint')}</p>
        ${isPhotoDataUrl(photo) ? html`<img src=${photo} alt=${this.t('photoAlt', { name: this.cv.basics?.name ?? '' })} />` : nothing}
        <div class="qd-toolbar">
          <label class="qd-button qd-file-button"
            >${this.t('photoChoose')}<input
              class="qd-visually-hidden"
              type="file"
              accept="image/*"
              aria-describedby="photo-hint"
              @change=${(e: Event) => void this.onPhoto(e)}
          /></label>
          ${
            photo
              ? html`<button
                  type="button"
                  class="qd-button"
                  @click=${() => this.form.set(['basics', 'x-qd', 'photo'], undefined, true)}
                >
                  ${this.t('photoRemove')}
                </button>`
              : nothing
          }
        </div>
      </fieldset>`;
  }

  private renderObjective(): TemplateResult {
    const x = this.cv.basics?.['x-qd'] ?? {};
    const held = x.licences ?? [];
    const shown = [
      ...COMMON_LICENCES,
      ...held.filter((l) => !(COMMON_LICENCES as readonly string[]).includes(l)),
    ];
    const toggle = (l: (typeof LICENCES)[number], on: boolean) => {
      const now = this.form.cv.basics?.['x-qd']?.licences ?? []; // the current list, not the one of the last render
      this.form.set(['basics', 'x-qd', 'licences'], withLicence(now, l, on), true);
    };
    return html`${this.field('target-job', this.t('fTargetJob'), ['basics', 'x-qd', 'targetJob'], { hint: this.t('fTargetJobHint') })}
      ${this.field('summary', this.t('fSummary'), ['basics', 'summary'], { hint: this.t('fSummaryHint'), multiline: true })}
      ${this.field('availability', this.t('fAvailability'), ['basics', 'x-qd', 'availability'], { hint: this.t('fAvailabilityHint') })}
      <fieldset class="qd-cv__choices">
        <legend>${this.t('fLicences')}</legend>
        ${shown.map(
          (l) =>
            html`<label class="qd-cv__check"
              ><input
                type="checkbox"
                .checked=${held.includes(l)}
                @change=${(e: Event) => toggle(l, (e.target as HTMLInputElement).checked)}
              />
              ${l}</label
            >`,
        )}
      </fieldset>
      <label class="qd-cv__check"
        ><input
          type="checkbox"
          .checked=${!!x.vehicle}
          @change=${(e: Event) => this.form.set(['basics', 'x-qd', 'vehicle'], (e.target as HTMLInputElement).checked || undefined, true)}
        />
        ${this.t('fVehicle')}</label
      >
      ${this.field('mobility', this.t('fMobility'), ['basics', 'x-qd', 'mobility'], { hint: this.t('fMobilityHint') })}`;
  }

  private renderPreview(): TemplateResult {
    const x = this.cv.meta?.['x-qd'] ?? {};
    const template = x.template ?? 'sobre';
    const accent = x.accent ?? ACCENTS.bleu;
    const setKit = (k: string, v: string) => this.form.set(['meta', 'x-qd', k], v, true);
    const names = { sobre: 'tplSobre', moderne: 'tplModerne', ats: 'tplAts' } as const;
    return html`${
        minimumMissing(this.cv)
          ? html`<div class="qd-panel qd-cv__warning">
              <p>${this.t('missingMinimum')}</p>
              <button type="button" class="qd-button" @click=${() => this.form.go('identity')}>
                ${this.t('completeIdentity')}
              </button>
            </div>`
          : nothing
      }
      <div class="qd-cv__settings">
        <fieldset class="qd-cv__choices qd-cv__templates">
          <legend>${this.t('template')}</legend>
          ${TEMPLATES.map(
            (t) =>
              html`<label class="qd-cv__check">
                <input
                  type="radio"
                  name="template"
                  .checked=${template === t}
                  aria-describedby="tpl-${t}-hint"
                  @change=${() => setKit('template', t)}
                />
                <span
                  ><strong>${this.t(names[t])}</strong
                  ><span class="qd-cv__hint" id="tpl-${t}-hint"
                    >${this.t(`${names[t]}Hint` as BuilderKey)}</span
                  ></span
                >
              </label>`,
          )}
        </fieldset>
        <fieldset class="qd-cv__choices">
          <legend>${this.t('accent')}</legend>
          ${Object.entries(ACCENTS).map(
            ([name, hex]) =>
              html`<label class="qd-cv__check">
                <input
                  type="radio"
                  name="accent"
                  .checked=${accent === hex}
                  @change=${() => setKit('accent', hex)}
                />
                <span class="qd-cv__swatch" style="background: ${hex}" aria-hidden="true"></span>
                ${this.t(`color${name[0]!.toUpperCase()}${name.slice(1)}` as BuilderKey)}
              </label>`,
          )}
        </fieldset>
        <div class="qd-cv__field">
          <label for="cv-lang">${this.t('cvLang')}</label>
          <select
            id="cv-lang"
            @change=${(e: Event) => setKit('lang', (e.target as HTMLSelectElement).value)}
          >
            ${CV_LANGS.map(([code, name]) => html`<option value=${code} lang=${code} .selected=${(x.lang ?? 'fr') === code}>${name}</option>`)}
          </select>
        </div>
      </div>
      <div class="qd-cv__actions">
        <button
          type="button"
          class="qd-button qd-button--primary"
          id="print"
          aria-describedby="print-hint"
          @click=${() => this.form.print()}
        >
          ${this.t('print')}
        </button>
      </div>
      <p class="qd-cv__hint" id="print-hint">${this.t('printHint')}</p>
      <qd-cv-preview class="qd-cv__preview" .content=${this.cv}></qd-cv-preview>`;
  }

  private stepName(s: StepId): string {
    return this.t(`step${STEP_KEYS[s]}`);
  }

  /** The step: heading, help, fields, « Précédent » and « Suivant ». */
  protected override render(): TemplateResult {
    const step = this.step;
    const i = STEPS.indexOf(step);
    const nextStep = STEPS[i + 1];
    return html`<form
      class="qd-cv__form"
      part="step"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        this.form.next();
      }}
    >
      <h2 id="step-heading" tabindex="-1">
        <span class="qd-cv__kicker"
          >${this.t('stepOf', { current: i + 1, total: STEPS.length })}</span
        >
        ${this.stepName(step)}
      </h2>
      <div class="qd-cv__help" part="help">
        <p>${this.help}</p>
        ${this.listen}
      </div>
      ${this.fields ? this.renderFields() : nothing}
      <div class="qd-cv__nav">
        ${i > 0 ? html`<button type="button" class="qd-button" @click=${() => this.form.go(STEPS[i - 1]!)}>${this.t('previous')}</button>` : nothing}
        ${nextStep ? html`<button type="submit" class="qd-button qd-button--primary">${this.t('nextTo', { step: this.stepName(nextStep) })}</button>` : nothing}
      </div>
    </form>`;
  }

  /** The fields of the step. */
  private renderFields(): unknown {
    const step = this.step;
    const lists = (STEP_LISTS[step] ?? []).map(
      (key) =>
        html`<qd-cv-list
          .list=${key}
          .cv=${this.cv}
          .errors=${this.errors}
          .form=${this.form}
          .removed=${this.removed}
        ></qd-cv-list>`,
    );
    if (step === 'preview') return this.renderPreview();
    return html`${step === 'identity' ? this.renderIdentity() : step === 'objective' ? this.renderObjective() : nothing}${lists}${
      step === 'skills'
        ? this.linesField(
            'soft-skills',
            this.t('fSoftSkills'),
            ['basics', 'x-qd', 'softSkills'],
            this.t('fSoftSkillsHint'),
          )
        : nothing
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-cv-step': QdCvStep;
  }
}
