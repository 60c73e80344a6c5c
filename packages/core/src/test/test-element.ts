/** A minimal prototype used by core's own tests and stories: a title and paragraphs. */
import { html } from 'lit';
import * as z from 'zod/mini';
import { QdContentElement } from '../element/qd-element.js';
import { defineElement } from '../element/define.js';
import { richTextToPlain } from '../text/rich-text.js';
import { ReadAloud } from '../text/read-aloud-controller.js';
import { contentFileUrl } from '../util/url.js';
import { list, obj, text, version, lang, optText } from '../content/schema-kit.js';
import type { ContentSpec } from '../content/content-controller.js';

export const demoSchema = obj({
  version: version(),
  lang: lang(),
  title: text(),
  easy: optText(),
  paragraphs: list(text(), 1),
});
export type DemoContent = z.infer<typeof demoSchema>;

export const demoContent: DemoContent = {
  version: 1,
  lang: 'fr',
  title: 'Bienvenue au centre social',
  easy: 'Bonjour !',
  paragraphs: [
    'Le centre est ouvert du lundi au vendredi.',
    'Venez avec **votre carte** de quartier.',
  ],
};

export class QdDemo extends QdContentElement<DemoContent> {
  readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );
  protected override get contentSpec(): ContentSpec<DemoContent> {
    return { schema: demoSchema, version: 1, packageName: '@quartiers-douai/core' };
  }
  /** `asset()` for the tests. */
  assetOf(path: string): string {
    return contentFileUrl(path, this.loader.state, this.src);
  }
  protected override renderContent(c: DemoContent) {
    return html`<article lang=${c.lang}>
      <h2>${this.inline(c.title, c.easy)}</h2>
      ${this.speech.listen('title', richTextToPlain(this.easyRead.pick(c.title, c.easy)))}
      ${c.paragraphs.map((p) => this.rich(p))}
    </article>`;
  }
}
defineElement('qd-demo', QdDemo);

declare global {
  interface HTMLElementTagNameMap {
    'qd-demo': QdDemo;
  }
}
