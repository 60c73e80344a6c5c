/** What `<qd-parental-guide>` and `<qd-screen-pact>` share: their content, texts and helpers. */
import { html, type TemplateResult } from 'lit';
import { QdContentElement, easyReadToggle, type ContentSpec } from '@quartiers-douai/core';
import { guideMessages, type GuideKey } from '../messages.js';
import { GUIDE_CONTENT_VERSION, guideContentSchema, type GuideContent } from '../schema.js';

export abstract class GuideElement extends QdContentElement<GuideContent, GuideKey> {
  static override messages = [guideMessages];

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
