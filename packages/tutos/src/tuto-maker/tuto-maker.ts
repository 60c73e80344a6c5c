import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  QdContentElement,
  baseStyles,
  saveFile,
  type ContentSpec,
  type Params,
  StorageController,
} from '@quartiers-douai/core';
import { makerMessages, type MakerKey } from '../maker-messages.js';
import { MAX_STEPS, type Tutorial } from '../tutorial-schema.js';
import { tutoContentSpec } from '../shared.js';
import { emptyDraft, fromTutorial, toTutorial, type Draft } from '../draft.js';
import { AUDIO_MAX_MB, preparePhoto, readDataUrl } from '../media.js';
import { QdTuto } from '../tuto/tuto.js';
import * as model from './maker-model.js';
import type { RemovedStep, TutoExportDetail, TutoImportDetail } from './maker-model.js';
import { AboutEditEvent, QdTutoAboutEditor } from './about-editor.js';
import { DraftKeeper } from './draft-keeper.js';
import { QdTutoMakerActions, type MakerAction, type MakerActionEvent } from './maker-actions.js';
import { QdTutoStepEditor, type StepAction, type StepActionEvent } from './step-editor.js';
import { startRecording } from './voice-recording.js';
import { makerStyles } from './tuto-maker.styles.js';

export { DRAFT_VERSION } from './draft-keeper.js';
export type { TutoExportDetail, TutoImportDetail } from './maker-model.js';

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
  /** The elements of the form; `define-maker.js` registers them. */
  static readonly formElements = {
    about: QdTutoAboutEditor,
    step: QdTutoStepEditor,
    actions: QdTutoMakerActions,
  };

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
  private removed?: RemovedStep;
  /** The tutorial the maker started from (its content), if any. */
  private initial?: Draft;
  private initialized = false;
  private recorder?: MediaRecorder;
  private readonly keeper = new DraftKeeper(this, this.device, () => this.draft);

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    this.keeper.open(this.id || 'brouillon', (saved) => {
      this.draft = saved;
      this.announce(this.t('resumedDraft'));
    });
  }

  protected override renderState(): unknown {
    return this.contentStatus === 'empty' ? this.renderContent() : super.renderState();
  }

  // --- the draft ------------------------------------------------------------------------------

  /** Changes the draft; `commit` saves at once and fires `change`, else saving waits for a pause. */
  private edit(next: Draft, commit = false): void {
    this.draft = next;
    if (this.checked) this.errors = this.check();
    if (commit) {
      this.keeper.save();
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else this.keeper.saveSoon();
  }

  /** What is missing or wrong, by field id (in the order of the form). */
  check(d = this.draft): Record<string, string> {
    const missing = model.whatIsMissing(d);
    return Object.fromEntries(
      Object.entries(missing).map(([id, m]) => [id, this.t(m.key, m.n ? { n: m.n } : undefined)]),
    );
  }

  /** What the resident did in step `i` (`<qd-tuto-step-editor>`). */
  private stepAction(i: number, a: StepAction): void {
    const d = this.draft;
    if (a.type === 'edit') this.edit(model.withStepChanged(d, i, a.patch), a.commit);
    else if (a.type === 'photo') void this.addPhoto(i, a.file);
    else if (a.type === 'voice') void this.addAudio(i, a.file);
    else if (a.type === 'remove-photo') this.edit(model.withoutMedia(d, i, 'image'), true);
    else if (a.type === 'remove-voice') this.edit(model.withoutMedia(d, i, 'audio'), true);
    else if (a.type === 'record') void this.record(i);
    else if (a.type === 'stop-recording') this.recorder?.stop();
    else if (a.type === 'move') this.move(i, a.by);
    else this.removeStep(i);
  }

  // --- steps ----------------------------------------------------------------------------------

  /** A change to the list of steps: saved at once, said, the focus where the resident goes on. */
  private changeSteps(next: Draft, focus: string, said = this.said, removed?: RemovedStep): void {
    this.removed = removed;
    this.edit(next, true);
    this.said = said;
    void this.focusAfterRender(focus);
  }

  private addStep(): void {
    this.changeSteps(model.withStepAdded(this.draft), `#s${this.draft.steps.length}-title`);
  }

  /** Moves step `i` by one place; the focus follows it, its new place is announced. */
  move(i: number, by: -1 | 1): void {
    const next = model.withStepMoved(this.draft, i, by);
    if (!next) return;
    const j = i + by;
    this.removed = undefined;
    this.edit(next, true);
    this.said = this.t('moved', { n: j + 1, total: next.steps.length });
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
    const r = model.withStepRemoved(this.draft, i);
    if (r) this.changeSteps(r.draft, '#undo', this.t('removedStep', { n: i + 1 }), r.removed);
  }

  private undoRemove(): void {
    const r = this.removed;
    if (!r) return;
    const said = this.t('restoredStep', { n: r.index + 1 });
    this.changeSteps(model.withStepRestored(this.draft, r), `#s${r.index}-title`, said);
  }

  // --- photos and voices ------------------------------------------------------------------------

  /** A photo chosen or taken for step `i`: made smaller, without EXIF, kept as a JPEG `data:`. */
  async addPhoto(i: number, file: Blob): Promise<void> {
    this.busy = i;
    this.said = this.t('photoBusy');
    try {
      const src = await preparePhoto(file);
      this.edit(model.withPhoto(this.draft, i, src), true);
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
    if (!model.isAcceptableVoice(src)) {
      this.said = this.t('audioError', { max: AUDIO_MAX_MB });
      return;
    }
    this.edit(model.withVoice(this.draft, i, src), true);
    this.said = this.t('audioAdded', { n: i + 1 });
    void this.focusAfterRender(`#s${i}-transcript`);
  }

  private async record(i: number): Promise<void> {
    const recorder = await startRecording((voice) => {
      this.recordingStep = undefined;
      this.recorder = undefined;
      void this.addAudio(i, voice);
    });
    if (!recorder) {
      this.micRefused = true;
      this.said = this.t('micRefused');
      void this.focusAfterRender(`#s${i}-audio-file`);
      return;
    }
    this.recorder = recorder;
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
    const file = model.tutorialFile(this.draft);
    if (!file) return undefined;
    saveFile(file.text, file.name, 'application/json');
    this.said = this.t('exported', { file: file.name });
    this.dispatchEvent(
      new CustomEvent<TutoExportDetail>('qd-export', {
        bubbles: true,
        composed: true,
        detail: file.detail,
      }),
    );
    return file.text;
  }

  /** Opens a tutorial file (as exported here or elsewhere): it replaces the draft when valid. */
  openFile(text: string): boolean {
    const file = model.readTutorialFile(text);
    if ('refused' in file) {
      // (the draft is not touched)
      const { refused } = file;
      if (typeof refused === 'string') this.refuse(refused);
      else void refused.then((reason) => this.refuse(reason));
      return false;
    }
    // A draft in progress is not replaced without asking (it would be lost).
    if (model.isUntouched(this.draft, this.initial)) this.applyFile(file.tutorial);
    else {
      this.pending = file.tutorial;
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

  /** What the resident pressed in `<qd-tuto-maker-actions>`. */
  private makerAction(a: MakerAction): void {
    if (a.type === 'preview') this.togglePreview();
    else if (a.type === 'export') this.exportFile();
    else if (a.type === 'open') void this.pickFile(a.file);
    else if (a.type === 'open-confirmed') this.applyFile(this.pending!);
    else if (a.type === 'open-cancelled') this.cancelOpen();
    else if (a.type === 'erase') this.askErase();
    else if (a.type === 'erase-confirmed') this.eraseAll();
    else this.cancelErase();
  }

  private async pickFile(file: File): Promise<void> {
    if (file.size > model.MAX_OPEN_BYTES) {
      this.refuse(`le fichier fait plus de ${model.MAX_OPEN_BYTES / 1048576} Mo`);
      return;
    }
    this.openFile(await file.text());
  }

  private eraseAll(): void {
    this.keeper.erase();
    this.confirming = false;
    this.removed = undefined;
    this.previewing = false;
    this.checked = false;
    this.errors = {};
    this.draft = this.initial ? structuredClone(this.initial) : emptyDraft();
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

  protected override renderContent(): TemplateResult {
    const d = this.draft;
    const errors = Object.values(this.errors);
    const t = (key: MakerKey, params?: Params) => this.t(key, params);
    return html`<div class="qd-maker">
      <h2 id="title" tabindex="-1">${this.t('makerTitle')}</h2>
      <p>${this.t('makerIntro')}</p>
      <p class="qd-maker__save" part="save-status">
        ${this.keeper.state === 'none' ? this.t('notSaved') : this.keeper.state === 'saved' ? this.t('saved') : ''}
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
      <qd-tuto-about-editor
        .draft=${d}
        .errors=${this.errors}
        .t=${t}
        @about-edit=${(e: AboutEditEvent) => this.edit({ ...this.draft, ...e.patch }, e.commit)}
      ></qd-tuto-about-editor>
      <h3 id="steps-h">${this.t('stepsTitle')}</h3>
      <ol class="qd-maker__steps" part="steps" aria-labelledby="steps-h">
        ${d.steps.map(
          (s, i) =>
            html`<li>
              <qd-tuto-step-editor
                .step=${s}
                .index=${i}
                .total=${d.steps.length}
                .errors=${this.errors}
                .preparingPhoto=${this.busy}
                .recordingStep=${this.recordingStep}
                .micRefused=${this.micRefused}
                .t=${t}
                @step-action=${(e: StepActionEvent) => this.stepAction(i, e.action)}
              ></qd-tuto-step-editor>
            </li>`,
        )}
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
          model.canAddStep(d)
            ? html`<button type="button" class="qd-button" @click=${() => this.addStep()}>
                ${this.t('addStep')}
              </button>`
            : this.t('maxSteps', { max: MAX_STEPS })
        }
      </p>
      <qd-tuto-maker-actions
        .previewing=${this.previewing}
        .confirmingErase=${this.confirming}
        .pendingTitle=${this.pending?.title}
        .t=${t}
        @maker-action=${(e: MakerActionEvent) => this.makerAction(e.action)}
      ></qd-tuto-maker-actions>
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
}
