import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  QdContentElement,
  ReadAloud,
  baseStyles,
  easyReadToggle,
  richTextToPlain,
  type ContentSpec,
} from '@quartiers-douai/core';
import { __camel__Messages, type __Name__Key } from '../messages.js';
import {
  __CONST___CONTENT_VERSION,
  __camel__ContentSchema,
  type __Name__Content,
} from '../schema.js';
import { __camel__Styles } from './__name__.styles.js';

/** `qd-complete`: the person reached the last screen. Nothing personal: which content only. */
export interface __Name__CompleteDetail {
  /** The content's `id`. */
  id: string;
}

/** The screens, in order. */
const SCREENS = ['start', 'next'] as const;
type Screen = (typeof SCREENS)[number];

/**
 * `<qd-__element__>` — « __title__ ».
 *
 * A first screen (a title, a short text, « Continuer »), then a second one (« Recommencer » leads
 * back). Every text may have its easy-to-read variant and be read aloud; the interface speaks
 * French, English and Arabic.
 *
 * @summary __title__ : deux écrans, Facile à lire et Écouter.
 * @fires qd-complete - The last screen is reached. `detail: { id }` (the content's `id`).
 * @csspart start - The first screen.
 * @csspart next - The second screen.
 * @csspart progress - « Étape 1 sur 2 » (announced when it changes).
 * @cssprop --qd-__name__-accent - The line beside each screen (falls back to `--qd-color-primary`).
 * @cssprop --qd-color-primary - Buttons.
 */
export class Qd__Name__ extends QdContentElement<__Name__Content, __Name__Key> {
  static override styles = [baseStyles, __camel__Styles];

  /** « Écouter »: reads the texts aloud (an element without it never carries its code). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );
  static override messages = [__camel__Messages];

  static override properties: PropertyDeclarations = {
    screen: { state: true },
  };

  /** The screen shown. */
  private screen: Screen = 'start';

  protected override get contentSpec(): ContentSpec<__Name__Content> {
    return {
      schema: __camel__ContentSchema,
      version: __CONST___CONTENT_VERSION,
      packageName: '@quartiers-douai/__name__',
      texts: () => import('../texts.lazy.js'),
    };
  }

  protected override contentChanged(): void {
    this.screen = 'start';
  }

  /** Kiosk reset: back to the first screen, for the next person. */
  protected override resetSession(): void {
    this.screen = 'start';
    void this.focusAfterRender('#title');
  }

  private go(screen: Screen): void {
    this.speech.stop();
    this.screen = screen;
    if (screen === 'next') {
      const detail: __Name__CompleteDetail = { id: this.data?.id ?? '' };
      this.dispatchEvent(
        new CustomEvent<__Name__CompleteDetail>('qd-complete', {
          bubbles: true,
          composed: true,
          detail,
        }),
      );
    }
    // The focus moves on purpose: to the heading of the screen now shown.
    void this.focusAfterRender(screen === 'next' ? '#next-title' : '#title');
  }

  /** The plain text of `text` (or its easy variant) for read-aloud. */
  private plain(...texts: Array<string | undefined>): string {
    return texts
      .filter((t): t is string => !!t)
      .map(richTextToPlain)
      .join('. ');
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: __Name__Content): TemplateResult {
    const hasEasy = c.easyIntro !== undefined || c.next.easy !== undefined;
    const n = SCREENS.indexOf(this.screen) + 1;
    return html`<div class="qd-__name__">
      ${
        hasEasy
          ? html`<div class="qd-toolbar">
              ${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}
            </div>`
          : nothing
      }
      <p class="qd-__name__-progress" part="progress" role="status">
        ${this.t('step', { n, total: SCREENS.length })}
      </p>
      ${this.screen === 'start' ? this.renderStart(c) : this.renderNext(c)}
    </div>`;
  }

  private renderStart(c: __Name__Content): TemplateResult {
    const intro = this.easyRead.pick(c.intro, c.easyIntro);
    return html`<section class="qd-__name__-screen" part="start" aria-labelledby="title">
      <h2 id="title" tabindex="-1" lang=${c.lang}>${this.inline(c.title)}</h2>
      <div lang=${c.lang}>${this.rich(c.intro, c.easyIntro)}</div>
      <div class="qd-toolbar">
        ${this.speech.listen('start', this.plain(c.title, intro))}
        <button type="button" class="qd-button qd-button--primary" @click=${() => this.go('next')}>
          ${this.t('continue')}
        </button>
      </div>
    </section>`;
  }

  private renderNext(c: __Name__Content): TemplateResult {
    const next = c.next;
    const text = this.easyRead.pick(next.text, next.easy);
    return html`<section class="qd-__name__-screen" part="next" aria-labelledby="next-title">
      <h2 id="next-title" tabindex="-1" lang=${c.lang}>${this.inline(next.title)}</h2>
      <div lang=${c.lang}>${this.rich(next.text, next.easy)}</div>
      <div class="qd-toolbar">
        ${this.speech.listen('next', this.plain(next.title, text))}
        <button type="button" class="qd-button" @click=${() => this.go('start')}>
          ${this.t('restart')}
        </button>
      </div>
    </section>`;
  }
}
