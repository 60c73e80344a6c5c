import { ReadAloud } from '@quartiers-douai/core';
/** What `<qd-parental-guide>` and `<qd-screen-pact>` share: their content, texts and helpers. */
import { html, type TemplateResult } from 'lit';
import {
  QdContentElement,
  easyReadToggle,
  type ContentSpec,
  type Messages,
} from '@quartiers-douai/core';
import { guideMessages, type GuideOwnKey } from '../messages.js';
import { GUIDE_CONTENT_VERSION, guideContentSchema, type GuideContent } from '../schema.js';

/** `K`: the keys of its texts (the guide's own; the agreement adds its own, in its part). */
export abstract class GuideElement<K extends string = GuideOwnKey> extends QdContentElement<
  GuideContent,
  K
> {
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  static override messages: ReadonlyArray<Messages<string>> = [guideMessages];

  protected override get contentSpec(): ContentSpec<GuideContent> {
    return {
      schema: guideContentSchema,
      version: GUIDE_CONTENT_VERSION,
      packageName: '@quartiers-douai/parental-guide',
      texts: () => import('../texts.lazy.js'),
    };
  }

  /** Content text (inline), marked with the content's language when the UI speaks another. */
  protected ct(text: string, easy?: string): unknown {
    const lang = this.data?.lang;
    const out = this.inline(text, easy);
    return lang && lang !== this.i18n.locale ? html`<span lang=${lang}>${out}</span>` : out;
  }

  /** The "Facile à lire" button, in its toolbar. */
  protected easyToolbar(): TemplateResult {
    return html`<div class="qd-toolbar">
      ${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}
    </div>`;
  }
}
