import { ReadAloud } from '@quartiers-douai/core';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DeviceStore,
  QdContentElement,
  baseStyles,
  discardQuarantined,
  easyReadToggle,
  eraseAllKitData,
  readAloudButton,
  saveFile,
  type ContentSpec,
  type SetAside,
  type StorageArea,
  loadLocale,
  loadingPanel,
  nextTask,
  StorageController,
} from '@quartiers-douai/core';
import {
  ACCENTS,
  FLUENCIES,
  LICENCES,
  SKILL_LEVELS,
  TEMPLATES,
  cvSchema,
  isPhotoDataUrl,
  type Cv,
  type CvLang,
} from '../schema.js';
import { cvContentSpec } from '../content-spec.js';
import { builderMessages, cvTextMessages, type BuilderKey, type CvTextKey } from '../messages.js';
import {
  MAX_IMPORT_BYTES,
  cvFileName,
  importCvText,
  problemsSentence,
  toJsonResume,
} from '../json-resume.js';
import { mountPrint } from '../print.js';
import { resizePhoto } from '../photo.js';
import { builderStyles } from './cv-builder.styles.js';
import { QdCvPreview } from '../cv-preview/cv-preview.js';

type K = BuilderKey | CvTextKey;
type Key = string | number;
type Obj = Record<string, unknown>;

/** The steps, in order. */
export const STEPS = [
  'identity',
  'objective',
  'experience',
  'education',
  'skills',
  'languages',
  'interests',
  'preview',
] as const;
export type StepId = (typeof STEPS)[number];
const STEP_KEYS = {
  identity: 'Identity',
  objective: 'Objective',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  preview: 'Preview',
} as const;

/**
 * The first build of the form, one part per task: the container (with the loading message), the
 * privacy line and save status, the list of steps, the step's heading and help, its fields, then
 * the data tools and the live preview, when the whole is shown.
 */
const BUILD_PARTS = 5;

/** Seconds without activity before a shared computer is wiped (when `kiosk-timeout` is not set). */
export const PUBLIC_COMPUTER_TIMEOUT = 600;

type ListKey =
  | 'profiles'
  | 'work'
  | 'volunteer'
  | 'education'
  | 'certificates'
  | 'skills'
  | 'languages'
  | 'interests';
type FieldKind = 'text' | 'lines' | 'level' | 'fluency' | 'url';
type FieldDef = [prop: string, label: BuilderKey, hint?: BuilderKey, kind?: FieldKind];
interface ListDef {
  key: ListKey;
  title: BuilderKey;
  item: BuilderKey;
  /** Where the list lives in the CV (`basics.profiles` or a top-level section). */
  path: Key[];
  fields: FieldDef[];
  dates?: 'range' | 'single';
}

const LISTS: Record<ListKey, ListDef> = {
  profiles: {
    key: 'profiles',
    title: 'listProfiles',
    item: 'itemProfiles',
    path: ['basics', 'profiles'],
    fields: [
      ['network', 'fNetwork'],
      ['url', 'fUrl', undefined, 'url'],
    ],
  },
  work: {
    key: 'work',
    title: 'listWork',
    item: 'itemWork',
    path: ['work'],
    fields: [
      ['position', 'fPosition'],
      ['name', 'fEmployer'],
      ['location', 'fWhere'],
      ['highlights', 'fTasks', 'fTasksHint', 'lines'],
    ],
    dates: 'range',
  },
  volunteer: {
    key: 'volunteer',
    title: 'listVolunteer',
    item: 'itemVolunteer',
    path: ['volunteer'],
    fields: [
      ['position', 'fRole'],
      ['organization', 'fOrganization'],
      ['highlights', 'fTasks', undefined, 'lines'],
    ],
    dates: 'range',
  },
  education: {
    key: 'education',
    title: 'listEducation',
    item: 'itemEducation',
    path: ['education'],
    fields: [
      ['studyType', 'fDiploma', 'fDiplomaHint'],
      ['area', 'fArea'],
      ['institution', 'fSchool'],
    ],
    dates: 'range',
  },
  certificates: {
    key: 'certificates',
    title: 'listCertificates',
    item: 'itemCertificates',
    path: ['certificates'],
    fields: [
      ['name', 'fCertificate', 'fCertificateHint'],
      ['issuer', 'fIssuer'],
    ],
    dates: 'single',
  },
  skills: {
    key: 'skills',
    title: 'listSkills',
    item: 'itemSkills',
    path: ['skills'],
    fields: [
      ['name', 'fSkill', 'fSkillHint'],
      ['level', 'fLevel', undefined, 'level'],
      ['keywords', 'fDetails', undefined, 'lines'],
    ],
  },
  languages: {
    key: 'languages',
    title: 'listLanguages',
    item: 'itemLanguages',
    path: ['languages'],
    fields: [
      ['language', 'fLanguage'],
      ['fluency', 'fFluency', undefined, 'fluency'],
    ],
  },
  interests: {
    key: 'interests',
    title: 'listInterests',
    item: 'itemInterests',
    path: ['interests'],
    fields: [
      ['name', 'fInterest', 'fInterestHint'],
      ['keywords', 'fDetails', undefined, 'lines'],
    ],
  },
};

const COMMON_LICENCES = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D'] as const;
const CV_LANGS: Array<[CvLang, string]> = [
  ['fr', 'Français'],
  ['en', 'English'],
  ['ar', 'العربية'],
];

/** A copy of `o` without `key`. */
const without = <T extends Record<string, unknown>>(o: T, key: string): T =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as T;

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** An updated copy of `o` with `value` at `path`; empty values remove their key (and empty parents). */
export function setIn(o: unknown, path: Key[], value: unknown): unknown {
  const [k, ...rest] = path;
  if (k === undefined) return value;
  if (Array.isArray(o)) {
    const copy = [...(o as unknown[])];
    copy[k as number] = setIn(copy[k as number], rest, value);
    return copy;
  }
  const obj = (o as Obj | undefined) ?? {};
  const next = setIn(obj[k], rest, value);
  return isEmpty(next) ? without(obj, String(k)) : { ...obj, [k]: next };
}

export function getIn(o: unknown, path: Key[]): unknown {
  return path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Obj)[k]), o);
}

/** Month codes and names in a language, built once per language (a date formatter is slow to build). */
const monthNamesByLocale = new Map<string, ReadonlyArray<readonly [string, string]>>();
function monthNames(locale: string): ReadonlyArray<readonly [string, string]> {
  let names = monthNamesByLocale.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long' });
    names = Array.from(
      { length: 12 },
      (_, k) => [String(k + 1).padStart(2, '0'), format.format(new Date(2000, k, 1))] as const,
    );
    monthNamesByLocale.set(locale, names);
  }
  return names;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phoneOk = (p: string) =>
  p.replace(/\D/g, '').length >= 10 ||
  (p.trim().startsWith('+') && p.replace(/\D/g, '').length >= 8);

/** `qd-step`: the person moved to another step. */
export interface CvStepDetail {
  step: StepId;
  index: number;
}
/** `qd-export`: the CV was exported to a file or sent to the printer (no personal data in the event). */
export interface CvExportDetail {
  format: 'json' | 'print';
}
/** `qd-import`: a CV file was imported; `ignored` lists the fields kept but not shown. */
export interface CvImportDetail {
  ignored: string[];
}
/** `qd-erase`: the CV was wiped from the device. */
export interface CvEraseDetail {
  reason: 'erase' | 'finish' | 'inactivity';
}

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

  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override styles = [baseStyles, builderStyles];
  static override messages = [builderMessages, cvTextMessages];
  /** The element that shows the CV (live preview, print); `define.js` registers both. */
  static readonly previewElement = QdCvPreview;

  static override properties: PropertyDeclarations = {
    publicComputer: { type: Boolean, attribute: 'public-computer', reflect: true },
    step: {},
    cv: { state: true },
    errors: { state: true },
    saveState: { state: true },
    removed: { state: true },
    confirming: { state: true },
    erasedCv: { state: true },
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
  private saveState: 'idle' | 'saved' | 'quota' = 'idle';
  private removed: { list: ListKey; index: number; entry: unknown; label: string } | undefined;
  private confirming: 'erase' | 'finish' | undefined;
  /** The CV just erased with "Effacer mes données" (personal device only), for "Annuler l'effacement". */
  private erasedCv: Cv | undefined;

  private initial: Cv = {};
  private initialized = false;
  private draftStore: DeviceStore<Cv> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * How much of the form is built (see `BUILD_PARTS`). The first time the CV is shown, the form
   * is built top to bottom in a few tasks, hidden until it is whole, the loading message staying
   * meanwhile; the live preview then renders in a task of its own. A page with four builders
   * thus never holds the main thread for long (Total Blocking Time, docs/quality.md gate 7).
   * Every later render is whole.
   */
  private built = 0;
  /** The next part of the first build, while it waits for its task. */
  private building: Promise<void> | undefined;

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

  private readonly beforePrint = () => {
    if (!this.initialized || this.contentStatus === 'invalid') return;
    const x = this.cv.meta?.['x-qd'];
    mountPrint(this.cv, { template: x?.template, accent: x?.accent });
    this.fire<CvExportDetail>('qd-export', { format: 'print' });
  };

  private readonly beforeUnload = (e: BeforeUnloadEvent) => {
    if (this.publicComputer && !isEmpty(this.cv)) {
      e.preventDefault();
      e.returnValue = this.t('leaveWarning');
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('beforeunload', this.beforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('beforeunload', this.beforeUnload);
    if (this.saveTimer !== undefined) this.save();
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

  /** The saved draft if there is one, else the starting CV (content) or an empty one. */
  private restore(): void {
    this.draftStore = new DeviceStore<Cv>({
      type: 'cv-draft',
      id: this.id || 'brouillon',
      version: 1,
      schema: cvSchema,
      area: this.area,
    });
    const r = this.storage === 'none' ? ({ status: 'empty' } as const) : this.draftStore.load();
    this.saveState = 'idle';
    if (r.status === 'ok') {
      this.cv = r.data;
      this.saveState = 'saved';
      this.announce(this.t('resumed'));
    } else {
      this.cv = JSON.parse(JSON.stringify(this.initial)) as Cv;
      if (r.status === 'quarantined')
        this.announce(this.t(r.moved ? 'quarantined' : 'quarantineHeld'), 'error');
    }
    this.errors = {};
    this.removed = undefined;
    this.initialized = true;
  }

  protected override renderState(): unknown {
    return this.contentStatus === 'empty' ? this.renderContent() : super.renderState();
  }

  // --- data -----------------------------------------------------------------------------------

  private fire<D>(type: string, detail: D): void {
    this.dispatchEvent(new CustomEvent<D>(type, { bubbles: true, composed: true, detail }));
  }

  private save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.draftStore || this.storage === 'none') return;
    const r = this.device.save(this.draftStore, this.cv);
    // ('held': a damaged CV the full device could not set aside is in its place)
    this.saveState = r.ok ? 'saved' : r.reason === 'unavailable' ? 'idle' : 'quota';
  }

  /** Changes the CV; `commit` saves at once and fires `change`, else saving waits for a pause. */
  private set(path: Key[], value: unknown, commit = false): void {
    this.erasedCv = undefined;
    this.cv = setIn(this.cv, path, value) as Cv;
    if (commit) {
      this.save();
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    } else {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.save(), 400);
    }
  }

  private setError(id: string, message: string | undefined): void {
    this.errors = message ? { ...this.errors, [id]: message } : without(this.errors, id);
  }

  /** Checks of the identity step: a name and one contact; well-formed e-mail and phone. */
  private identityErrors(): Record<string, string> {
    const b = this.cv.basics ?? {};
    const e: Record<string, string> = {};
    const email = b.email?.trim() ?? '';
    const phone = b.phone?.trim() ?? '';
    if (!b.name?.trim()) e['name'] = this.t('errName');
    if (!email && !phone) e['email'] = this.t('errContact');
    else if (email && !EMAIL.test(email)) e['email'] = this.t('errEmail');
    if (phone && !phoneOk(phone)) e['phone'] = this.t('errPhone');
    return e;
  }

  private get minimumMissing(): boolean {
    const e = this.identityErrors();
    return !!(e['name'] || e['email'] === this.t('errContact'));
  }

  // --- navigation -----------------------------------------------------------------------------

  private get index(): number {
    return Math.max(0, STEPS.indexOf(this.step));
  }

  private stepName(s: StepId): string {
    return this.t(`step${STEP_KEYS[s]}` as BuilderKey);
  }

  /** Goes to a step and puts the focus on its heading. */
  go(step: StepId): void {
    this.speech.stop();
    this.removed = undefined;
    this.erasedCv = undefined;
    this.confirming = undefined;
    this.step = step;
    this.fire<CvStepDetail>('qd-step', { step, index: STEPS.indexOf(step) });
    void this.focusAfterRender('#step-heading');
  }

  private next(e: Event): void {
    e.preventDefault();
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

  // --- repeating entries ----------------------------------------------------------------------

  private entries(def: ListDef): Obj[] {
    return (getIn(this.cv, def.path) as Obj[] | undefined) ?? [];
  }

  private entryName(def: ListDef, e: Obj, i: number): string {
    const f = def.fields[0]![0];
    const name = typeof e[f] === 'string' ? (e[f] as string).trim() : '';
    const n = this.t(def.item, { n: i + 1 });
    return name ? `${n} : ${name}` : n;
  }

  private add(def: ListDef): void {
    const list = this.entries(def);
    this.removed = undefined;
    this.set(def.path, [...list, {}], true);
    void this.focusAfterRender(`#${def.key}-${list.length}-${def.fields[0]![0]}`);
  }

  private removeEntry(def: ListDef, i: number): void {
    const list = this.entries(def);
    const label = this.entryName(def, list[i]!, i);
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(([k]) => !k.startsWith(`${def.key}-`)),
    );
    this.set(
      def.path,
      list.filter((_, j) => j !== i),
      true,
    );
    this.removed = { list: def.key, index: i, entry: list[i], label };
    void this.focusAfterRender(`#undo-${def.key}`);
  }

  private undo(def: ListDef): void {
    const r = this.removed;
    if (!r) return;
    const list = [...this.entries(def)];
    list.splice(r.index, 0, r.entry as Obj);
    this.removed = undefined;
    this.set(def.path, list, true);
    this.announce(this.t('restored', { item: r.label }));
    void this.focusAfterRender(`#${def.key}-${r.index}-${def.fields[0]![0]}`);
  }

  private move(def: ListDef, i: number, by: -1 | 1): void {
    const list = [...this.entries(def)];
    const j = i + by;
    if (j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j]!, list[i]!];
    this.removed = undefined;
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(([k]) => !k.startsWith(`${def.key}-`)),
    );
    this.set(def.path, list, true);
    this.announce(
      this.t('moved', {
        item: this.entryName(def, list[j]!, j).replace(/^[^:]*: /, ''),
        position: j + 1,
        total: list.length,
      }),
    );
    // Focus follows the entry; at an end, the other button (the pressed one is now disabled).
    const atEnd = (by < 0 && j === 0) || (by > 0 && j === list.length - 1);
    const which = atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    void this.focusAfterRender(`#${def.key}-${j}-${which}`);
  }

  // --- dates ----------------------------------------------------------------------------------

  /** Reads a month + year pair from its fieldset; writes it to the CV only when it is a real date. */
  private onDate(
    def: ListDef,
    i: number,
    which: 'start' | 'end' | 'date',
    fieldset: HTMLElement,
    commit: boolean,
  ): void {
    const month = fieldset.querySelector('select')!.value;
    const year = fieldset.querySelector('input')!.value.trim();
    const id = `${def.key}-${i}-${which}`;
    const prop = which === 'date' ? 'date' : `${which}Date`;
    const valid = /^\d{4}$/.test(year) && +year >= 1940 && +year <= 2100;
    let error: string | undefined;
    if (!year && month) error = this.t('errMonthOnly');
    else if (year && !valid) error = this.t('errYear');
    if (error && !commit) return; // still typing
    this.set(
      [...def.path, i, prop],
      valid ? (month ? `${year}-${month}` : year) : undefined,
      commit,
    );
    let errors = error ? { ...this.errors, [id]: error } : without(this.errors, id);
    if (which !== 'date') {
      const e = this.entries(def)[i] ?? {};
      const [s, f] = [e['startDate'], e['endDate']] as [string | undefined, string | undefined];
      const endId = `${def.key}-${i}-end`;
      const reversed = !!(s && f && f.slice(0, 7) < s.slice(0, 7));
      if (reversed && !errors[endId]) errors = { ...errors, [endId]: this.t('errEndBeforeStart') };
      else if (!reversed && errors[endId] === this.t('errEndBeforeStart'))
        errors = without(errors, endId);
    }
    this.errors = errors;
  }

  // --- import, export, erase ------------------------------------------------------------------

  /** "Exporter mon CV (fichier)": a JSON Resume file; works even when the device is full. */
  exportFile(): void {
    const file = cvFileName(this.cv, 'json');
    saveFile(JSON.stringify(toJsonResume(this.cv), null, 2), file, 'application/json');
    this.announce(this.t('exported', { file }));
    this.fire<CvExportDetail>('qd-export', { format: 'json' });
  }

  private async onImportFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const size = (file.size / 1_000_000).toLocaleString(this.i18n.intl, {
        maximumFractionDigits: 1,
      });
      this.announce(this.t('importFailed', { reason: this.t('importTooBig', { size }) }), 'error');
      return;
    }
    this.importText(await file.text());
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
    this.save();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    this.announce(
      r.ignored.length
        ? this.t('importedIgnored', { fields: r.ignored.join(', ') })
        : this.t('imported'),
    );
    this.fire<CvImportDetail>('qd-import', { ignored: r.ignored });
    return true;
  }

  /**
   * The damaged CVs set aside on this device: "Effacer mes données" keeps them; they go only with
   * "Effacer le CV abîmé", next to their download.
   */
  private get setAside(): SetAside[] {
    return this.storage === 'none' ? [] : (this.draftStore?.quarantined() ?? []);
  }

  private downloadQuarantined(copies: SetAside[]): void {
    copies.forEach((c, i) =>
      saveFile(c.text, i ? `cv-abime-${i + 1}.json` : 'cv-abime.json', 'application/json'),
    );
  }

  /**
   * "Effacer le CV abîmé": removes exactly the copies its buttons named. When one was left in the
   * draft's place (a full device), the CV written meanwhile is saved at last.
   */
  private discardSetAside(copies: SetAside[]): void {
    discardQuarantined(copies);
    if (copies.some((c) => c.key === this.draftStore?.key)) this.save();
    this.announce(this.t('quarantineErased'));
    void this.focusAfterRender('.qd-data-tools button');
  }

  /** Wipes the CV from the device and starts again from the starting CV. */
  private wipe(reason: CvEraseDetail['reason']): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.draftStore?.clear();
    eraseAllKitData();
    this.cv = JSON.parse(JSON.stringify(this.initial)) as Cv;
    this.errors = {};
    this.removed = undefined;
    this.confirming = undefined;
    this.erasedCv = undefined;
    this.saveState = 'idle';
    this.step = 'identity';
    this.fire<CvEraseDetail>('qd-erase', { reason });
  }

  private confirmed(): void {
    const what = this.confirming;
    this.wipe(what === 'finish' ? 'finish' : 'erase');
    this.announce(this.t(what === 'finish' ? 'finished' : 'erased'));
    void this.focusAfterRender('#step-heading');
  }

  /**
   * "Effacer mes données": on a personal device it erases at once and offers "Annuler
   * l'effacement" (kept in memory only); on a shared computer it asks first and cannot be undone,
   * so the next person cannot bring a CV back.
   */
  private erase(): void {
    if (this.publicComputer) {
      this.ask('erase');
      return;
    }
    const before = this.cv;
    this.wipe('erase');
    this.erasedCv = isEmpty(before) ? undefined : before;
    this.announce(this.t('erased'));
    if (this.erasedCv) void this.focusAfterRender('#undo-erase');
  }

  private undoErase(): void {
    const cv = this.erasedCv;
    if (!cv) return;
    this.erasedCv = undefined;
    this.cv = cv;
    this.save();
    this.announce(this.t('eraseUndone'));
    void this.focusAfterRender('#step-heading');
  }

  protected override resetSession(): void {
    this.wipe('inactivity');
  }

  private ask(what: 'erase' | 'finish' | undefined, focus = '#confirm-text'): void {
    this.confirming = what;
    void this.focusAfterRender(focus);
  }

  private async onPhoto(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      this.set(['basics', 'x-qd', 'photo'], await resizePhoto(file), true);
      this.announce(this.t('photoAdded'));
    } catch {
      this.announce(this.t('photoFailed'), 'error');
    }
  }

  // --- render: fields -------------------------------------------------------------------------

  private describedBy(id: string, hint: boolean, extra?: string): string | typeof nothing {
    const ids = [
      hint ? `${id}-hint` : '',
      this.errors[id] ? `${id}-error` : '',
      extra ?? '',
    ].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private errorOf(id: string): TemplateResult | typeof nothing {
    const m = this.errors[id];
    return m ? html`<p class="qd-cv__error" id="${id}-error" role="alert">${m}</p>` : nothing;
  }

  /** A labelled text field bound to `path`: typing updates the preview, leaving the field saves. */
  private field(
    id: string,
    label: string,
    path: Key[],
    o: {
      hint?: string;
      type?: 'text' | 'email' | 'tel' | 'url';
      autocomplete?: 'name' | 'email' | 'tel' | 'street-address' | 'postal-code' | 'address-level2';
      multiline?: boolean;
      required?: boolean;
      describedBy?: string;
      invalid?: boolean;
    } = {},
  ): TemplateResult {
    const value = (getIn(this.cv, path) as string | undefined) ?? '';
    const invalid = !!this.errors[id] || !!o.invalid;
    const onInput = (e: Event) => {
      this.set(path, (e.target as HTMLInputElement).value);
      if (this.errors[id] && this.step === 'identity') this.setError(id, this.identityErrors()[id]);
    };
    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement;
      el.value = el.value.trim();
      this.set(path, el.value, true);
      if (
        this.step === 'identity' &&
        (this.errors[id] || ((id === 'email' || id === 'phone') && el.value))
      ) {
        const errs = this.identityErrors();
        this.setError(id, errs[id]);
        if (id === 'phone' && this.errors['email'] && !errs['email'])
          this.setError('email', undefined);
      }
    };
    const describedBy = this.describedBy(id, !!o.hint, o.describedBy);
    return html`<div class="qd-cv__field">
      <label for=${id}>${label}</label>
      ${o.hint ? html`<p class="qd-cv__hint" id="${id}-hint">${o.hint}</p>` : nothing}
      ${
        o.multiline
          ? html`<textarea
              id=${id}
              rows="3"
              .value=${value}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @input=${onInput}
              @change=${onChange}
            ></textarea>`
          : html`<input
              id=${id}
              type=${o.type ?? 'text'}
              autocomplete=${ifDefined(o.autocomplete)}
              .value=${value}
              aria-required=${ifDefined(o.required ? 'true' : undefined)}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @input=${onInput}
              @change=${onChange}
            />`
      }
      ${this.errorOf(id)}
    </div>`;
  }

  /** A textarea of one item per line (tasks, qualities, details), saved when leaving the field. */
  private linesField(id: string, label: string, path: Key[], hint?: string): TemplateResult {
    const value = ((getIn(this.cv, path) as string[] | undefined) ?? []).join('\n');
    const onChange = (e: Event) => {
      const lines = (e.target as HTMLTextAreaElement).value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      this.set(path, lines, true);
    };
    return html`<div class="qd-cv__field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="qd-cv__hint" id="${id}-hint">${hint}</p>` : nothing}
      <textarea
        id=${id}
        rows="3"
        .value=${value}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${onChange}
      ></textarea>
    </div>`;
  }

  private selectField(
    id: string,
    label: string,
    path: Key[],
    codes: readonly string[],
  ): TemplateResult {
    const value = (getIn(this.cv, path) as string | undefined) ?? '';
    const custom = value && !codes.includes(value) ? value : '';
    return html`<div class="qd-cv__field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        @change=${(e: Event) => this.set(path, (e.target as HTMLSelectElement).value, true)}
      >
        <option value="" .selected=${!value}>${this.t('choose')}</option>
        ${codes.map((c) => html`<option value=${c} .selected=${value === c}>${this.t(c as CvTextKey)}</option>`)}
        ${custom ? html`<option value=${custom} .selected=${true}>${this.t('other', { value: custom })}</option>` : nothing}
      </select>
    </div>`;
  }

  private dateField(
    def: ListDef,
    i: number,
    which: 'start' | 'end' | 'date',
    value: string | undefined,
  ): TemplateResult {
    const id = `${def.key}-${i}-${which}`;
    const [y = '', m = ''] = (value ?? '').split('-');
    const months = monthNames(this.i18n.intl);
    const handler = (commit: boolean) => (e: Event) =>
      this.onDate(def, i, which, (e.target as HTMLElement).closest('fieldset')!, commit);
    const describedBy = this.errors[id] ? `${id}-error` : nothing;
    return html`<fieldset class="qd-cv__date">
      <legend>${this.t(which === 'date' ? 'fDate' : which)}</legend>
      <div class="qd-cv__date-inputs">
        <div class="qd-cv__field">
          <label for="${id}-month">${this.t('month')}</label>
          <select id="${id}-month" aria-describedby=${describedBy} @change=${handler(true)}>
            <option value="" .selected=${!m}>${this.t('noMonth')}</option>
            ${months.map(([code, name]) => html`<option value=${code} .selected=${m === code}>${name}</option>`)}
          </select>
        </div>
        <div class="qd-cv__field qd-cv__year">
          <label for=${id}>${this.t('year')}</label>
          <input
            id=${id}
            inputmode="numeric"
            maxlength="4"
            .value=${y}
            aria-invalid=${this.errors[id] ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${handler(false)}
            @change=${handler(true)}
          />
        </div>
      </div>
      ${this.errorOf(id)}
    </fieldset>`;
  }

  private renderEntry(def: ListDef, e: Obj, i: number, count: number): TemplateResult {
    const name = this.entryName(def, e, i);
    const base = [...def.path, i];
    const hidden = html`<span class="qd-visually-hidden"> — ${name}</span>`;
    return html`<fieldset class="qd-cv__entry" part="entry">
      <legend>${name}</legend>
      ${def.fields.map(([prop, label, hint, kind]) => {
        const id = `${def.key}-${i}-${prop}`;
        if (kind === 'lines')
          return this.linesField(
            id,
            this.t(label),
            [...base, prop],
            hint ? this.t(hint) : undefined,
          );
        if (kind === 'level')
          return this.selectField(id, this.t(label), [...base, prop], SKILL_LEVELS);
        if (kind === 'fluency')
          return this.selectField(id, this.t(label), [...base, prop], FLUENCIES);
        return this.field(id, this.t(label), [...base, prop], {
          hint: hint ? this.t(hint) : undefined,
          type: kind === 'url' ? 'url' : 'text',
        });
      })}
      ${def.dates === 'single' ? this.dateField(def, i, 'date', e['date'] as string | undefined) : nothing}
      ${
        def.dates === 'range'
          ? html`<div class="qd-cv__dates">
                ${this.dateField(def, i, 'start', e['startDate'] as string | undefined)}
                ${this.dateField(def, i, 'end', e['endDate'] as string | undefined)}
              </div>
              <label class="qd-cv__check">
                <input
                  type="checkbox"
                  .checked=${!!e['startDate'] && !e['endDate']}
                  @change=${(ev: Event) => {
                    const box = ev.target as HTMLInputElement;
                    if (!box.checked) return;
                    const fs = box
                      .closest('.qd-cv__entry')!
                      .querySelectorAll<HTMLFieldSetElement>('.qd-cv__date')[1]!;
                    fs.querySelector('select')!.value = '';
                    fs.querySelector('input')!.value = '';
                    this.setError(`${def.key}-${i}-end`, undefined);
                    this.set([...base, 'endDate'], undefined, true);
                  }}
                />
                ${this.t('current')}
              </label>`
          : nothing
      }
      <div class="qd-cv__entry-tools">
        <button
          type="button"
          class="qd-button"
          id="${def.key}-${i}-up"
          ?disabled=${i === 0}
          @click=${() => this.move(def, i, -1)}
        >
          <span aria-hidden="true">↑</span> ${this.t('moveUp')}${hidden}
        </button>
        <button
          type="button"
          class="qd-button"
          id="${def.key}-${i}-down"
          ?disabled=${i === count - 1}
          @click=${() => this.move(def, i, 1)}
        >
          <span aria-hidden="true">↓</span> ${this.t('moveDown')}${hidden}
        </button>
        <button
          type="button"
          class="qd-button qd-cv__danger"
          @click=${() => this.removeEntry(def, i)}
        >
          ${this.t('remove')}${hidden}
        </button>
      </div>
    </fieldset>`;
  }

  private renderList(key: ListKey): TemplateResult {
    const def = LISTS[key];
    const list = this.entries(def);
    const removed = this.removed?.list === key ? this.removed : undefined;
    return html`<section class="qd-cv__list" aria-labelledby="${key}-title">
      <h3 id="${key}-title">${this.t(def.title)}</h3>
      ${list.length === 0 ? html`<p class="qd-cv__hint">${this.t('noEntry')}</p>` : nothing}
      ${list.map((e, i) => this.renderEntry(def, e, i, list.length))}
      <div role="status" class="qd-cv__undo">
        ${
          removed
            ? html`<p>${this.t('removed', { item: removed.label })}</p>
                <button
                  type="button"
                  class="qd-button"
                  id="undo-${key}"
                  @click=${() => this.undo(def)}
                >
                  ${this.t('undo')}
                </button>`
            : nothing
        }
      </div>
      <button type="button" class="qd-button" @click=${() => this.add(def)}>
        <span aria-hidden="true">+</span>
        ${this.t('add', { item: this.t(def.item, { n: list.length + 1 }) })}
      </button>
    </section>`;
  }

  // --- render: steps --------------------------------------------------------------------------

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
                  @click=${() => this.set(['basics', 'x-qd', 'photo'], undefined, true)}
                >
                  ${this.t('photoRemove')}
                </button>`
              : nothing
          }
        </div>
      </fieldset>
      ${this.renderList('profiles')}`;
  }

  private renderObjective(): TemplateResult {
    const x = this.cv.basics?.['x-qd'] ?? {};
    const held = x.licences ?? [];
    const shown = [
      ...COMMON_LICENCES,
      ...held.filter((l) => !(COMMON_LICENCES as readonly string[]).includes(l)),
    ];
    const toggle = (l: (typeof LICENCES)[number], on: boolean) => {
      const now = this.cv.basics?.['x-qd']?.licences ?? []; // the current list, not the one of the last render
      this.set(
        ['basics', 'x-qd', 'licences'],
        on ? LICENCES.filter((c) => c === l || now.includes(c)) : now.filter((c) => c !== l),
        true,
      );
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
          @change=${(e: Event) => this.set(['basics', 'x-qd', 'vehicle'], (e.target as HTMLInputElement).checked || undefined, true)}
        />
        ${this.t('fVehicle')}</label
      >
      ${this.field('mobility', this.t('fMobility'), ['basics', 'x-qd', 'mobility'], { hint: this.t('fMobilityHint') })}`;
  }

  private renderPreviewStep(): TemplateResult {
    const x = this.cv.meta?.['x-qd'] ?? {};
    const template = x.template ?? 'sobre';
    const accent = x.accent ?? ACCENTS.bleu;
    const setKit = (k: string, v: string) => this.set(['meta', 'x-qd', k], v, true);
    const names = { sobre: 'tplSobre', moderne: 'tplModerne', ats: 'tplAts' } as const;
    return html`${
        this.minimumMissing
          ? html`<div class="qd-panel qd-cv__warning">
              <p>${this.t('missingMinimum')}</p>
              <button type="button" class="qd-button" @click=${() => this.go('identity')}>
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
          @click=${() => window.print()}
        >
          ${this.t('print')}
        </button>
      </div>
      <p class="qd-cv__hint" id="print-hint">${this.t('printHint')}</p>
      <qd-cv-preview class="qd-cv__preview" .content=${this.cv}></qd-cv-preview>`;
  }

  private renderStep(step: StepId): unknown {
    switch (step) {
      case 'identity':
        return this.renderIdentity();
      case 'objective':
        return this.renderObjective();
      case 'experience':
        return html`${this.renderList('work')}${this.renderList('volunteer')}`;
      case 'education':
        return html`${this.renderList('education')}${this.renderList('certificates')}`;
      case 'skills':
        return html`${this.renderList('skills')}${this.linesField('soft-skills', this.t('fSoftSkills'), ['basics', 'x-qd', 'softSkills'], this.t('fSoftSkillsHint'))}`;
      case 'languages':
        return this.renderList('languages');
      case 'interests':
        return this.renderList('interests');
      case 'preview':
        return this.renderPreviewStep();
    }
  }

  private renderDataTools(): TemplateResult {
    const c = this.confirming;
    const copies = this.setAside;
    return html`<div class="qd-toolbar qd-data-tools qd-no-print" part="data-tools">
        <button type="button" class="qd-button" @click=${() => this.exportFile()}>
          ${this.t('exportData')}
        </button>
        <label class="qd-button qd-file-button"
          >${this.t('importData')}<input
            class="qd-visually-hidden"
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => void this.onImportFile(e)}
        /></label>
        <button type="button" class="qd-button" @click=${() => this.erase()}>
          ${this.t('eraseData')}
        </button>
        ${
          this.erasedCv
            ? html`<button
                type="button"
                class="qd-button"
                id="undo-erase"
                @click=${() => this.undoErase()}
              >
                ${this.t('undoErase')}
              </button>`
            : nothing
        }
        ${this.publicComputer ? html`<button type="button" class="qd-button" @click=${() => this.ask('finish')}>${this.t('finish')}</button>` : nothing}
        ${
          copies.length
            ? html`<button
                  type="button"
                  class="qd-button"
                  @click=${() => this.downloadQuarantined(copies)}
                >
                  ${this.t('downloadQuarantined')}
                </button>
                <button
                  type="button"
                  class="qd-button"
                  @click=${() => this.discardSetAside(copies)}
                >
                  ${this.t('discardQuarantined')}
                </button>`
            : nothing
        }
      </div>
      ${
        c
          ? html`<div class="qd-panel qd-cv__confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text" tabindex="-1">
                ${this.t(c === 'finish' ? 'finishConfirm' : 'eraseConfirm')}
              </p>
              <div class="qd-toolbar">
                <button
                  type="button"
                  class="qd-button qd-button--primary qd-cv__danger"
                  @click=${() => this.confirmed()}
                >
                  ${this.t(c === 'finish' ? 'finishYes' : 'eraseYes')}
                </button>
                <button
                  type="button"
                  class="qd-button"
                  @click=${() => this.ask(undefined, '.qd-data-tools button')}
                >
                  ${this.t('cancel')}
                </button>
              </div>
            </div>`
          : nothing
      }`;
  }

  /** The steps, the privacy line and the save status, above the form. */
  private renderTop(step: StepId): TemplateResult {
    const privacy =
      this.storage === 'none' ? 'privacyNone' : this.publicComputer ? 'privacyPublic' : 'privacy';
    const status =
      this.storage === 'none'
        ? 'notKept'
        : this.saveState === 'quota'
          ? 'notSaved'
          : this.saveState === 'saved'
            ? 'saved'
            : undefined;
    return html`<div class="qd-cv__top qd-no-print">
      <p class="qd-cv__privacy">${this.t(privacy)}</p>
      <div class="qd-toolbar">
        ${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}
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
            this.built < 2
              ? nothing
              : STEPS.map(
                  (s, k) =>
                    html`<li>
                      <button
                        type="button"
                        class="qd-cv__step-button"
                        aria-current=${ifDefined(s === step ? 'step' : undefined)}
                        @click=${() => this.go(s)}
                      >
                        <span class="qd-cv__num" aria-hidden="true">${k + 1}</span>
                        ${this.stepName(s)}
                      </button>
                    </li>`,
                )
          }
        </ol>
      </nav>
    </div>`;
  }

  /** The current step: heading, help, fields, "Précédent" and "Suivant". */
  private renderForm(step: StepId): TemplateResult {
    const i = this.index;
    const help = `help${STEP_KEYS[step]}` as BuilderKey;
    const helpText = this.t(this.easyRead.on ? (`${help}Easy` as BuilderKey) : help);
    const nextStep = STEPS[i + 1];
    return html`<form
      class="qd-cv__form"
      part="step"
      novalidate
      @submit=${(e: Event) => this.next(e)}
    >
      <h2 id="step-heading" tabindex="-1">
        <span class="qd-cv__kicker"
          >${this.t('stepOf', { current: i + 1, total: STEPS.length })}</span
        >
        ${this.stepName(step)}
      </h2>
      <div class="qd-cv__help" part="help">
        <p>${helpText}</p>
        ${this.showReadAloud ? readAloudButton(this.speech, `help-${step}`, helpText, this.i18n.locale, this.tr) : nothing}
      </div>
      ${this.built < 4 ? nothing : this.renderStep(step)}
      <div class="qd-cv__nav">
        ${i > 0 ? html`<button type="button" class="qd-button" @click=${() => this.go(STEPS[i - 1]!)}>${this.t('previous')}</button>` : nothing}
        ${nextStep ? html`<button type="submit" class="qd-button qd-button--primary">${this.t('nextTo', { step: this.stepName(nextStep) })}</button>` : nothing}
      </div>
    </form>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.built < BUILD_PARTS && !this.building && this.renderRoot.querySelector('.qd-cv'))
      this.building = nextTask().then(() => {
        this.building = undefined;
        this.built++;
        this.requestUpdate();
      });
  }

  /** Resolves once the form is whole (the first build included). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    while (this.building) {
      await this.building;
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  protected override renderContent(): TemplateResult {
    const step = STEPS[this.index]!;
    const built = this.built;
    return html`${built < BUILD_PARTS ? loadingPanel(false, this.tr) : nothing}
      <div
        class="qd-cv ${step === 'preview' ? 'qd-cv--preview' : ''}"
        ?hidden=${built < BUILD_PARTS}
      >
        ${built < 1 ? nothing : this.renderTop(step)}
        <div class="qd-cv__layout">
          ${built < 3 ? nothing : this.renderForm(step)}
          ${
            built < BUILD_PARTS || step === 'preview'
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
        ${built < BUILD_PARTS ? nothing : this.renderDataTools()}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-cv-builder': QdCvBuilder;
  }
  interface HTMLElementEventMap {
    'qd-step': CustomEvent<CvStepDetail>;
    'qd-export': CustomEvent<CvExportDetail>;
    'qd-import': CustomEvent<CvImportDetail>;
    'qd-erase': CustomEvent<CvEraseDetail>;
  }
}
