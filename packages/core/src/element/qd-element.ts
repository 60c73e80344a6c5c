import {
  LitElement,
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  ContentController,
  type ContentSpec,
  type ContentState,
} from '../content/content-controller.js';
import { coreMessages, type CoreKey } from '../i18n/core-messages.js';
import { I18nController, type Messages, type Params } from '../i18n/i18n.js';
import type { KioskController } from '../kiosk/kiosk-controller.js';
import { loadStoreCode, storeCode, storeNow } from '../storage/on-demand.js';
import { nextTask } from '../util/next-task.js';
import type { DataToolsHandlers } from '../storage/data-tools.js';
import type {
  DeviceStoreBase,
  DeviceStoreOptions,
  LoadResult,
  SaveResult,
  StorageArea,
} from '../storage/records.js';
import { EasyReadController } from '../text/easy-read-controller.js';
import { ReadAloudController } from '../text/read-aloud-controller.js';
import { renderInlineText, renderRichText } from '../text/rich-text.js';
import { baseStyles } from '../theme/tokens.js';
import { fetchErrorPanel, loadingPanel, readAloudButton } from './templates.js';
import { loadExplanations, type ExplainModule } from '../content/explanations.js';
import type { Problem } from '../content/problems.js';

/** Attribute present → true, `="false"` → false, absent → undefined (the element's own default). */
export const optionalBoolean = {
  fromAttribute: (v: string | null): boolean | undefined =>
    v === null ? undefined : v !== 'false',
  toAttribute: (v: boolean | undefined): string | null =>
    v === undefined ? null : v ? '' : 'false',
};

export type Notice = { kind: 'info' | 'error'; text: string };

/**
 * The panels of an empty or wrong content (with the explanations of a wrong file, ADR 0012),
 * once fetched: shared by every element of the page.
 */
let panelCode: ExplainModule | undefined;

/**
 * The base of every prototype element. It wires, once for all:
 * content (property / `src` / inline JSON) → zod validation → French error panel;
 * UI language (fr, en, ar + RTL); easy-read (FALC) and read-aloud; kiosk reset; device storage
 * helpers; a status region for notices. A prototype implements `contentSpec` and `renderContent`.
 *
 * @attr src - Address of a JSON content file.
 * @attr storage - Where progress is kept: `none` (default), `session` (this tab), `local` (this device).
 * @attr {number} kiosk-timeout - Shared devices: seconds without activity before a warning, then a reset. 0 = off.
 * @attr {boolean} easy - Easy-to-read (FALC) text: present = on, `"false"` = off, absent = the element's default.
 * @attr {boolean} read-aloud - "Écouter" buttons: present = shown, `"false"` = hidden, absent = the element's default.
 * @fires qd-content-ready - Lifecycle (does not bubble): valid content is shown. `detail: { source }`.
 * @fires qd-content-error - Lifecycle (does not bubble): content could not be loaded or is invalid. `detail: { state }`.
 * @csspart base - The root wrapper (carries `dir` and `lang`).
 * @csspart error - The error panel (invalid content, failed loading).
 * @csspart loading - The loading message.
 * @csspart notice - Status messages (data erased, data set aside, …).
 * @csspart read-aloud - Each "Écouter" button.
 * @csspart easy-toggle - The "Facile à lire" button.
 */
export abstract class QdContentElement<C, K extends string = never> extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /**
   * First render in a task of its own (see `scheduleUpdate`). An element that must render in the
   * task that creates it — one mounted during `beforeprint`, printed right after — sets it false.
   */
  static deferFirstRender = true;

  /** The prototype's UI strings, looked up before core's. */
  static messages: ReadonlyArray<Messages<string>> = [];

  // Reactive properties are declared here rather than with decorators: no decorator runtime in
  // every CDN bundle (docs/decisions/0013). A subclass adds its own `static properties`.
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    src: {},
    storage: {},
    kioskTimeout: { type: Number, attribute: 'kiosk-timeout' },
    easy: { converter: optionalBoolean },
    readAloud: { attribute: 'read-aloud', converter: optionalBoolean },
    notice: { state: true },
  };

  /** The content, as an object (takes precedence over `src` and inline JSON). */
  content?: unknown;

  /** Address of a JSON content file. */
  src?: string;

  /** Where progress is kept: `none` (default: nothing is kept), `session` (this tab), `local` (this device). */
  storage: StorageArea = 'none';

  /**
   * Shared devices: seconds without activity before a warning, then a reset. 0 = off.
   * @attr kiosk-timeout
   */
  kioskTimeout = 0;

  /** Easy-to-read (FALC) text: present = on, `"false"` = off, absent = the element's default. */
  easy?: boolean;

  /**
   * "Écouter" buttons: present = shown, `"false"` = hidden, absent = the element's default.
   * @attr read-aloud
   */
  readAloud?: boolean;

  /** The visible status message (role="status"). */
  protected notice?: Notice;
  /** The "screen was reset" notice, while it is shown. */
  private kioskNotice?: Notice;

  protected readonly i18n: I18nController<K | CoreKey>;
  protected readonly loader: ContentController<C>;
  protected readonly easyRead = new EasyReadController(this);
  protected readonly speech = new ReadAloudController(this);
  /**
   * The shared-device reset, once on: its code is fetched when `kioskSeconds()` first turns
   * positive (docs/decisions/0015).
   */
  protected kiosk?: KioskController;
  private kioskCode?: typeof import('../kiosk/kiosk.lazy.js');
  private kioskWait?: Promise<void>;

  constructor() {
    super();
    const ctor = this.constructor as typeof QdContentElement;
    this.i18n = new I18nController<K | CoreKey>(
      this,
      ...ctor.messages,
      coreMessages as Messages<string>,
    );
    this.loader = new ContentController<C>(
      this,
      () => this.contentSpec,
      (s) => this.onContentState(s),
    );
  }

  /** Schema, supported version and package name of this element's content. */
  protected abstract get contentSpec(): ContentSpec<C>;

  /** Renders valid content. */
  protected abstract renderContent(content: C): unknown;

  /** New valid content arrived: reset the session state (current step, answers…). */
  protected contentChanged(_content: C): void {}

  /** Kiosk reset: back to the start and forget what this session kept. */
  protected resetSession(): void {}

  /** Default of `easy` when the attribute is absent (e.g. on for children). */
  protected easyDefault(): boolean {
    return false;
  }

  /** Default of `read-aloud` when the attribute is absent. */
  protected readAloudDefault(): boolean {
    return false;
  }

  /** The validated content, once ready. */
  get data(): C | undefined {
    return this.loader.state.status === 'ready' ? this.loader.state.data : undefined;
  }

  /** Loading state: `empty`, `loading`, `fetch-error`, `invalid` or `ready`. */
  get contentStatus(): ContentState<C>['status'] {
    return this.loader.state.status;
  }

  /** Language of the content (for `lang` attributes and read-aloud); `fr` by default. */
  get contentLang(): string {
    const d = this.data as { lang?: unknown } | undefined;
    return typeof d?.lang === 'string' ? d.lang : 'fr';
  }

  protected get showReadAloud(): boolean {
    return this.readAloud ?? this.readAloudDefault();
  }

  /** `t` for templates that take any key (core's, the prototype's). */
  protected readonly tr = (k: string, p?: Params): string => this.t(k as K | CoreKey, p);

  /** Translates a UI string in the element's language (French fallback). */
  protected t(key: K | CoreKey, params?: Params): string {
    return this.i18n.t(key, params);
  }

  /** Loads again from the current inputs (e.g. the file behind `src` was edited). */
  reload(): void {
    this.panelsFailed = false;
    this.loader.load();
  }

  /**
   * `updateComplete` resolves once the element has settled: no render pending (content that
   * arrived during a render, language files of an Arabic CV…), and the French explanations of a
   * wrong file shown when they had to be loaded.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    for (let rounds = 0; rounds < 10 && (!settled || this.unsettled()); rounds++) {
      await Promise.all([
        this.loader.explaining,
        this.languageWait,
        this.hold,
        this.kioskWait,
        this.panelWait,
      ]);
      settled = await super.getUpdateComplete();
    }
    return settled && !this.unsettled();
  }

  /** Something the element waits for before it has settled (see `getUpdateComplete`). */
  private unsettled(): boolean {
    return !!(
      this.loader.explaining ||
      this.languageWait ||
      this.hold ||
      this.kioskWait ||
      this.panelWait
    );
  }

  /** Set while the language files of the content (not of the UI) load: see `renderState`. */
  private languageWait?: Promise<void>;

  /**
   * Language files needed before the next render: the UI's (English/Arabic pages). An element
   * whose content has its own language (a CV in Arabic on a French page) adds that one's.
   */
  protected languageFiles(): Promise<void> | undefined {
    return this.i18n.pending;
  }

  /**
   * The first render runs in a task of its own, after the script has been evaluated: a page with
   * several elements blocks the main thread in short tasks, not one long one (Total Blocking
   * Time, docs/quality.md gate 7). Every render waits for the language files, so French never
   * flashes before English or Arabic.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const defer =
      !this.hasUpdated && (this.constructor as typeof QdContentElement).deferFirstRender;
    if (!defer && !this.languageFiles()) return super.scheduleUpdate();
    return (async () => {
      if (defer) await nextTask();
      // The language may change again while its files load (en → ar): wait for the latest.
      for (let files = this.languageFiles(); files; files = this.languageFiles()) await files;
      await super.scheduleUpdate();
    })();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('content') || changed.has('src')) this.loader.load();
    this.kioskUpdate();
    this.easyRead.on = this.easy ?? this.easyDefault();
    // "The screen was reset" is for the next person until they start: then it goes.
    if (this.kioskNotice && this.notice === this.kioskNotice && !this.kiosk?.justReset)
      this.notice = this.kioskNotice = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.kiosk?.phase === 'warning') {
      const button = this.renderRoot.querySelector<HTMLButtonElement>('.qd-kiosk button');
      if (button && this.shadowRoot?.activeElement !== button) button.focus();
    }
  }

  private onContentState(s: ContentState<C>): void {
    if (s.status === 'ready') {
      this.speech.stop();
      this.contentChanged(s.data);
      this.dispatchEvent(new CustomEvent('qd-content-ready', { detail: { source: s.source } }));
    } else if ((s.status === 'invalid' && !s.explaining) || s.status === 'fetch-error') {
      this.dispatchEvent(new CustomEvent('qd-content-error', { detail: { state: s } }));
    }
  }

  /**
   * Seconds without activity before the shared-device warning, then a reset (0 = off): the
   * `kiosk-timeout` attribute; an element with a kiosk mode of its own adds its default.
   */
  protected kioskSeconds(): number {
    return this.kioskTimeout;
  }

  /** Keeps the kiosk timer in step with `kioskSeconds()`, fetching its code on first need. */
  private kioskUpdate(): void {
    const seconds = this.kioskSeconds();
    const kiosk = this.kiosk;
    if (kiosk) {
      if (kiosk.timeout !== seconds) {
        kiosk.timeout = seconds;
        if (this.isConnected) kiosk.restart();
      }
    } else if (seconds > 0 && !this.kioskWait) {
      this.kioskWait = import('../kiosk/kiosk.lazy.js').then(
        (m) => {
          this.kioskCode = m;
          this.kiosk = new m.KioskController(this, { onReset: () => this.kioskReset() });
          this.kioskWait = undefined;
          this.requestUpdate();
        },
        () => {
          this.kioskWait = undefined;
          console.error(
            "[quartiers-douai] la remise à zéro automatique (kiosk) n'a pas pu être chargée : vérifiez la connexion, puis rechargez la page",
          );
        },
      );
    }
  }

  private kioskReset(): void {
    this.speech.stop();
    this.resetSession();
    this.announce(this.t('kioskDone'));
    this.kioskNotice = this.notice;
  }

  /** Shows (and announces) a status message. */
  protected announce(text: string, kind: Notice['kind'] = 'info'): void {
    this.notice = { kind, text };
  }

  // --- text helpers -------------------------------------------------------------------------

  /** Rich text of the content, easy variant when easy-read is on, in the content language. */
  protected rich(text: string | undefined, easy?: string): unknown {
    return renderRichText(this.easyRead.pick(text, easy), { newTabLabel: this.t('newTab') });
  }

  /** Inline rich text (headings, labels, legends). */
  protected inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.easyRead.pick(text, easy), { newTabLabel: this.t('newTab') });
  }

  /** An "Écouter" button for a text (nothing when read-aloud is off or unsupported). */
  protected listen(key: string, text: string): TemplateResult | typeof nothing {
    if (!this.showReadAloud) return nothing;
    return readAloudButton(this.speech, key, text, this.contentLang, (k, p) =>
      this.t(k as K | CoreKey, p),
    );
  }

  /** Moves focus to `selector` after the next render (headings use `tabindex="-1"`). */
  protected async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // --- storage helpers ----------------------------------------------------------------------

  /**
   * Opens a store in the area chosen by the `storage` attribute; `undefined` with `storage="none"`
   * (the default: nothing is kept, and the storage code is never fetched, docs/decisions/0015).
   * The code comes on first use; if it cannot (offline), the resident is told that nothing will
   * be kept, and the promise gives `undefined`.
   */
  protected openStore<T>(
    options: Omit<DeviceStoreOptions<T>, 'area'>,
  ): Promise<DeviceStoreBase<T> | undefined> | undefined {
    if (this.storage === 'none') return undefined;
    return loadStoreCode().then((here) => {
      if (!here) this.announce(this.t('storageFailed'), 'error');
      return this.storeNow(options);
    });
  }

  /** The store, when the storage code is already here (see `openStore`). */
  protected storeNow<T>(
    options: Omit<DeviceStoreOptions<T>, 'area'>,
  ): DeviceStoreBase<T> | undefined {
    const area = this.storage;
    return area === 'none' ? undefined : storeNow({ ...options, area });
  }

  /**
   * Opens this element's store (nothing with `storage="none"`) and gives `resume` the store and
   * what it kept. Only the page's first store waits for the storage code: the content's first
   * screen waits with it (the loading message shows, and `updateComplete` waits). A newer call
   * (the content or `storage` changed meanwhile) wins.
   */
  protected keep<T>(
    options: Omit<DeviceStoreOptions<T>, 'area'>,
    resume: (store: DeviceStoreBase<T>, saved: T | undefined) => void,
  ): void {
    const take = (store: DeviceStoreBase<T> | undefined) => {
      if (this.opening === opening && store) resume(store, this.loadFrom(store));
    };
    const now = this.storeNow(options);
    const opening = (this.opening = now ? undefined : this.openStore(options));
    if (now) take(now);
    else if (opening) this.holdUntil(opening.then(take));
  }

  private opening?: Promise<unknown>;

  /**
   * The first screen waits for `work`: the loading message shows meanwhile, and `updateComplete`
   * waits too.
   */
  protected holdUntil(work: Promise<unknown>): void {
    const hold: Promise<void> = work.then(
      () => this.release(hold),
      () => this.release(hold),
    );
    this.hold = hold;
  }

  private hold?: Promise<void>;

  private release(hold: Promise<void>): void {
    if (this.hold !== hold) return;
    this.hold = undefined;
    this.requestUpdate();
  }

  /** Loads from a store and reports quarantined data. */
  protected loadFrom<T>(store: DeviceStoreBase<T>): T | undefined {
    const r: LoadResult<T> = store.load();
    if (r.status === 'quarantined') this.announce(this.t('quarantined'), 'error');
    return r.status === 'ok' ? r.data : undefined;
  }

  /**
   * Saves to a store and reports a full device (also when damaged data that the full device could
   * not set aside holds the record's place: nothing is saved over it).
   */
  protected saveTo<T>(store: DeviceStoreBase<T>, data: T): SaveResult {
    const r = store.save(data);
    if (!r.ok && r.reason !== 'unavailable') this.announce(this.t('quota'), 'error');
    return r;
  }

  /**
   * "Reprendre depuis un fichier": checks the file, lets `apply` take its data (false: the file is
   * for other content, nothing changes), then keeps it and says how it went.
   */
  protected async importInto<T>(
    store: DeviceStoreBase<T> | undefined,
    text: string,
    apply: (data: T) => boolean,
  ): Promise<void> {
    const r = await store?.importText(text, apply);
    if (r?.ok) this.announce(this.t('imported'));
    else
      this.announce(
        this.t('importFailed', {
          reason: r ? r.problems.map((p) => p.message).join(' ; ') : '—',
        }),
        'error',
      );
  }

  /**
   * Download / resume-from-file / erase, and the copies set aside (named, offered as downloads,
   * erased by name), once the storage code is here (see `openStore`).
   */
  protected dataTools(handlers: DataToolsHandlers): TemplateResult | typeof nothing {
    return storeCode()?.dataToolsTemplate(html, this.tr, handlers, this) ?? nothing;
  }

  // --- render -------------------------------------------------------------------------------

  /**
   * The panel of an empty (`problems` undefined) or wrong content. Its code comes with the
   * explanations of a wrong file, fetched on first need; offline, a short panel says so.
   */
  private contentPanel(problems: Problem[] | undefined): TemplateResult {
    const m = panelCode;
    const t = this.tr;
    if (m)
      return problems ? m.errorPanelTemplate(html, problems, t) : m.emptyPanelTemplate(html, t);
    if (this.panelsFailed)
      return html`<div class="qd-panel qd-panel--error" role="alert" part="error">
        <h2>${t('invalidTitle')}</h2>
        <p>${problems?.[0]?.message ?? t('fetchNetwork')}</p>
      </div>`;
    this.panelWait ??= loadExplanations().then((code) => {
      if (code) Object.assign(coreMessages.fr, code.panelsFr);
      panelCode = code;
      this.panelsFailed = !code;
      this.panelWait = undefined;
      this.requestUpdate();
    });
    return loadingPanel(false, t);
  }

  private panelWait?: Promise<void>;
  private panelsFailed = false;

  protected renderState(): unknown {
    const s = this.loader.state;
    const t = this.tr;
    switch (s.status) {
      case 'empty':
      case 'invalid':
        // While the explanations load (a moment, once per page), say it is being checked.
        return s.status === 'invalid' && s.explaining
          ? loadingPanel(false, t)
          : this.contentPanel(s.status === 'invalid' ? s.problems : undefined);
      case 'loading':
        return loadingPanel(s.slow, t);
      case 'fetch-error':
        return fetchErrorPanel(s.url, s.httpStatus, t, () => this.loader.retry());
      case 'ready': {
        // Content in a language whose files are still loading (a CV in Arabic on a French
        // page): show the loading message rather than headings in the wrong language.
        const files = this.languageFiles();
        if (files) {
          this.languageWait ??= files.then(() => {
            this.languageWait = undefined;
            this.requestUpdate();
          });
          return loadingPanel(false, t);
        }
        return this.hold ? loadingPanel(false, t) : this.renderContent(s.data);
      }
    }
  }

  override render(): TemplateResult {
    const notice = this.notice;
    return html`<div
      class="qd-root"
      part="base"
      dir=${this.i18n.dir}
      lang=${this.i18n.locale}
      aria-busy=${this.loader.state.status === 'loading'}
    >
      ${
        this.kiosk?.phase === 'warning' && this.kioskCode
          ? this.kioskCode.kioskWarning(html, this.tr, this.kiosk)
          : nothing
      }
      <div
        role="status"
        part="notice"
        class=${notice ? `qd-notice qd-notice--${notice.kind}` : 'qd-visually-hidden'}
      >
        ${notice?.text ?? ''}
      </div>
      ${this.renderState()}
    </div>`;
  }
}
