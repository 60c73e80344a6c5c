import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import {
  QdContentElement,
  baseStyles,
  issuesToProblems,
  obj,
  parseJsonText,
  problemToString,
  saveFile,
  type ContentSpec,
  type DeviceStoreBase,
  type Texts,
  type ZodIssueLike,
  StorageController,
} from '@quartiers-douai/core';
import { makerMessages, type MakerKey } from '../maker-messages.js';
import { LEVELS } from '../common.js';
import {
  MAX_STEPS,
  isPseudonym,
  isSafeAudioUrl,
  tutorialSchema,
  type Tutorial,
} from '../tutorial-schema.js';
import { tutoContentSpec } from '../shared.js';
import {
  SCHEMA_URL,
  emptyDraft,
  emptyStep,
  fromTutorial,
  normalizeDraft,
  toTutorial,
  type Draft,
  type DraftStep,
} from '../draft.js';
import { AUDIO_MAX_MB, canRecord, dataUrlBytes, preparePhoto, readDataUrl } from '../media.js';
import { QdTuto } from '../tuto/tuto.js';
import { makerStyles } from './tuto-maker.styles.js';

/** `qd-export`: the tutorial was exported to a file. */
export interface TutoExportDetail {
  id: string;
  steps: number;
  /** Size of the file, in bytes. */
  bytes: number;
}

/** `qd-import`: a tutorial file was opened. */
export interface TutoImportDetail {
  id: string;
}

/** What the draft store checks (the draft is then made well-formed by `normalizeDraft`). */
const draftSchema = obj({ steps: z.array(obj({})) });
export const DRAFT_VERSION = 1;

type Field = Exclude<keyof Draft, 'steps' | 'level' | 'lang' | 'id' | 'createdAt'>;
type StepField = 'title' | 'text' | 'easy';

/** The largest tutorial file the maker opens (photos and voices included). */
const MAX_OPEN_BYTES = 30 * 1024 * 1024;

/**
 * `<qd-tuto-maker>` — the workshop tool to make a tutorial, on a phone or a centre's computer:
 * the title, what one learns, level, duration, what you need; then the steps, each with a photo
 * (from the camera or the files, made smaller in the browser and stripped of its EXIF data, GPS
 * position included) and its description (required, with help), the text in the kit's rich text,
 * an optional voice (recorded with the microphone where the browser allows it, or a sound file)
 * and what is said (required with a voice). « Monter » / « Descendre » reorder the steps by
 * keyboard (the focus follows the step, its new place is announced). « Aperçu » shows the
 * tutorial as it will be published. The draft is saved on the device (`storage`, `local` by
 * default). « Exporter le tuto » downloads one JSON file with everything inside (photos and voices
 * as `data:` addresses): the content file of `<qd-tuto>`, that another centre opens with « Ouvrir
 * un fichier de tuto ».
 *
 * The optional content (property, `src` or inline JSON) is a tutorial to start from; a draft
 * saved on the device takes precedence over it.
 *
 * @attr id - Also names the draft on the device (`qd:tuto-draft:<id>`; without an id,
 * `qd:tuto-draft:brouillon`): two makers on one page need two ids, or they share one draft.
 * @summary Créer un tuto en atelier : photos sans position GPS, voix transcrite, export en un fichier.
 * @fires change - The draft changed (a field committed, a step added, moved or removed, a photo or a voice).
 * @fires qd-export - The tutorial was exported. `detail: { id, steps, bytes }`.
 * @fires qd-import - A tutorial file was opened. `detail: { id }`.
 * @csspart about - The tutorial's fields (title, summary…).
 * @csspart steps - The list of steps.
 * @csspart step - Each step's fieldset.
 * @csspart actions - Preview, export, open, erase.
 * @csspart errors - The list of what is missing before exporting.
 * @csspart preview - The preview (a `<qd-tuto>`).
 * @csspart save-status - « Brouillon enregistré sur cet appareil ».
 * @cssprop --qd-color-primary - Buttons, focus.
 * @cssprop --qd-color-danger - Errors.
 */
export class QdTutoMaker extends QdContentElement<Tutorial, MakerKey> {
  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override styles = [baseStyles, makerStyles];
  static override messages = [makerMessages];
  /** The element of the preview; `define-maker.js` registers it. */
  static readonly previewElement = QdTuto;

  static override properties: PropertyDeclarations = {
    draft: { state: true },
    errors: { state: true },
    said: { state: true },
    busy: { state: true },
    recordingStep: { state: true },
    micRefused: { state: true },
    previewing: { state: true },
    confirming: { state: true },
    pending: { state: true },
    removed: { state: true },
    saveState: { state: true },
  };

  private draft: Draft = emptyDraft();
  /** Field id → what is missing (after a first « Exporter »). */
  private errors: Record<string, string> = {};
  private checked = false;
  /** What the status region says (moves, photos added…). */
  private said = '';
  /** The step whose photo is being prepared. */
  private busy?: number;
  private recordingStep?: number;
  private micRefused = false;
  private previewing = false;
  private confirming = false;
  /** A valid file opened over a draft in progress: waits for « Oui, ouvrir ce tuto ». */
  private pending?: Tutorial;
  private removed?: { index: number; step: DraftStep };
  private saveState: 'idle' | 'saved' | 'none' = 'idle';

  private initial?: Draft;
  private initialized = false;
  private store?: DeviceStoreBase<Draft>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private recorder?: MediaRecorder;

  constructor() {
    super();
    // Autosave is on by default for this element (said in the form); `storage="none"` turns it off.
    this.storage = 'local';
  }

  protected override get contentSpec(): ContentSpec<Tutorial> {
    return tutoContentSpec;
  }

  /** The draft as typed (a copy). */
  get value(): Draft {
    return JSON.parse(JSON.stringify(this.draft)) as Draft;
  }

  /** The tutorial as it would be exported (not validated). */
  toTutorial(): ReturnType<typeof toTutorial> {
    return toTutorial(this.draft);
  }

  /**
   * Saves what waits for a pause in typing when the page is left or hidden (a phone switching to
   * another app, a tab closed): the page may never come back to run the timer.
   */
  private readonly flush = (e: Event): void => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') this.flushSave();
  };

  private flushSave(): void {
    if (this.saveTimer !== undefined) this.save();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
    this.flushSave();
    if (this.recorder?.state === 'recording') this.recorder.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.initialized && this.contentStatus === 'empty') this.restore();
    else if (this.initialized && this.hasUpdated && changed.has('storage')) this.restore();
  }

  protected override contentChanged(content: Tutorial): void {
    this.initial = fromTutorial(content);
    this.restore();
  }

  /** The starting tutorial (or an empty one), then the draft saved on the device, if any. */
  private restore(): void {
    this.initialized = true;
    this.draft = this.initial ? structuredClone(this.initial) : emptyDraft();
    this.errors = {};
    this.checked = false;
    this.store = undefined;
    this.saveState = this.storage === 'none' ? 'none' : 'idle';
    this.device.keep(
      {
        type: 'tuto-draft',
        id: this.id || 'brouillon',
        version: DRAFT_VERSION,
        schema: draftSchema,
      },
      (store, saved) => {
        this.store = store as unknown as DeviceStoreBase<Draft>;
        if (saved) {
          this.draft = normalizeDraft(saved);
          this.saveState = 'saved';
          this.announce(this.t('resumedDraft'));
        }
      },
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // « Prendre une photo » opens the camera on phones: the `capture` attribute (HTML Media
    // Capture), which lit-analyzer does not know and desktop browsers do not reflect as a property.
    this.renderRoot
      .querySelectorAll?.('input[data-camera]:not([capture])')
      .forEach((i) => i.setAttribute('capture', 'environment'));
  }

  protected override renderState(): unknown {
    return this.contentStatus === 'empty' ? this.renderContent() : super.renderState();
  }

  // --- data -----------------------------------------------------------------------------------

  private save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.store || this.storage === 'none') return;
    const r = this.device.save(this.store, this.draft);
    this.saveState = r.ok ? 'saved' : 'idle';
  }

  /** Changes the draft; `commit` saves at once and fires `change`, else saving waits for a pause. */
  private edit(next: Draft, commit = false): void {
    this.draft = next;
    if (this.checked) this.errors = this.check();
    if (commit) {
      this.save();
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.save(), 400);
    }
  }

  private setField(f: Field, value: string, commit = false): void {
    this.edit({ ...this.draft, [f]: value }, commit);
  }

  private setStep(i: number, patch: Partial<DraftStep>, commit = false): void {
    const steps = this.draft.steps.map((s, j) => (j === i ? { ...s, ...patch } : s));
    this.edit({ ...this.draft, steps }, commit);
  }

  private withoutKey(s: DraftStep, key: 'image' | 'audio'): DraftStep {
    const { [key]: _drop, ...rest } = s;
    return rest;
  }

  /** What is missing or wrong, by field id (in the order of the form). */
  check(d = this.draft): Record<string, string> {
    const e: Record<string, string> = {};
    if (!d.title.trim()) e['f-title'] = this.t('errTitle');
    if (!d.summary.trim()) e['f-summary'] = this.t('errSummary');
    if (d.author.trim() && !isPseudonym(d.author.trim())) e['f-author'] = this.t('errAuthor');
    const minutes = Number(d.duration.trim());
    if (d.duration.trim() && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 600))
      e['f-duration'] = this.t('errDuration');
    d.steps.forEach((s, i) => {
      const n = i + 1;
      if (!s.title.trim()) e[`s${i}-title`] = this.t('errStepTitle', { n });
      if (!s.text.trim()) e[`s${i}-text`] = this.t('errStepText', { n });
      if (s.image && !s.image.alt.trim()) e[`s${i}-alt`] = this.t('errAlt', { n });
      if (s.audio && !s.audio.transcript.trim())
        e[`s${i}-transcript`] = this.t('errTranscript', { n });
    });
    return e;
  }

  // --- steps ----------------------------------------------------------------------------------

  private addStep(): void {
    const n = this.draft.steps.length;
    this.removed = undefined;
    this.edit({ ...this.draft, steps: [...this.draft.steps, emptyStep()] }, true);
    void this.focusAfterRender(`#s${n}-title`);
  }

  /** Moves step `i` by one place; the focus follows it, its new place is announced. */
  move(i: number, by: -1 | 1): void {
    const steps = [...this.draft.steps];
    const j = i + by;
    if (j < 0 || j >= steps.length) return;
    [steps[i], steps[j]] = [steps[j]!, steps[i]!];
    this.removed = undefined;
    this.edit({ ...this.draft, steps }, true);
    this.said = this.t('moved', { n: j + 1, total: steps.length });
    const same = by < 0 ? 'up' : 'down';
    const other = by < 0 ? 'down' : 'up';
    void this.updateComplete.then(() =>
      (
        this.renderRoot.querySelector<HTMLElement>(`#${same}-${j}`) ??
        this.renderRoot.querySelector<HTMLElement>(`#${other}-${j}`)
      )?.focus(),
    );
  }

  private removeStep(i: number): void {
    const step = this.draft.steps[i];
    if (!step) return;
    const steps = this.draft.steps.filter((_, j) => j !== i);
    this.edit({ ...this.draft, steps: steps.length > 0 ? steps : [emptyStep()] }, true);
    this.removed = { index: i, step };
    this.said = this.t('removedStep', { n: i + 1 });
    void this.focusAfterRender('#undo');
  }

  private undoRemove(): void {
    const r = this.removed;
    if (!r) return;
    const steps = [...this.draft.steps];
    steps.splice(r.index, 0, r.step);
    this.removed = undefined;
    this.edit({ ...this.draft, steps }, true);
    this.said = this.t('restoredStep', { n: r.index + 1 });
    void this.focusAfterRender(`#s${r.index}-title`);
  }

  // --- photos and voices ------------------------------------------------------------------------

  /** A photo chosen or taken for step `i`: made smaller, without EXIF, kept as a JPEG `data:`. */
  async addPhoto(i: number, file: Blob): Promise<void> {
    this.busy = i;
    this.said = this.t('photoBusy');
    try {
      const src = await preparePhoto(file);
      const alt = this.draft.steps[i]?.image?.alt ?? '';
      this.setStep(i, { image: { src, alt } }, true);
      this.said = this.t('photoAdded', { n: i + 1 });
      void this.focusAfterRender(`#s${i}-alt`);
    } catch {
      this.said = this.t('photoError');
    } finally {
      this.busy = undefined;
    }
  }

  /** A sound for step `i` (a recording or a file), up to `AUDIO_MAX_MB`. */
  async addAudio(i: number, file: Blob): Promise<void> {
    const src = await readDataUrl(file).catch(() => '');
    if (!src || dataUrlBytes(src) > AUDIO_MAX_MB * 1024 * 1024 || !isSafeAudioUrl(src)) {
      this.said = this.t('audioError', { max: AUDIO_MAX_MB });
      return;
    }
    const transcript = this.draft.steps[i]?.audio?.transcript ?? '';
    this.setStep(i, { audio: { src, transcript } }, true);
    this.said = this.t('audioAdded', { n: i + 1 });
    void this.focusAfterRender(`#s${i}-transcript`);
  }

  private async record(i: number): Promise<void> {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      this.micRefused = true;
      this.said = this.t('micRefused');
      void this.focusAfterRender(`#s${i}-audio-file`);
      return;
    }
    const chunks: Blob[] = [];
    const recorder = new MediaRecorder(stream);
    this.recorder = recorder;
    recorder.ondataavailable = (e) => chunks.push(e.data);
    recorder.onstop = () => {
      stream.getTracks().forEach((t) => t.stop());
      this.recordingStep = undefined;
      this.recorder = undefined;
      const type = (recorder.mimeType || 'audio/webm').replace(/\s+/g, '');
      void this.addAudio(i, new Blob(chunks, { type }));
    };
    recorder.start();
    this.recordingStep = i;
    this.said = this.t('recording');
    void this.focusAfterRender(`#s${i}-stop`);
  }

  // --- export, open, erase --------------------------------------------------------------------

  /** Checks the draft; when complete, downloads the tutorial file. Returns its text, if exported. */
  exportFile(): string | undefined {
    this.checked = true;
    this.errors = this.check();
    const first = Object.keys(this.errors)[0];
    if (first) {
      void this.focusAfterRender(`#${first}`);
      return undefined;
    }
    const parsed = tutorialSchema.safeParse(toTutorial(this.draft));
    if (!parsed.success) return undefined;
    const text = JSON.stringify({ $schema: SCHEMA_URL, ...parsed.data }, null, 2) + '\n';
    const file = `${parsed.data.id}.json`;
    saveFile(text, file, 'application/json');
    this.said = this.t('exported', { file });
    const detail: TutoExportDetail = {
      id: parsed.data.id,
      steps: parsed.data.steps.length,
      bytes: new Blob([text]).size,
    };
    this.dispatchEvent(
      new CustomEvent<TutoExportDetail>('qd-export', { bubbles: true, composed: true, detail }),
    );
    return text;
  }

  /** Opens a tutorial file (as exported here or elsewhere): it replaces the draft when valid. */
  openFile(text: string): boolean {
    const json = parseJsonText(text);
    if (!json.ok) {
      this.refuse(json.problem.message);
      return false;
    }
    const r = tutorialSchema.safeParse(json.value);
    if (!r.success) {
      // Explained in French as in the error panel (path : what to change); the tutos' own rule
      // sentences (texts.lazy.ts) come on demand. The draft is not touched.
      const issues = r.error.issues as unknown as ZodIssueLike[];
      const explain = (texts?: { default: Texts }) =>
        this.refuse(
          issuesToProblems(issues, [], texts?.default).slice(0, 3).map(problemToString).join(' ; '),
        );
      void tutoContentSpec.texts!().then(explain, () => explain());
      return false;
    }
    // A draft in progress is not replaced without asking (it would be lost).
    const untouched = JSON.stringify(this.initial ?? emptyDraft(this.draft.createdAt));
    if (JSON.stringify(this.draft) === untouched) this.applyFile(r.data);
    else {
      this.pending = r.data;
      void this.focusAfterRender('#open-yes');
    }
    return true;
  }

  private applyFile(t: Tutorial): void {
    this.pending = undefined;
    this.removed = undefined;
    this.checked = false;
    this.errors = {};
    this.edit(fromTutorial(t), true);
    this.announce(this.t('opened', { title: t.title }));
    this.dispatchEvent(
      new CustomEvent<TutoImportDetail>('qd-import', {
        bubbles: true,
        composed: true,
        detail: { id: t.id },
      }),
    );
    void this.focusAfterRender('#f-title');
  }

  private cancelOpen(): void {
    this.pending = undefined;
    void this.focusAfterRender('#open-file');
  }

  /** Says why a file was not opened (nothing was changed). */
  private refuse(reason: string): void {
    this.announce(this.t('openFailed', { reason }), 'error');
  }

  private async pickFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_OPEN_BYTES) {
      this.refuse(`le fichier fait plus de ${MAX_OPEN_BYTES / 1048576} Mo`);
      return;
    }
    this.openFile(await file.text());
  }

  private eraseAll(): void {
    this.store?.clear();
    this.confirming = false;
    this.removed = undefined;
    this.previewing = false;
    this.checked = false;
    this.errors = {};
    this.draft = this.initial ? structuredClone(this.initial) : emptyDraft();
    this.saveState = this.storage === 'none' ? 'none' : 'idle';
    this.announce(this.t('erasedDraft'));
    void this.focusAfterRender('#f-title');
  }

  private askErase(): void {
    this.confirming = true;
    void this.focusAfterRender('#confirm-yes');
  }

  private cancelErase(): void {
    this.confirming = false;
    void this.focusAfterRender('#erase');
  }

  private togglePreview(): void {
    this.previewing = !this.previewing;
    void this.focusAfterRender(this.previewing ? '#preview-h' : '#preview-button');
  }

  // --- render ---------------------------------------------------------------------------------

  /** A labelled field with its help and its error, linked by `aria-describedby`. */
  private field(
    id: string,
    label: string,
    value: string,
    set: (v: string, commit: boolean) => void,
    o: { hint?: string; multiline?: boolean; optional?: boolean; inputmode?: 'numeric' } = {},
  ): TemplateResult {
    const error = this.errors[id];
    const describedBy = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    const input = (e: Event) => set((e.target as HTMLInputElement).value, false);
    const change = (e: Event) => set((e.target as HTMLInputElement).value, true);
    return html`<div class="qd-field">
      <label for=${id}
        >${label}${
          o.optional
            ? html` <span class="qd-field__optional">${this.t('optional')}</span>`
            : nothing
        }</label
      >
      ${o.hint ? html`<p class="qd-field__hint" id="${id}-hint">${o.hint}</p>` : nothing}
      ${error ? html`<p class="qd-field__error" id="${id}-error">${error}</p>` : nothing}
      ${
        o.multiline
          ? html`<textarea
              id=${id}
              rows="3"
              .value=${value}
              aria-describedby=${describedBy || nothing}
              aria-invalid=${ifDefined(error ? 'true' : undefined)}
              @input=${input}
              @change=${change}
            ></textarea>`
          : html`<input
              id=${id}
              type="text"
              inputmode=${o.inputmode ?? nothing}
              .value=${value}
              aria-describedby=${describedBy || nothing}
              aria-invalid=${ifDefined(error ? 'true' : undefined)}
              @input=${input}
              @change=${change}
            />`
      }
    </div>`;
  }

  protected override renderContent(): TemplateResult {
    const d = this.draft;
    const errors = Object.values(this.errors);
    return html`<div class="qd-maker">
      <h2 id="title" tabindex="-1">${this.t('makerTitle')}</h2>
      <p>${this.t('makerIntro')}</p>
      <p class="qd-maker__save" part="save-status">
        ${this.saveState === 'none' ? this.t('notSaved') : this.saveState === 'saved' ? this.t('saved') : ''}
      </p>
      ${
        this.checked && errors.length > 0
          ? html`<div class="qd-panel qd-panel--error" part="errors" role="alert">
              <p><strong>${this.t('errorsTitle', { count: errors.length })}</strong></p>
              <ul>
                ${errors.map((m) => html`<li>${m}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.renderAbout(d)}
      <h3 id="steps-h">${this.t('stepsTitle')}</h3>
      <ol class="qd-maker__steps" part="steps" aria-labelledby="steps-h">
        ${d.steps.map((s, i) => this.renderStep(s, i, d.steps.length))}
      </ol>
      ${
        this.removed
          ? html`<p class="qd-toolbar">
              <button id="undo" type="button" class="qd-button" @click=${() => this.undoRemove()}>
                ${this.t('undo')}
              </button>
            </p>`
          : nothing
      }
      <p>
        ${
          d.steps.length < MAX_STEPS
            ? html`<button type="button" class="qd-button" @click=${() => this.addStep()}>
                ${this.t('addStep')}
              </button>`
            : this.t('maxSteps', { max: MAX_STEPS })
        }
      </p>
      <div class="qd-toolbar qd-maker__actions" part="actions">
        <button
          id="preview-button"
          type="button"
          class="qd-button"
          aria-expanded=${this.previewing}
          @click=${() => this.togglePreview()}
        >
          ${this.previewing ? this.t('closePreview') : this.t('preview')}
        </button>
        <button
          type="button"
          class="qd-button qd-button--primary"
          @click=${() => this.exportFile()}
        >
          ${this.t('export')}
        </button>
        <label class="qd-button qd-file-button"
          >${this.t('open')}<input
            id="open-file"
            class="qd-visually-hidden"
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => this.pickFile(e)}
        /></label>
        <button type="button" class="qd-button" id="erase" @click=${() => this.askErase()}>
          ${this.t('eraseAll')}
        </button>
      </div>
      ${
        this.confirming
          ? html`<div class="qd-panel" role="alertdialog" aria-labelledby="confirm-text">
              <p id="confirm-text">${this.t('confirmErase')}</p>
              <div class="qd-toolbar">
                <button
                  type="button"
                  class="qd-button qd-button--primary"
                  id="confirm-yes"
                  @click=${() => this.eraseAll()}
                >
                  ${this.t('yesErase')}
                </button>
                <button type="button" class="qd-button" @click=${() => this.cancelErase()}>
                  ${this.t('cancel')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        this.pending
          ? html`<div class="qd-panel" role="alertdialog" aria-labelledby="open-text">
              <p id="open-text">${this.t('confirmOpen', { title: this.pending.title })}</p>
              <div class="qd-toolbar">
                <button
                  type="button"
                  class="qd-button qd-button--primary"
                  id="open-yes"
                  @click=${() => this.applyFile(this.pending!)}
                >
                  ${this.t('yesOpen')}
                </button>
                <button type="button" class="qd-button" @click=${() => this.cancelOpen()}>
                  ${this.t('cancel')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        this.previewing
          ? html`<section class="qd-maker__preview" part="preview" aria-labelledby="preview-h">
              <h3 id="preview-h" tabindex="-1">${this.t('preview')}</h3>
              <qd-tuto .content=${toTutorial(d)} all .readAloud=${false}></qd-tuto>
            </section>`
          : nothing
      }
      <div class="qd-visually-hidden" role="status">${this.said}</div>
    </div>`;
  }

  private renderAbout(d: Draft): TemplateResult {
    const f = (key: Field) => (v: string, commit: boolean) => this.setField(key, v, commit);
    return html`<fieldset class="qd-maker__about" part="about">
      <legend>${this.t('about')}</legend>
      ${this.field('f-title', this.t('fTitle'), d.title, f('title'), { hint: this.t('fTitleHint') })}
      ${this.field('f-summary', this.t('fSummary'), d.summary, f('summary'), {
        hint: this.t('fSummaryHint'),
        multiline: true,
      })}
      ${this.field('f-easy', this.t('fEasy'), d.easy, f('easy'), {
        hint: this.t('fEasyHint'),
        optional: true,
      })}
      ${this.field('f-author', this.t('fAuthor'), d.author, f('author'), {
        hint: this.t('fAuthorHint'),
        optional: true,
      })}
      ${this.field('f-centre', this.t('fCentre'), d.centre, f('centre'), { optional: true })}
      <fieldset class="qd-maker__level">
        <legend>${this.t('fLevel')}</legend>
        ${LEVELS.map(
          (l) =>
            html`<label
              ><input
                type="radio"
                name="level"
                .checked=${d.level === l}
                @change=${() => this.edit({ ...this.draft, level: l }, true)}
              />${this.t(l)}</label
            >`,
        )}
      </fieldset>
      ${this.field('f-duration', this.t('fDuration'), d.duration, f('duration'), {
        optional: true,
        inputmode: 'numeric',
      })}
      ${this.field('f-materials', this.t('fMaterials'), d.materials, f('materials'), {
        hint: this.t('fMaterialsHint'),
        multiline: true,
        optional: true,
      })}
      ${this.field('f-tags', this.t('fTags'), d.tags, f('tags'), {
        hint: this.t('fTagsHint'),
        optional: true,
      })}
      ${this.field('f-licence', this.t('fLicence'), d.licence, f('licence'), {
        hint: this.t('fLicenceHint'),
      })}
    </fieldset>`;
  }

  private renderStep(s: DraftStep, i: number, total: number): TemplateResult {
    const n = i + 1;
    const p = `s${i}`;
    const set = (key: StepField) => (v: string, commit: boolean) =>
      this.setStep(i, { [key]: v }, commit);
    const which = html`<span class="qd-visually-hidden"> ${this.t('ofStep', { n })}</span>`;
    const recorderOk = canRecord() && !this.micRefused;
    const recording = this.recordingStep === i;
    return html`<li>
      <fieldset class="qd-maker__step" part="step">
        <legend>${this.t('stepN', { n })}</legend>
        ${this.field(`${p}-title`, this.t('fStepTitle'), s.title, set('title'))}
        ${this.field(`${p}-text`, this.t('fStepText'), s.text, set('text'), {
          hint: this.t('fStepTextHint'),
          multiline: true,
        })}
        ${this.field(`${p}-easy`, this.t('fStepEasy'), s.easy, set('easy'), { optional: true })}

        <div class="qd-maker__media">
          <p class="qd-maker__label">
            ${this.t('photo')} <span class="qd-field__optional">${this.t('optional')}</span>
          </p>
          ${s.image ? html`<img class="qd-maker__thumb" src=${s.image.src} alt="" />` : nothing}
          <div class="qd-toolbar">
            <label class="qd-button qd-file-button"
              >${this.t('takePhoto')}${which}<input
                id="${p}-camera"
                class="qd-visually-hidden"
                type="file"
                accept="image/*"
                data-camera
                ?disabled=${this.busy !== undefined}
                @change=${(e: Event) => this.pickPhoto(i, e)}
            /></label>
            <label class="qd-button qd-file-button"
              >${this.t('choosePhoto')}${which}<input
                id="${p}-photo"
                class="qd-visually-hidden"
                type="file"
                accept="image/*"
                ?disabled=${this.busy !== undefined}
                @change=${(e: Event) => this.pickPhoto(i, e)}
            /></label>
            ${
              s.image
                ? html`<button
                    type="button"
                    class="qd-button"
                    @click=${() => this.edit(this.withoutImage(i), true)}
                  >
                    ${this.t('removePhoto')}${which}
                  </button>`
                : nothing
            }
          </div>
          ${this.busy === i ? html`<p>${this.t('photoBusy')}</p>` : nothing}
          ${
            s.image
              ? this.field(
                  `${p}-alt`,
                  this.t('fAlt'),
                  s.image.alt,
                  (v, commit) => this.setStep(i, { image: { src: s.image!.src, alt: v } }, commit),
                  { hint: this.t('fAltHint') },
                )
              : nothing
          }
        </div>

        <div class="qd-maker__media">
          <p class="qd-maker__label">
            ${this.t('voice')} <span class="qd-field__optional">${this.t('optional')}</span>
          </p>
          ${
            s.audio
              ? html`<audio
                  controls
                  src=${s.audio.src}
                  aria-label=${`${this.t('voice')} — ${this.t('stepN', { n })}`}
                ></audio>`
              : nothing
          }
          <div class="qd-toolbar">
            ${
              recorderOk
                ? recording
                  ? html`<button
                      id="${p}-stop"
                      type="button"
                      class="qd-button qd-button--primary"
                      @click=${() => this.recorder?.stop()}
                    >
                      ${this.t('stopRecord')}${which}
                    </button>`
                  : html`<button
                      id="${p}-record"
                      type="button"
                      class="qd-button"
                      ?disabled=${this.recordingStep !== undefined}
                      @click=${() => this.record(i)}
                    >
                      ${this.t('record')}${which}
                    </button>`
                : nothing
            }
            <label class="qd-button qd-file-button"
              >${this.t('chooseAudio')}${which}<input
                id="${p}-audio-file"
                class="qd-visually-hidden"
                type="file"
                accept="audio/*"
                @change=${(e: Event) => this.pickAudio(i, e)}
            /></label>
            ${
              s.audio
                ? html`<button
                    type="button"
                    class="qd-button"
                    @click=${() => this.edit(this.withoutAudio(i), true)}
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
                  `${p}-transcript`,
                  this.t('fTranscript'),
                  s.audio.transcript,
                  (v, commit) =>
                    this.setStep(i, { audio: { src: s.audio!.src, transcript: v } }, commit),
                  { hint: this.t('fTranscriptHint'), multiline: true },
                )
              : nothing
          }
        </div>

        <div class="qd-toolbar qd-maker__move">
          ${
            i > 0
              ? html`<button
                  id="up-${i}"
                  type="button"
                  class="qd-button"
                  @click=${() => this.move(i, -1)}
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
                  @click=${() => this.move(i, 1)}
                >
                  ${this.t('down')}${which}
                </button>`
              : nothing
          }
          ${
            total > 1
              ? html`<button type="button" class="qd-button" @click=${() => this.removeStep(i)}>
                  ${this.t('remove')}${which}
                </button>`
              : nothing
          }
        </div>
      </fieldset>
    </li>`;
  }

  private withoutImage(i: number): Draft {
    return {
      ...this.draft,
      steps: this.draft.steps.map((s, j) => (j === i ? this.withoutKey(s, 'image') : s)),
    };
  }

  private withoutAudio(i: number): Draft {
    return {
      ...this.draft,
      steps: this.draft.steps.map((s, j) => (j === i ? this.withoutKey(s, 'audio') : s)),
    };
  }

  private pickPhoto(i: number, e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.addPhoto(i, file);
  }

  private pickAudio(i: number, e: Event): void {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.addAudio(i, file);
  }
}
