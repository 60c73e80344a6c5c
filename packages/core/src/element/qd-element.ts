import {
  LitElement,
  html,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import {
  ContentController,
  type ContentSpec,
  type ContentState,
} from '../content/content-controller.js';
import { coreMessages, type CoreKey } from '../i18n/core-messages.js';
import { I18nController, type Messages, type Params } from '../i18n/i18n.js';
import { KioskFeature } from '../kiosk/kiosk-feature.js';
import type { StorageArea } from '../storage/records.js';
import { EasyReadController } from '../text/easy-read-controller.js';
import { renderInlineText, renderRichText } from '../text/rich-text.js';
import { baseStyles } from '../theme/tokens.js';
import { scheduleRender } from '../util/next-task.js';
import { optionalBoolean, type Notice } from './attributes.js';
import { ContentView } from './content-view.js';
import { PendingWorks, WaitController } from './pending.js';
import type { Voice } from './voice.js';

export { optionalBoolean, type Notice };

/**
 * The base of every prototype element: content (property / `src` / inline JSON) → zod → French
 * error panel; the interface's language (fr, en, ar + RTL); easy-read and read-aloud of the text;
 * a status region. Everything else is a controller the element creates (`StorageController`,
 * `LoadController`…), whose pending work this class awaits (docs/architecture.md).
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

  /** First render in a task of its own; false for an element printed in the task that creates it. */
  static deferFirstRender = true;

  /** The prototype's UI strings, looked up before core's. */
  static messages: ReadonlyArray<Messages<string>> = [];

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
  // The attributes below are described with the class (@attr): docs/decisions/0013.
  src?: string;
  storage: StorageArea = 'none';
  kioskTimeout = 0;
  easy?: boolean;
  readAloud?: boolean;

  /** The controllers whose pending work `updateComplete` waits for (element/pending.ts). */
  private readonly works = new PendingWorks();
  /** The message of the status region (role="status"), shown and announced. */
  protected notice?: Notice;

  protected readonly i18n: I18nController<K | CoreKey>;
  protected readonly loader: ContentController<C>;
  protected readonly easyRead = new EasyReadController(this);
  private readonly firstScreen = new WaitController(this, true); // `holdUntil`
  /** What controllers may say through this element: its strings, its status region. */
  protected readonly voice: Voice = {
    t: (k, p) => this.tr(k, p),
    say: (text, kind) => this.announce(text, kind),
    unsay: (n) => void (n && n === this.notice && this.announce('')),
  };
  /** The shared-device reset: its code comes when `kioskSeconds()` first turns positive. */
  protected readonly kiosk = new KioskFeature(
    this,
    () => this.kioskSeconds(),
    () => {
      this.resetSession();
      return this.t('kioskDone');
    },
    this.voice,
  );
  private readonly contentView: ContentView<C>; // loading, error, empty and wrong-file panels

  constructor() {
    super();
    const ctor = this.constructor as typeof QdContentElement;
    this.i18n = new I18nController<K | CoreKey>(this, ...ctor.messages, coreMessages);
    this.loader = new ContentController<C>(
      this,
      () => this.contentSpec,
      (data) => this.contentChanged(data),
    );
    this.contentView = new ContentView<C>(this, this.loader, this.voice, () =>
      this.languageFiles(),
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
  /** Seconds before the shared-device warning (0 = off): `kiosk-timeout`, or a kiosk mode's default. */
  protected kioskSeconds(): number {
    return this.kioskTimeout;
  }
  /** Language files needed before the next render: the UI's; a CV in Arabic adds its content's. */
  protected languageFiles(): Promise<void> | undefined {
    return this.i18n.pending;
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
    this.contentView.retry();
    this.loader.load();
  }

  override addController(controller: ReactiveController): void {
    super.addController(controller);
    this.works.add(controller);
  }

  /** `updateComplete`: no render pending, and no controller with work in progress. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.works.settle(() => super.getUpdateComplete());
  }

  /** The first screen waits for `work`: the loading message shows, `updateComplete` waits. */
  protected holdUntil(work: Promise<unknown>): void {
    this.firstScreen.wait(work);
  }

  /** First render in a task of its own, every render after the language files (`scheduleRender`). */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ctor = this.constructor as typeof QdContentElement;
    const render = () => super.scheduleUpdate();
    const files = () => this.languageFiles();
    return scheduleRender(!this.hasUpdated && ctor.deferFirstRender, files, render);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('content') || changed.has('src')) this.loader.load();
    this.easyRead.on = this.easy ?? this.easyDefault();
  }

  /** Shows and announces a status message (an empty text clears it). */
  protected announce(text: string, kind: Notice['kind'] = 'info'): Notice | undefined {
    return (this.notice = text ? { kind, text } : undefined);
  }

  /** Rich text of the content, easy variant when easy-read is on, in the content language. */
  protected rich(text: string | undefined, easy?: string): unknown {
    return renderRichText(this.easyRead.pick(text, easy), { newTabLabel: this.t('newTab') });
  }
  /** Inline rich text (headings, labels, legends). */
  protected inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.easyRead.pick(text, easy), { newTabLabel: this.t('newTab') });
  }

  /** Moves focus to `selector` after the next render (headings use `tabindex="-1"`). */
  protected async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The content, or the panel its state calls for (loading, error…): a hook to add around it. */
  protected renderState(): unknown {
    return this.contentView.render(this.works.holding, (data) => this.renderContent(data));
  }

  override render(): TemplateResult {
    const n = this.notice;
    return html`<div
      class="qd-root"
      part="base"
      dir=${this.i18n.dir}
      lang=${this.i18n.locale}
      aria-busy=${this.loader.state.status === 'loading'}
    >
      ${this.kiosk.render()}
      <div
        role="status"
        part="notice"
        class=${n ? `qd-notice qd-notice--${n.kind}` : 'qd-visually-hidden'}
      >
        ${n?.text ?? ''}
      </div>
      ${this.renderState()}
    </div>`;
  }
}
