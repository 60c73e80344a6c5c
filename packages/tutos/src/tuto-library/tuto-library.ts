import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { QdContentElement, baseStyles, type ContentSpec } from '@quartiers-douai/core';
import { libraryMessages, type LibraryKey } from '../library-messages.js';
import { TUTO_CONTENT_VERSION, isPageUrl } from '../common.js';
import { libraryIndexSchema, type LibraryEntry, type LibraryIndex } from '../library-schema.js';
import { found, topicsOf } from './library-search.js';
import { libraryStyles } from './tuto-library.styles.js';

export { matches, searchWords } from './library-search.js';

/** `qd-open`: « Lire » on a tutorial that has a file but no page. */
export interface TutoOpenDetail {
  /** The tutorial's file, as an absolute address. */
  src: string;
  title: string;
  /** Its place in the index. */
  index: number;
}

const librarySpec: ContentSpec<LibraryIndex> = {
  schema: libraryIndexSchema,
  version: TUTO_CONTENT_VERSION,
  packageName: '@quartiers-douai/tutos',
  texts: () => import('../texts.lazy.js'),
};

/**
 * `<qd-tuto-library>` — a centre's tutorials, from an index file: a search that ignores accents
 * and case (in the titles, summaries and topics), topics to tick (a tutorial with any ticked
 * topic is shown), the number found announced, and a clear message when nothing matches. Each
 * title links to the tutorial's page (`url`), or to the `viewer` page with the tutorial's file.
 *
 * @summary Bibliothèque de tutos du centre : recherche sans accents et thèmes.
 * @attr viewer - A page that shows one tutorial from `?src=` (used for entries without `url`).
 * @fires qd-open - « Lire » on a tutorial with a file but no page (and no `viewer`). `detail: { src, title, index }`.
 * @csspart search - The search field and the topics.
 * @csspart list - The list of tutorials.
 * @csspart entry - Each tutorial.
 * @csspart empty - « Aucun tuto ne correspond… ».
 * @cssprop --qd-color-primary - Links and buttons.
 * @cssprop --qd-color-surface - The cards.
 */
export class QdTutoLibrary extends QdContentElement<LibraryIndex, LibraryKey> {
  static override styles = [baseStyles, libraryStyles];
  static override messages = [libraryMessages];

  static override properties: PropertyDeclarations = {
    viewer: {},
    query: { state: true },
    picked: { state: true },
  };

  /** A page that shows one tutorial from `?src=` (used for entries without `url`). */
  viewer?: string;

  /** What is typed in the search field. */
  private query = '';
  /** Ticked topics (normalized). */
  private picked: ReadonlySet<string> = new Set();

  protected override get contentSpec(): ContentSpec<LibraryIndex> {
    return librarySpec;
  }

  protected override contentChanged(): void {
    this.query = '';
    this.picked = new Set();
  }

  /** The entries that match the search and the ticked topics, with their place in the index. */
  results(c = this.data): Array<[LibraryEntry, number]> {
    return c ? found(c.tutorials, this.query, this.picked) : [];
  }

  private toggle(key: string, on: boolean): void {
    const next = new Set(this.picked);
    if (on) next.add(key);
    else next.delete(key);
    this.picked = next;
  }

  private reset(): void {
    this.query = '';
    this.picked = new Set();
    void this.focusAfterRender('#q');
  }

  /** The address of an entry's file, absolute (relative to the index file). */
  private fileOf(e: LibraryEntry): string | undefined {
    if (!e.src) return undefined;
    try {
      return new URL(e.src, new URL(this.src ?? '', document.baseURI)).href;
    } catch {
      return undefined;
    }
  }

  /** Where the title links: the entry's page, or the viewer page with its file. */
  private hrefOf(e: LibraryEntry): string | undefined {
    if (e.url) return e.url;
    const file = this.fileOf(e);
    const viewer = this.viewer?.trim();
    if (!file || !viewer || !isPageUrl(viewer)) return undefined;
    return `${viewer}${viewer.includes('?') ? '&' : '?'}src=${encodeURIComponent(file)}`;
  }

  private open(e: LibraryEntry, index: number): void {
    const src = this.fileOf(e);
    if (!src) return;
    this.dispatchEvent(
      new CustomEvent<TutoOpenDetail>('qd-open', {
        bubbles: true,
        composed: true,
        detail: { src, title: e.title, index },
      }),
    );
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: LibraryIndex): TemplateResult {
    const found = this.results(c);
    const topics = topicsOf(c.tutorials);
    return html`<section class="qd-library" lang=${c.lang} aria-labelledby="title">
      <h2 id="title">${this.inline(c.title)}</h2>
      ${this.rich(c.description)}
      ${
        c.tutorials.length === 0
          ? html`<p>${this.t('emptyLibrary')}</p>`
          : html`<div part="search" role="search">
                <label for="q">${this.t('search')}</label>
                <p class="qd-library__hint" id="q-hint">${this.t('searchHint')}</p>
                <input
                  id="q"
                  type="search"
                  autocomplete="off"
                  aria-describedby="q-hint"
                  .value=${this.query}
                  @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
                />
                ${
                  topics.length > 0
                    ? html`<fieldset>
                        <legend>${this.t('themes')}</legend>
                        <div class="qd-library__tags">
                          ${topics.map(
                            ([key, label]) =>
                              html`<label
                                ><input
                                  type="checkbox"
                                  .checked=${this.picked.has(key)}
                                  @change=${(e: Event) =>
                                    this.toggle(key, (e.target as HTMLInputElement).checked)}
                                />${label}</label
                              >`,
                          )}
                        </div>
                      </fieldset>`
                    : nothing
                }
              </div>
              <p class="qd-library__count" role="status">
                ${this.t('found', { count: found.length })}
              </p>
              ${
                found.length > 0
                  ? html`<ul class="qd-library__list" part="list">
                      ${found.map(([e, i]) => this.renderEntry(e, i))}
                    </ul>`
                  : html`<div part="empty">
                      <p><strong>${this.t('none')}</strong></p>
                      <p>${this.t('noneHint')}</p>
                      <button type="button" class="qd-button" @click=${() => this.reset()}>
                        ${this.t('showAll')}
                      </button>
                    </div>`
              }`
      }
    </section>`;
  }

  private renderEntry(e: LibraryEntry, index: number): TemplateResult {
    const href = this.hrefOf(e);
    const meta = [
      e.level ? this.t(e.level) : '',
      e.duration ? this.t('minutes', { n: e.duration }) : '',
    ].filter(Boolean);
    return html`<li class="qd-library__entry" part="entry">
      <h3>${href ? html`<a href=${href}>${this.inline(e.title)}</a>` : this.inline(e.title)}</h3>
      ${meta.length > 0 ? html`<p class="qd-library__meta">${meta.join(' · ')}</p>` : nothing}
      ${this.rich(e.summary)}
      ${
        e.tags.length > 0
          ? html`<p class="qd-library__meta">${this.t('tagsOf', { tags: e.tags.join(', ') })}</p>`
          : nothing
      }
      ${
        !href && e.src
          ? html`<button type="button" class="qd-button" @click=${() => this.open(e, index)}>
              ${this.t('read')}<span class="qd-visually-hidden"> : ${e.title}</span>
            </button>`
          : nothing
      }
    </li>`;
  }
}
