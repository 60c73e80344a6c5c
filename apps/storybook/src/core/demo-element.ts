/**
 * `<qd-sb-demo>`: the smallest prototype one can build on `QdContentElement` from
 * `@quartiers-douai/core` — a title and paragraphs. The stories of core use it to show what every
 * prototype gets for free: the French error panel, loading, fetch errors with "Réessayer",
 * languages and right-to-left, easy-read, read-aloud, theme tokens.
 */
import {
  QdContentElement,
  ReadAloud,
  defineElement,
  lang,
  list,
  obj,
  optText,
  text,
  version,
  type ContentSpec,
} from '@quartiers-douai/core';
import { html } from 'lit';
import * as z from 'zod/mini';

export const demoSchema = obj({
  version: version(),
  lang: lang(),
  title: text(),
  easy: optText(),
  paragraphs: list(text(), 1),
});
export type DemoContent = z.infer<typeof demoSchema>;

/** Valid content, in French. */
export const demoContent: DemoContent = {
  version: 1,
  lang: 'fr',
  title: 'Atelier cuisine du jeudi',
  easy: 'Cuisiner ensemble le jeudi',
  paragraphs: [
    'Rendez-vous au centre social **chaque jeudi à 14 h**, salle 2.',
    'Apportez un tablier. Les ingrédients sont fournis par le centre.',
  ],
};

/** The same content, in Arabic (right-to-left). */
export const demoContentAr: DemoContent = {
  version: 1,
  lang: 'ar',
  title: 'ورشة الطبخ يوم الخميس',
  paragraphs: [
    'موعدنا في المركز الاجتماعي **كل خميس الساعة 14:00**، القاعة 2.',
    'أحضروا مئزرًا. المركز يوفّر المكوّنات.',
  ],
};

/** Content with three mistakes a social-centre worker could make (a typo, a number, an empty line). */
export const demoInvalidContent = {
  version: 1,
  lang: 'fr',
  titel: 'Atelier cuisine du jeudi',
  easy: 12,
  paragraphs: ['Rendez-vous au centre social chaque jeudi à 14 h.', ''],
};

/**
 * A demo prototype: a title (with its easy-to-read variant) and paragraphs of rich text.
 *
 * @summary Exemple minimal d'élément construit sur QdContentElement (titre et paragraphes).
 */
export class QdSbDemo extends QdContentElement<DemoContent> {
  /** « Écouter »: an element that offers it creates the controller (docs/architecture.md). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  protected override get contentSpec(): ContentSpec<DemoContent> {
    return { schema: demoSchema, version: 1, packageName: '@quartiers-douai/core' };
  }

  protected override renderContent(c: DemoContent) {
    return html`<article lang=${c.lang} dir=${c.lang === 'ar' ? 'rtl' : 'ltr'}>
      <h2>${this.inline(c.title, c.easy)}</h2>
      ${this.speech.listen('title', c.title)} ${c.paragraphs.map((p) => this.rich(p))}
    </article>`;
  }
}

defineElement('qd-sb-demo', QdSbDemo);

declare global {
  interface HTMLElementTagNameMap {
    'qd-sb-demo': QdSbDemo;
  }
}
