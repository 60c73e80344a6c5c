import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  QdContentElement,
  ProgressiveBuild,
  ReadAloud,
  StorageController,
  baseStyles,
  readAloudButton,
  saveFile,
  type ContentSpec,
  type StorageArea,
  loadLocale,
  loadingPanel,
} from '@quartiers-douai/core';
import type { Cv } from '../schema.js';
import { cvContentSpec } from '../content-spec.js';
import { builderMessages, cvTextMessages, type BuilderKey, type CvTextKey } from '../messages.js';
import { cvFileName, importCvText, problemsSentence, toJsonResume } from '../json-resume.js';
import { cvPrinter } from '../print.js';
import { builderStyles } from './cv-builder.styles.js';
import { QdCvPreview } from '../cv-preview/cv-preview.js';
import type { CvForm, CvFormPart, Removed } from './form-part.js';
import { QdCvDataTools, type CvDataActions } from './cv-data-tools.js';
import { QdCvStep } from './cv-step.js';
import { QdCvTop } from './cv-top.js';
import { CvDraft } from './draft.js';
import { CvErasure } from './erasure.js';
import { fire, type CvEraseDetail } from './events.js';
import {
  STEPS,
  STEP_KEYS,
  identityErrors,
  isEmpty,
  recheckIdentity,
  setIn,
  without,
  withoutPrefix,
  type Key,
  type StepId,
} from './form-model.js';

type K = BuilderKey | CvTextKey;

/** Seconds without activity before a shared computer is wiped (when `kiosk-timeout` is not set). */
export const PUBLIC_COMPUTER_TIMEOUT = 600;

/**
 * A CV, step by step (Identité → Objectif → Expériences → Formations → Compétences → Langues →
 * Centres d'intérêt → Aperçu), for job-search workshops: plain-language help with examples, an
 * easy-read variant and read-aloud; repeating entries (add, remove with undo, reorder by keyboard);
 * a live preview in three templates; print to PDF with the browser. Private by default: nothing is
 * sent anywhere; the draft is saved on the device (`storage`, default `local`), can be exported and
 * imported as a JSON Resume file, and erased. `public-computer` for shared computers.
 *
 * The optional content (property, `src` or inline JSON) is a starting CV, e.g. prepared by an
 * advisor; a draft saved on the device takes precedence over it.
 *
 * @summary CV pas à pas, privé, imprimable en PDF, au format JSON Resume.
 *
 * @attr {boolean} public-computer - Shared computer: the draft lives only in this tab, leaving warns, "Terminer" and inactivity wipe it.
 * @attr step - The step shown: `identity`, `objective`, `experience`, `education`, `skills`, `languages`, `interests` or `preview`.
 *
 * @fires change - The CV changed (a field was committed, an entry added, removed or moved, a file imported). Read it with `cv` or `toJsonResume()`.
 * @fires qd-step - The person moved to another step. `detail: CvStepDetail` (bubbles, composed).
 * @fires qd-export - The CV was exported to a file or printed. `detail: CvExportDetail` (bubbles, composed).
 * @fires qd-import - A CV file was imported. `detail: CvImportDetail` (bubbles, composed).
 * @fires qd-erase - The CV was erased from the device. `detail: CvEraseDetail` (bubbles, composed).
 * @fires qd-content-ready - Lifecycle (does not bubble): the starting CV is valid.
 * @fires qd-content-error - Lifecycle (does not bubble): the starting CV could not be loaded or is invalid.
 *
 * @slot - An inline `<script type="application/json">` with a starting CV (not displayed).
 *
 * @csspart base - The root wrapper (carries `dir` and `lang`).
 * @csspart notice - Status messages (saved CV resumed, import result, erased…).
 * @csspart steps - The list of steps.
 * @csspart step - The current step (heading, help, fields).
 * @csspart help - The help box of the step.
 * @csspart entry - Each repeating entry (one job, one diploma…).
 * @csspart live-preview - The live preview beside the form (wide screens).
 * @csspart data-tools - Export, import, erase (and "Terminer" on a shared computer).
 * @csspart save-status - "Enregistré sur cet appareil".
 * @csspart error - The error panel (invalid starting CV).
 * @csspart read-aloud - Each "Écouter" button.
 * @csspart easy-toggle - The "Facile à lire" button.
 *
 * @cssprop --qd-color-primary - Buttons, current step, focus.
 * @cssprop --qd-color-danger - Errors.
 * @cssprop --qd-target-size - Minimum size of buttons and fields (44 px by default).
 * @cssprop --qd-cv-accent - Default accent colour of the CV.
 */
export class QdCvBuilder extends QdContentElement<Cv, K> {
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /**
   * Where the draft is kept: the `storage` attribute (`local` by default), the tab only on a
   * shared computer.
   */
  protected readonly device = new StorageController(this, this.voice, () => this.area);

  /**
   * The first time the CV is shown, the form is built top to bottom, one part per task — the
   * privacy line and save status, the list of steps, the step's heading and help, its fields,
   * then the data tools and the live preview — hidden behind the loading message until whole:
   * a page with four builders never holds the main thread for long (Total Blocking Time,
   * docs/quality.md gate 7). Every later render is whole.
   */
  private readonly build = new ProgressiveBuild(this, ['top', 'steps', 'form', 'fields', 'tools']);

  static override styles = [baseStyles, builderStyles];
  static override messages = [builderMessages, cvTextMessages];
  /** The element that shows the CV (live preview, print); `define.js` registers both. */
  static readonly previewElement = QdCvPreview;
  /** The form's parts, internal elements without a shadow root; `define.js` registers them. */
  static readonly parts = {
    'qd-cv-top': QdCvTop,
    'qd-cv-step': QdCvStep,
    'qd-cv-data-tools': QdCvDataTools,
    ...QdCvStep.parts,
  };

  static override properties: PropertyDeclarations = {
    publicComputer: { type: Boolean, attribute: 'public-computer', reflect: true },
    step: {},
    cv: { state: true },
    errors: { state: true },
    removed: { state: true },
  };

  /**
   * Shared computer: the draft lives only in this tab, leaving warns, "Terminer" and inactivity wipe it.
   * @attr public-computer
   */
  publicComputer = false;

  /** The step shown: `identity`, `objective`, `experience`, `education`, `skills`, `languages`, `interests` or `preview`. */
  step: StepId = 'identity';

  private cv: Cv = {};
  private errors: Record<string, string> = {};
  private removed: Removed | undefined;

  private initial: Cv = {};
  private initialized = false;
  /** The draft on the device. */
  private readonly draft = new CvDraft(this, this.device, () => this.cv);
  /** « Effacer mes données », « Terminer », « Annuler l'effacement ». */
  private readonly erasure = new CvErasure(this, {
    shared: () => this.publicComputer,
    wipe: (reason) => this.wipe(reason),
    putBack: (cv) => {
      this.cv = cv;
      this.draft.save();
    },
    tell: (key) => void this.announce(this.t(key)),
    focusOn: (selector) => void this.focusAfterRender(selector),
  });

  /** The builder as its form's parts (top, step, lists, data tools) see it: what they read and ask. */
  private readonly form: CvForm = ((b: QdCvBuilder): CvForm => ({
    get cv() {
      return b.cv;
    },
    get errors() {
      return b.errors;
    },
    get intl() {
      return b.i18n.intl;
    },
    t: (k, p) => b.t(k, p),
    set: (path, value, commit) => b.set(path, value, commit),
    setError: (id, m) => b.setError(id, m),
    clearErrors: (prefix) => void (b.errors = withoutPrefix(b.errors, prefix)),
    recheck: (id, committed) => b.recheck(id, committed),
    setRemoved: (r) => void (b.removed = r),
    say: (text, kind) => void b.announce(text, kind),
    focus: (selector) => void b.focusAfterRender(selector),
    go: (step) => b.go(step),
    toggleEasy: () => void (b.easy = !b.easyRead.on),
    next: () => b.next(),
    print: () => void b.printer.print(),
  }))(this);

  constructor() {
    super();
    // Autosave is on by default for this element (stated in the form); `storage="none"` turns it off.
    this.storage = 'local';
  }

  protected override get contentSpec(): ContentSpec<Cv> {
    return cvContentSpec;
  }

  protected override readAloudDefault(): boolean {
    return true;
  }

  /** The CV being written (a copy). */
  get value(): Cv {
    return JSON.parse(JSON.stringify(this.cv)) as Cv;
  }

  /** The CV as a JSON Resume v1.0.0 document. */
  toJsonResume(): Record<string, unknown> {
    return toJsonResume(this.cv);
  }

  /** Where the draft is kept: a shared computer never keeps it beyond the tab. */
  private get area(): StorageArea {
    return this.publicComputer && this.storage === 'local' ? 'session' : this.storage;
  }

  // --- lifecycle ------------------------------------------------------------------------------

  /** « Imprimer » or Ctrl+P: the CV alone on A4, once there is one to print. */
  private readonly printer = cvPrinter(
    this,
    () => {
      if (!this.initialized || this.contentStatus === 'invalid') return undefined;
      const x = this.cv.meta?.['x-qd'];
      return { cv: this.cv, template: x?.template, accent: x?.accent };
    },
    { started: () => fire(this, 'qd-export', { format: 'print' }) },
  );

  private readonly beforeUnload = (e: BeforeUnloadEvent) => {
    if (this.publicComputer && !isEmpty(this.cv)) {
      e.preventDefault();
      e.returnValue = this.t('leaveWarning');
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.beforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.beforeUnload);
  }

  /** A public computer resets after `PUBLIC_COMPUTER_TIMEOUT` unless `kiosk-timeout` says otherwise. */
  protected override kioskSeconds(): number {
    return this.kioskTimeout || (this.publicComputer ? PUBLIC_COMPUTER_TIMEOUT : 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The headings of the CV's language, fetched ahead: printing (beforeprint) cannot wait.
    void loadLocale([cvTextMessages], this.cv.meta?.['x-qd']?.lang ?? 'fr');
    if (!this.initialized && this.contentStatus === 'empty') this.restore();
    else if (
      this.initialized &&
      this.hasUpdated &&
      (changed.has('storage') || changed.has('publicComputer'))
    )
      this.restore();
  }

  protected override contentChanged(content: Cv): void {
    this.initial = content;
    this.restore();
  }

  /**
   * The saved draft if there is one, else the starting CV (content) or an empty one. The page's
   * first draft waits for the storage code, and the form with it (loading message): a resident
   * never sees an empty form jump to their saved CV.
   */
  private restore(): void {
    this.cv = JSON.parse(JSON.stringify(this.initial)) as Cv;
    this.errors = {};
    this.removed = undefined;
    this.initialized = true;
    this.draft.open((r) => {
      if (r.status === 'ok') {
        this.cv = r.data;
        this.announce(this.t('resumed'));
      } else if (r.status === 'quarantined')
        this.announce(this.t(r.moved ? 'quarantined' : 'quarantineHeld'), 'error');
    });
  }

  protected override renderState(): unknown {
    return this.contentStatus === 'empty' ? this.renderContent() : super.renderState();
  }

  // --- data -----------------------------------------------------------------------------------

  /** Changes the CV; `commit` saves at once and fires `change`, else saving waits for a pause. */
  private set(path: Key[], value: unknown, commit = false): void {
    this.erasure.erased = undefined;
    this.cv = setIn(this.cv, path, value) as Cv;
    if (commit) {
      this.draft.save();
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else this.draft.saveSoon();
  }

  private setError(id: string, message: string | undefined): void {
    this.errors = message ? { ...this.errors, [id]: message } : without(this.errors, id);
  }

  /** The identity step's errors, in the interface's language. */
  private identityErrors(): Record<string, string> {
    const keys = identityErrors(this.cv);
    return Object.fromEntries(Object.entries(keys).map(([id, k]) => [id, this.t(k)]));
  }

  /** Identity step: the errors of a field that changed, checked again (`recheckIdentity`). */
  private recheck(id: string, committed: boolean): void {
    if (this.step !== 'identity') return;
    for (const [field, key] of Object.entries(recheckIdentity(this.cv, this.errors, id, committed)))
      this.setError(field, key && this.t(key));
  }

  // --- navigation -----------------------------------------------------------------------------

  private get index(): number {
    return Math.max(0, STEPS.indexOf(this.step));
  }

  /** Goes to a step and puts the focus on its heading. */
  go(step: StepId): void {
    this.speech.stop();
    this.removed = undefined;
    this.erasure.forget();
    this.step = step;
    fire(this, 'qd-step', { step, index: STEPS.indexOf(step) });
    void this.focusAfterRender('#step-heading');
  }

  private next(): void {
    if (this.step === 'identity') {
      const errors = this.identityErrors();
      this.errors = { ...this.errors, ...errors };
    }
    const blocking = Object.keys(this.errors).filter((id) =>
      this.renderRoot.querySelector(`#${id}`),
    );
    if (blocking.length > 0) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const next = STEPS[this.index + 1];
    if (next) this.go(next);
  }

  // --- import, export, erase ------------------------------------------------------------------

  /** "Exporter mon CV (fichier)": a JSON Resume file; works even when the device is full. */
  exportFile(): void {
    const file = cvFileName(this.cv, 'json');
    saveFile(JSON.stringify(toJsonResume(this.cv), null, 2), file, 'application/json');
    this.announce(this.t('exported', { file }));
    fire(this, 'qd-export', { format: 'json' });
  }

  /** Imports a CV file's text (JSON Resume); on any problem, the current CV is left untouched. */
  importText(text: string): boolean {
    const r = importCvText(text);
    if (!r.ok) {
      this.announce(this.t('importFailed', { reason: problemsSentence(r.problems) }), 'error');
      return false;
    }
    this.cv = r.cv;
    this.errors = {};
    this.removed = undefined;
    this.draft.save();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    this.announce(
      r.ignored.length
        ? this.t('importedIgnored', { fields: r.ignored.join(', ') })
        : this.t('imported'),
    );
    fire(this, 'qd-import', { ignored: r.ignored });
    return true;
  }

  /** Wipes the CV from the device and starts again from the starting CV; gives the CV erased. */
  private wipe(reason: CvEraseDetail['reason']): Cv {
    const before = this.cv;
    this.draft.erase();
    this.cv = JSON.parse(JSON.stringify(this.initial)) as Cv;
    this.errors = {};
    this.removed = undefined;
    this.erasure.forget();
    this.step = 'identity';
    fire(this, 'qd-erase', { reason });
    return before;
  }

  protected override resetSession(): void {
    this.wipe('inactivity');
  }

  /** What the data tools ask. */
  private readonly dataActions: CvDataActions = {
    exportFile: () => this.exportFile(),
    importText: (text) => this.importText(text),
    discard: (copies) => this.draft.discard(copies),
  };

  /** The privacy line, « Facile à lire », the save status and the steps, above the form. */
  private renderTop(step: StepId): TemplateResult {
    const none = this.storage === 'none';
    const saved = this.draft.state;
    return html`<qd-cv-top
      .form=${this.form}
      .step=${step}
      .privacy=${none ? 'privacyNone' : this.publicComputer ? 'privacyPublic' : 'privacy'}
      .status=${none ? 'notKept' : saved === 'quota' ? 'notSaved' : saved === 'saved' ? 'saved' : undefined}
      .easy=${this.easyRead.on}
      .steps=${this.build.has('steps')}
    ></qd-cv-top>`;
  }

  /** The current step: heading, help (« Écouter »), fields, « Précédent » and « Suivant ». */
  private renderForm(step: StepId): TemplateResult {
    const help = `help${STEP_KEYS[step]}` as BuilderKey;
    const helpText = this.t(this.easyRead.on ? (`${help}Easy` as BuilderKey) : help);
    return html`<qd-cv-step
      .step=${step}
      .fields=${this.build.has('fields')}
      .help=${helpText}
      .listen=${this.showReadAloud ? readAloudButton(this.speech, `help-${step}`, helpText, this.i18n.locale, this.tr) : nothing}
      .cv=${this.cv}
      .errors=${this.errors}
      .removed=${this.removed}
      .form=${this.form}
    ></qd-cv-step>`;
  }

  /** Resolves once the form's parts have rendered too (the step's fields, its lists, the data tools). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const parts = this.renderRoot.querySelectorAll<CvFormPart>(
      'qd-cv-top, qd-cv-step, qd-cv-data-tools',
    );
    await Promise.all([...parts].map((p) => p.updateComplete));
    return done;
  }

  protected override renderContent(): TemplateResult {
    const step = STEPS[this.index]!;
    // (while the draft's store opens, the form waits with the loading message: see `restore`)
    const whole = this.build.done && !this.device.pending;
    return html`${whole ? nothing : loadingPanel(false, this.tr)}
      <div class="qd-cv ${step === 'preview' ? 'qd-cv--preview' : ''}" ?hidden=${!whole}>
        ${this.build.has('top') ? this.renderTop(step) : nothing}
        <div class="qd-cv__layout">
          ${this.build.has('form') ? this.renderForm(step) : nothing}
          ${
            !this.build.has('tools') || step === 'preview'
              ? nothing
              : html`<section
                  class="qd-cv__live"
                  part="live-preview"
                  aria-label=${this.t('livePreview')}
                >
                  <qd-cv-preview .content=${this.cv}></qd-cv-preview>
                </section>`
          }
        </div>
        ${
          this.build.has('tools')
            ? html`<qd-cv-data-tools
                .form=${this.form}
                .actions=${this.dataActions}
                .erasure=${this.erasure}
                .confirming=${this.erasure.confirming}
                .undoable=${!!this.erasure.erased}
                .shared=${this.publicComputer}
                .copies=${this.draft.setAside}
              ></qd-cv-data-tools>`
            : nothing
        }
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-cv-builder': QdCvBuilder;
  }
}
