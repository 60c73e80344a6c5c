/**
 * What `<qd-parental-guide>`, its parts and `<qd-screen-pact>` share: their content, texts and
 * helpers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  ReadAloud,
  QdContentElement,
  easyReadToggle,
  type ContentSpec,
  type Messages,
} from '@quartiers-douai/core';
import { guideMessages, type GuideOwnKey } from './messages.js';
import {
  GUIDE_CONTENT_VERSION,
  guideContentSchema,
  type GuideContent,
  type Resource,
} from './schema.js';
import type { Child } from './storage.js';
import { externalLink, hostOf, telOf } from './guide-templates.js';

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
      texts: () => import('./texts.lazy.js'),
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

  /** "Sami", or "l'enfant 2" / "votre enfant" when a profile has no first name. */
  protected who(child: Child, index: number, count: number): string {
    return (
      child.name.trim() ||
      (count > 1 ? this.tr('theChild', { n: index + 1 }) : this.tr('yourChild'))
    );
  }

  /** A help line: name, what it is (or `text`), « Appeler le … » and its site. */
  protected resource(
    r: Pick<Resource, 'name' | 'phone' | 'url' | 'description' | 'easy'>,
    text?: string,
  ): TemplateResult {
    const desc = text ?? this.easyRead.pick(r.description, r.easy);
    const tel = telOf(r.phone);
    return html`<li>
      <strong>${this.ct(r.name)}</strong>${desc ? html` — ${text ? desc : this.ct(desc)}` : nothing}
      <span class="qd-links">
        ${tel ? html`<a href=${tel}>${this.tr('call', { phone: r.phone! })}</a>` : nothing}
        ${r.url ? externalLink(r.url, hostOf(r.url), this.t('newTab')) : nothing}
      </span>
    </li>`;
  }
}

/**
 * A part of the guide rendered inside the guide's own shadow root (its questions, its cards, the
 * printed checklist): the guide's styles and ids reach it, and it adds no root, status region or
 * kiosk warning of its own — the guide's are the page's (one `role="status"`, not one per part).
 */
export abstract class GuidePart extends GuideElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    return html`${this.renderState()}`;
  }
}
