/**
 * `<qd-tuto-step-editor>`: one step of `<qd-tuto-maker>`, as the resident fills it in — its title,
 * what to do (and in easy-to-read words), a photo (from the camera or the files) with what it
 * shows, a voice (recorded or a sound file) with what is said, and « Monter », « Descendre »,
 * « Supprimer ».
 *
 * An internal element of the maker, rendered in the maker's shadow root without a shadow root of
 * its own: the maker's styles, field ids (`#s0-title`, `aria-describedby`, the list of what is
 * missing) and focus reach inside. It keeps nothing: the maker owns the draft, and hears what the
 * resident does as `step-action` events (`StepActionEvent`).
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Params } from '@quartiers-douai/core';
import type { DraftStep } from '../draft.js';
import type { MakerKey } from '../maker-messages.js';
import { canRecord } from '../media.js';
import { textField } from './text-field.js';

/** What the resident did in a step. */
export type StepAction =
  /** A field typed (`commit` false) or left changed (`commit` true). */
  | { type: 'edit'; patch: Partial<DraftStep>; commit: boolean }
  /** A photo or a sound file chosen (or a photo taken). */
  | { type: 'photo' | 'voice'; file: File }
  | { type: 'move'; by: -1 | 1 }
  | { type: 'remove-photo' | 'remove-voice' | 'record' | 'stop-recording' | 'remove' };

/** `step-action`: what the resident did in the step (not bubbling: the maker listens to each step). */
export class StepActionEvent extends Event {
  constructor(readonly action: StepAction) {
    super('step-action');
  }
}

/**
 * One step of the tutorial being made.
 *
 * @internal Rendered by `<qd-tuto-maker>` only.
 * @fires step-action - What the resident did (`StepActionEvent`).
 */
export class QdTutoStepEditor extends LitElement {
  static override properties: PropertyDeclarations = {
    step: { attribute: false },
    index: { attribute: false },
    total: { attribute: false },
    errors: { attribute: false },
    preparingPhoto: { attribute: false },
    recordingStep: { attribute: false },
    micRefused: { attribute: false },
    t: { attribute: false },
  };

  step: DraftStep = { title: '', text: '', easy: '' };
  /** Its place in the tutorial, from 0. */
  index = 0;
  /** How many steps the tutorial has. */
  total = 1;
  /** What is missing or wrong, by field id (the maker's, after a first « Exporter »). */
  errors: Record<string, string> = {};
  /** The step whose photo is being prepared, if any (no other photo is taken meanwhile). */
  preparingPhoto?: number;
  /** The step being recorded, if any (no other recording starts meanwhile). */
  recordingStep?: number;
  /** The microphone was refused: no « Enregistrer ma voix », the reason instead. */
  micRefused = false;
  /** The maker's translator. */
  t: (key: MakerKey, params?: Params) => string = (key) => key;

  /** Rendered in the maker's shadow root (its styles and ids apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override updated(): void {
    // « Prendre une photo » opens the camera on phones: the `capture` attribute (HTML Media
    // Capture), which lit-analyzer does not know and desktop browsers do not reflect as a property.
    this.querySelector('input[data-camera]:not([capture])')?.setAttribute('capture', 'environment');
  }

  private act(action: StepAction): void {
    this.dispatchEvent(new StepActionEvent(action));
  }

  /** A file input's file, taken (the input is emptied, so that the same file can be chosen again). */
  private picked(type: 'photo' | 'voice', e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.act({ type, file });
  }

  private field(
    key: 'title' | 'text' | 'easy' | 'alt' | 'transcript',
    label: MakerKey,
    value: string,
    onEdit: (value: string, commit: boolean) => void,
    more: { hint?: MakerKey; multiline?: boolean; optional?: boolean } = {},
  ): TemplateResult {
    const id = `s${this.index}-${key}`;
    return textField({
      id,
      label: this.t(label),
      value,
      onEdit,
      error: this.errors[id],
      hint: more.hint && this.t(more.hint),
      optional: more.optional ? this.t('optional') : undefined,
      multiline: more.multiline,
    });
  }

  /** A field of the step's own text (`title`, `text`, `easy`). */
  private textOf(key: 'title' | 'text' | 'easy') {
    return (value: string, commit: boolean) =>
      this.act({ type: 'edit', patch: { [key]: value }, commit });
  }

  protected override render(): TemplateResult {
    const { step: s, index: i } = this;
    const n = i + 1;
    return html`<fieldset class="qd-maker__step" part="step">
      <legend>${this.t('stepN', { n })}</legend>
      ${this.field('title', 'fStepTitle', s.title, this.textOf('title'))}
      ${this.field('text', 'fStepText', s.text, this.textOf('text'), {
        hint: 'fStepTextHint',
        multiline: true,
      })}
      ${this.field('easy', 'fStepEasy', s.easy, this.textOf('easy'), { optional: true })}
      ${this.renderPhoto()} ${this.renderVoice()} ${this.renderMoves()}
    </fieldset>`;
  }

  /** « l’étape 2 », said after each button's words (several steps have the same buttons). */
  private whichStep(): TemplateResult {
    return html`<span class="qd-visually-hidden">
      ${this.t('ofStep', { n: this.index + 1 })}</span
    >`;
  }

  private renderPhoto(): TemplateResult {
    const { step: s, index: i } = this;
    const busy = this.preparingPhoto !== undefined;
    const which = this.whichStep();
    return html`<div class="qd-maker__media">
      <p class="qd-maker__label">
        ${this.t('photo')} <span class="qd-field__optional">${this.t('optional')}</span>
      </p>
      ${s.image ? html`<img class="qd-maker__thumb" src=${s.image.src} alt="" />` : nothing}
      <div class="qd-toolbar">
        <label class="qd-button qd-file-button"
          >${this.t('takePhoto')}${which}<input
            id="s${i}-camera"
            class="qd-visually-hidden"
            type="file"
            accept="image/*"
            data-camera
            ?disabled=${busy}
            @change=${(e: Event) => this.picked('photo', e)}
        /></label>
        <label class="qd-button qd-file-button"
          >${this.t('choosePhoto')}${which}<input
            id="s${i}-photo"
            class="qd-visually-hidden"
            type="file"
            accept="image/*"
            ?disabled=${busy}
            @change=${(e: Event) => this.picked('photo', e)}
        /></label>
        ${
          s.image
            ? html`<button
                type="button"
                class="qd-button"
                @click=${() => this.act({ type: 'remove-photo' })}
              >
                ${this.t('removePhoto')}${which}
              </button>`
            : nothing
        }
      </div>
      ${this.preparingPhoto === i ? html`<p>${this.t('photoBusy')}</p>` : nothing}
      ${
        s.image
          ? this.field(
              'alt',
              'fAlt',
              s.image.alt,
              (alt, commit) =>
                this.act({ type: 'edit', patch: { image: { src: s.image!.src, alt } }, commit }),
              { hint: 'fAltHint' },
            )
          : nothing
      }
    </div>`;
  }

  private renderVoice(): TemplateResult {
    const { step: s, index: i } = this;
    const which = this.whichStep();
    const recorderOk = canRecord() && !this.micRefused;
    const recording = this.recordingStep === i;
    return html`<div class="qd-maker__media">
      <p class="qd-maker__label">
        ${this.t('voice')} <span class="qd-field__optional">${this.t('optional')}</span>
      </p>
      ${
        s.audio
          ? html`<audio
              controls
              src=${s.audio.src}
              aria-label=${`${this.t('voice')} — ${this.t('stepN', { n: i + 1 })}`}
            ></audio>`
          : nothing
      }
      <div class="qd-toolbar">
        ${
          !recorderOk
            ? nothing
            : recording
              ? html`<button
                  id="s${i}-stop"
                  type="button"
                  class="qd-button qd-button--primary"
                  @click=${() => this.act({ type: 'stop-recording' })}
                >
                  ${this.t('stopRecord')}${which}
                </button>`
              : html`<button
                  id="s${i}-record"
                  type="button"
                  class="qd-button"
                  ?disabled=${this.recordingStep !== undefined}
                  @click=${() => this.act({ type: 'record' })}
                >
                  ${this.t('record')}${which}
                </button>`
        }
        <label class="qd-button qd-file-button"
          >${this.t('chooseAudio')}${which}<input
            id="s${i}-audio-file"
            class="qd-visually-hidden"
            type="file"
            accept="audio/*"
            @change=${(e: Event) => this.picked('voice', e)}
        /></label>
        ${
          s.audio
            ? html`<button
                type="button"
                class="qd-button"
                @click=${() => this.act({ type: 'remove-voice' })}
              >
                ${this.t('removeAudio')}${which}
              </button>`
            : nothing
        }
      </div>
      ${recording ? html`<p class="qd-maker__recording">${this.t('recording')}</p>` : nothing}
      ${
        recorderOk
          ? nothing
          : html`<p class="qd-field__hint qd-maker__no-recorder">
              ${this.micRefused ? this.t('micRefused') : this.t('noRecorder')}
            </p>`
      }
      ${
        s.audio
          ? this.field(
              'transcript',
              'fTranscript',
              s.audio.transcript,
              (transcript, commit) =>
                this.act({
                  type: 'edit',
                  patch: { audio: { src: s.audio!.src, transcript } },
                  commit,
                }),
              { hint: 'fTranscriptHint', multiline: true },
            )
          : nothing
      }
    </div>`;
  }

  /** « Monter », « Descendre » (ids `up-<i>`, `down-<i>`: the focus follows a moved step), « Supprimer ». */
  private renderMoves(): TemplateResult {
    const { index: i, total } = this;
    const which = this.whichStep();
    return html`<div class="qd-toolbar qd-maker__move">
      ${
        i > 0
          ? html`<button
              id="up-${i}"
              type="button"
              class="qd-button"
              @click=${() => this.act({ type: 'move', by: -1 })}
            >
              ${this.t('up')}${which}
            </button>`
          : nothing
      }
      ${
        i < total - 1
          ? html`<button
              id="down-${i}"
              type="button"
              class="qd-button"
              @click=${() => this.act({ type: 'move', by: 1 })}
            >
              ${this.t('down')}${which}
            </button>`
          : nothing
      }
      ${
        total > 1
          ? html`<button
              type="button"
              class="qd-button"
              @click=${() => this.act({ type: 'remove' })}
            >
              ${this.t('remove')}${which}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-tuto-step-editor': QdTutoStepEditor;
  }
}
