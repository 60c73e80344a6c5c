import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { contentFileUrl, baseStyles, easyReadToggle, intlLocale } from '@quartiers-douai/core';
import { FestivalElement, sentences } from '../festival-element.js';
import { galleryMessages, type GalleryKey } from '../messages.js';
import type { FestivalContent, Film } from '../schema.js';
import { galleryStyles } from './gallery.styles.js';

/** `qd-film-open`: a person opened a film's page. Nothing personal: which film. */
export interface FilmOpenDetail {
  film: string;
}

/**
 * `<qd-film-gallery>` — the festival's films: filters by category and centre, accessible cards
 * (poster loaded lazily, title, length, makers, synopsis), and a page per film with the browser's
 * own video player (keyboard, captions on by default when a track is `default`), a transcript
 * toggle, no autoplay and nothing loaded beyond the video's metadata. No third-party player, no
 * platform account, no request except the media the content names.
 *
 * @summary Galerie des films du festival, avec lecteur vidéo accessible, sous-titres et transcription.
 * @attr {boolean} list - Cards as a list (one per line) rather than a grid; the visitor can switch too.
 * @fires qd-film-open - A film's page was opened. `detail: { film }` (its id).
 * @csspart filters - The category and centre filters.
 * @csspart films - The list of film cards.
 * @csspart card - One film card.
 * @csspart poster - A card's poster image.
 * @csspart film - A film's page.
 * @csspart video - The video player.
 * @csspart transcript - The transcript of a film.
 * @cssprop --qd-film-gallery-card-width - Smallest width of a card in the grid (default 15rem).
 * @cssprop --qd-color-primary - Buttons.
 * @cssprop --qd-color-surface - The cards.
 */
export class QdFilmGallery extends FestivalElement<GalleryKey> {
  static override styles = [baseStyles, galleryStyles];
  static override messages = [galleryMessages];

  static override properties: PropertyDeclarations = {
    list: { type: Boolean, reflect: true },
    category: { state: true },
    centre: { state: true },
    open: { state: true },
    transcript: { state: true },
  };

  /** Cards as a list rather than a grid. */
  list = false;

  /** The category shown ('' = all). */
  private category = '';
  /** The centre shown ('' = all). */
  private centre = '';
  /** The film whose page is open. */
  private open?: string;
  /** Its transcript is shown. */
  private transcript = false;

  protected override contentChanged(): void {
    this.category = this.centre = '';
    this.open = undefined;
    this.transcript = false;
  }

  protected override resetSession(): void {
    this.contentChanged();
    void this.focusAfterRender('#title');
  }

  /** The films the filters let through. */
  get shownFilms(): Film[] {
    return (this.data?.films ?? []).filter(
      (f) =>
        (!this.category || f.category === this.category) &&
        (!this.centre || f.centre === this.centre),
    );
  }

  /** Opens a film's page (by id), as its "Voir le film" button does. */
  openFilm(id: string): void {
    if (!this.data?.films.some((f) => f.id === id)) return;
    this.open = id;
    this.transcript = false;
    this.dispatchEvent(
      new CustomEvent<FilmOpenDetail>('qd-film-open', {
        detail: { film: id },
        bubbles: true,
        composed: true,
      }),
    );
    void this.focusAfterRender('#film-title');
  }

  private back(): void {
    const id = this.open;
    this.open = undefined;
    void this.focusAfterRender(`#watch-${id ?? ''}`);
  }

  private duration(seconds: number): string {
    const total = Math.round(seconds);
    const m = Math.floor(total / 60);
    const s = total % 60;
    return m > 0
      ? this.t('minSec', { m, s: String(s).padStart(2, '0') })
      : this.t('sec', { s: Math.max(1, s) });
  }

  private dates(c: FestivalContent): string {
    if (!c.dates) return '';
    const f = new Intl.DateTimeFormat(intlLocale(this.i18n.locale), {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    const day = (d: string) => f.format(new Date(`${d}T00:00:00Z`));
    return c.dates.end && c.dates.end !== c.dates.start
      ? `${day(c.dates.start)} – ${day(c.dates.end)}`
      : day(c.dates.start);
  }

  /** What « Écouter » reads of a film: title, category, length, centre, synopsis (easy-read when on), authors. */
  private spoken(f: Film, category: string): string {
    return sentences([
      f.title,
      `${category}, ${this.duration(f.duration)}, ${f.centre}`,
      this.plain(f.synopsis, f.easy),
      this.t('by', { names: f.authors.join(', ') }),
    ]);
  }

  protected override renderContent(c: FestivalContent): TemplateResult {
    const film = this.open ? c.films.find((f) => f.id === this.open) : undefined;
    const meta = [c.edition, this.dates(c), c.venue].filter(Boolean).join(' · ');
    return html`<div class="qd-festival" lang=${c.lang}>
      ${
        c.films.some((f) => f.easy)
          ? html`<div class="qd-toolbar">
              ${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}
            </div>`
          : nothing
      }
      <h2 id="title" tabindex="-1">${c.title}</h2>
      ${meta ? html`<p class="qd-festival__meta">${meta}</p>` : nothing}
      ${film ? nothing : this.speech.listen('intro', sentences([c.title, meta]))}
      ${film ? this.renderFilm(c, film) : this.renderList(c)}
    </div>`;
  }

  private renderList(c: FestivalContent): TemplateResult {
    const films = this.shownFilms;
    const centres = [...new Set(c.films.map((f) => f.centre))];
    const label = (id: string) => c.categories.find((k) => k.id === id)?.label ?? id;
    return html`<div class="qd-toolbar qd-no-print">
        <button
          type="button"
          class="qd-button"
          aria-pressed=${this.list}
          @click=${() => (this.list = !this.list)}
        >
          ${this.t('listView')}
        </button>
      </div>
      <fieldset class="qd-filters" part="filters">
        <legend>${this.t('filters')}</legend>
        <label
          >${this.t('category')}
          <select @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.category}>${this.t('allCategories')}</option>
            ${c.categories.map(
              (k) =>
                html`<option value=${k.id} ?selected=${this.category === k.id}>${k.label}</option>`,
            )}
          </select></label
        >
        ${
          centres.length > 1
            ? html`<label
                >${this.t('centre')}
                <select
                  @change=${(e: Event) => (this.centre = (e.target as HTMLSelectElement).value)}
                >
                  <option value="" ?selected=${!this.centre}>${this.t('allCentres')}</option>
                  ${centres.map(
                    (n) => html`<option value=${n} ?selected=${this.centre === n}>${n}</option>`,
                  )}
                </select></label
              >`
            : nothing
        }
      </fieldset>
      <p role="status" class="qd-festival__meta" part="count">
        ${films.length > 0 ? this.t('count', { count: films.length }) : this.t('none')}
      </p>
      <ul class=${this.list ? 'qd-films qd-films--list' : 'qd-films'} part="films">
        ${films.map(
          (f) =>
            html`<li>
              <article class="qd-card" part="card" aria-labelledby=${`card-${f.id}`}>
                <img
                  part="poster"
                  src=${contentFileUrl(f.poster.src, this.loader.state, this.src)}
                  alt=${f.poster.alt}
                  loading="lazy"
                  decoding="async"
                  width=${f.poster.width ?? 320}
                  height=${f.poster.height ?? 180}
                />
                <div>
                  <h3 id=${`card-${f.id}`}>${f.title}</h3>
                  <p class="qd-film__meta">
                    ${label(f.category)} · ${this.duration(f.duration)} · ${f.centre}
                  </p>
                  <p>${this.rich(f.synopsis, f.easy)}</p>
                  <p class="qd-film__meta">${this.t('by', { names: f.authors.join(', ') })}</p>
                  ${this.speech.listen(`card-${f.id}`, this.spoken(f, label(f.category)))}
                </div>
                <button
                  type="button"
                  class="qd-button qd-button--primary qd-no-print"
                  id=${`watch-${f.id}`}
                  aria-label=${this.t('watchFilm', { title: f.title })}
                  @click=${() => this.openFilm(f.id)}
                >
                  ${this.t('watch')}
                </button>
              </article>
            </li>`,
        )}
      </ul>`;
  }

  private renderFilm(c: FestivalContent, f: Film): TemplateResult {
    const category = c.categories.find((k) => k.id === f.category)?.label ?? f.category;
    const first = f.sources[0]!;
    return html`<article class="qd-film" part="film" aria-labelledby="film-title">
      <div class="qd-toolbar qd-no-print">
        <button type="button" class="qd-button qd-back" @click=${() => this.back()}>
          ${this.t('back')}
        </button>
      </div>
      <h3 id="film-title" tabindex="-1">${f.title}</h3>
      <p class="qd-film__meta">${category} · ${this.duration(f.duration)} · ${f.centre}</p>
      ${this.speech.listen(`film-${f.id}`, this.spoken(f, category))}
      <video
        part="video"
        controls
        preload="metadata"
        playsinline
        poster=${contentFileUrl(f.poster.src, this.loader.state, this.src)}
        aria-labelledby="film-title"
      >
        ${f.sources.map((s) => html`<source src=${contentFileUrl(s.src, this.loader.state, this.src)} type=${s.type} />`)}
        ${f.tracks.map(
          (t) =>
            html`<track
              src=${contentFileUrl(t.src, this.loader.state, this.src)}
              kind=${t.kind}
              srclang=${t.srclang}
              label=${t.label}
              ?default=${t.default === true}
            />`,
        )}
        <p>
          ${this.t('fallback')}
          <a href=${contentFileUrl(first.src, this.loader.state, this.src)} download
            >${this.t('download')}</a
          >
        </p>
      </video>
      ${
        f.captionsNotNeeded && !f.tracks.some((t) => t.kind !== 'descriptions')
          ? html`<p class="qd-film__meta">
              ${this.t('noCaptions', { reason: f.captionsNotNeeded })}
            </p>`
          : nothing
      }
      <p>${this.rich(f.synopsis, f.easy)}</p>
      <p class="qd-film__meta">${this.t('by', { names: f.authors.join(', ') })}</p>
      ${
        f.transcript
          ? html`<button
                type="button"
                class="qd-button qd-no-print"
                aria-expanded=${this.transcript}
                aria-controls="transcript"
                @click=${() => (this.transcript = !this.transcript)}
              >
                ${this.t(this.transcript ? 'transcriptHide' : 'transcriptShow')}
              </button>
              <div
                id="transcript"
                class="qd-transcript"
                part="transcript"
                lang=${c.lang}
                ?hidden=${!this.transcript}
              >
                ${f.transcript.split(/\n\s*\n/).map((p) => html`<p>${p.trim()}</p>`)}
              </div>`
          : nothing
      }
    </article>`;
  }
}
