import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  baseStyles,
  saveFile,
  StorageController,
  type DeviceStoreBase,
} from '@quartiers-douai/core';
import { FestivalElement, round2, sentences } from '../festival-element.js';
import type { FestivalContent, Film } from '../schema.js';
import { juryMessages, type JuryKey } from './messages.js';
import { juryStyles } from './jury.styles.js';
import { emptyJury, filmTotal, juryCsv, juryFile, juryRecord, type JuryData } from './scoring.js';

/** `qd-score`: a juror gave a score. `detail: { film, criterion, score, total, max, missing }`. */
export interface JuryScoreDetail {
  film: string;
  criterion: string;
  score: number;
  total: number;
  max: number;
  missing: number;
}

/**
 * `<qd-jury-grid>` — one juror's score sheet, on a tablet: a screen per film with a labelled group
 * of radio buttons per criterion, an optional comment and the weighted total computed live; then a
 * summary table, and the files for the organisers (JSON for `<qd-jury-results>`, CSV for a
 * spreadsheet). With `storage="local"` the scores are kept on the tablet at every change (as the
 * festival's, not the person's: see docs/vie-privee.md) and can be resumed from a file: when the
 * grid already holds notes, a valid file replaces them only once the juror confirms.
 *
 * @summary Grille de notation d'un juré : notes par critère, commentaires, totaux pondérés, export.
 * @fires qd-score - A score was given. `detail: { film, criterion, score, total, max, missing }`.
 * @fires qd-jury-export - The juror downloaded a file. `detail: { format: 'json' | 'csv' }`.
 * @csspart criterion - The group of radio buttons of one criterion.
 * @csspart total - The live weighted total of the film.
 * @csspart summary - The summary table.
 * @csspart exports - The download / resume / erase buttons.
 * @cssprop --qd-color-primary - Buttons and checked scores.
 */
export class QdJuryGrid extends FestivalElement<JuryKey> {
  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override styles = [baseStyles, juryStyles];
  static override messages = [juryMessages];

  static override properties: PropertyDeclarations = {
    step: { state: true },
    grid: { state: true },
    said: { state: true },
    asking: { state: true },
  };

  /** The film shown (index), or `films.length` for the summary. */
  private step = 0;
  /** The juror's scores and comments. */
  grid: JuryData = emptyJury('');
  /** The last total announced. */
  private said = '';
  private store?: DeviceStoreBase<JuryData>;
  /** A valid file that would replace the notes, waiting for the juror's answer. */
  private asking?: { text: string; count: number };

  protected override contentChanged(c: FestivalContent): void {
    this.step = 0;
    this.said = '';
    this.openGrid(c);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('storage') && changed.get('storage') !== undefined && this.data)
      this.openGrid(this.data);
  }

  /** `kiosk-timeout` ran out: back to the first film, as documented; the notes stay. */
  protected override resetSession(): void {
    this.go(0);
  }

  private openGrid(c: FestivalContent): void {
    this.asking = undefined;
    this.store = undefined;
    this.grid = emptyJury(c.id);
    // (the file's format comes with the storage code: fetched ahead, for the downloads offline)
    void juryFile(c.id);
    this.device.keep(juryRecord(c.id), (store, saved) => {
      this.store = store;
      if (saved?.festival === c.id) this.grid = saved;
    });
  }

  private save(next: JuryData): void {
    this.grid = next;
    if (this.store) this.device.save(this.store, next);
  }

  private score(c: FestivalContent, film: Film, criterion: string, score: number): void {
    const scores = {
      ...this.grid.scores,
      [film.id]: { ...this.grid.scores[film.id], [criterion]: score },
    };
    this.save({ ...this.grid, scores });
    const t = filmTotal(c.criteria, scores[film.id]);
    this.said = this.t('totalOf', { film: film.title, text: this.totalText(t) });
    this.dispatchEvent(
      new CustomEvent<JuryScoreDetail>('qd-score', {
        detail: { film: film.id, criterion, score, ...t },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private totalText(t: { total: number; max: number; missing: number }): string {
    const total = this.t('total', { total: round2(t.total), max: round2(t.max) });
    return t.missing > 0 ? `${total} (${this.t('missing', { count: t.missing })})` : total;
  }

  private go(step: number): void {
    this.step = step;
    this.asking = undefined;
    this.said = '';
    void this.focusAfterRender(
      step >= (this.data?.films.length ?? 0) ? '#summary-title' : '#film-title',
    );
  }

  private async exportFile(c: FestivalContent, format: 'json' | 'csv'): Promise<void> {
    const who = this.grid.juror.trim().replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'jure';
    const base = `jury-${c.id}-${who}`;
    if (format === 'json') {
      const file = await juryFile(c.id);
      if (!file) {
        this.announce(this.t('fileFailed'), 'error');
        return;
      }
      saveFile(file.exportText(this.grid), `${base}.json`, 'application/json');
    } else
      saveFile(
        juryCsv(c, this.grid, {
          film: this.t('film'),
          total: this.t('totalHead'),
          max: this.t('maxHead'),
          comment: this.t('commentHead'),
        }),
        `${base}.csv`,
        'text/csv;charset=utf-8',
      );
    this.dispatchEvent(
      new CustomEvent('qd-jury-export', { detail: { format }, bubbles: true, composed: true }),
    );
  }

  private async importFile(c: FestivalContent, e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    // Films with a score or a comment: the notes a file would replace.
    const count = new Set(
      [
        ...Object.entries(this.grid.scores).filter(([, s]) => Object.keys(s).length),
        ...Object.entries(this.grid.comments).filter(([, t]) => t.trim()),
      ].map(([f]) => f),
    ).size;
    this.asking = undefined;
    // A file that would be refused is refused at once, as before (explained, nothing changed).
    if (count && (await this.fits(c, text))) {
      this.asking = { text, count };
      void this.focusAfterRender('#replace-ask');
    } else await this.take(c, text);
  }

  /** Would `take` accept this file? (A valid jury file of this festival.) */
  private async fits(c: FestivalContent, text: string): Promise<boolean> {
    const file = await juryFile(c.id);
    try {
      const r = file?.check(JSON.parse(text));
      return !!r?.ok && r.data.festival === c.id;
    } catch {
      return false;
    }
  }

  private async take(c: FestivalContent, text: string): Promise<void> {
    const store = this.store ?? (await juryFile(c.id));
    await this.device.importInto(store, text, (d) => {
      if (d.festival !== c.id) return false;
      this.grid = d;
      return true;
    });
  }

  /** « Annuler » or Escape: the notes stay, focus back on the file control. */
  private keepNotes(): void {
    this.asking = undefined;
    void this.focusAfterRender('input[type="file"]');
  }

  private async replaceNotes(c: FestivalContent, text: string): Promise<void> {
    this.asking = undefined;
    await this.take(c, text);
    void this.focusAfterRender('#summary-title');
  }

  private renderAsk(c: FestivalContent): TemplateResult | typeof nothing {
    const a = this.asking;
    if (!a) return nothing;
    return html`<div
      class="qd-panel qd-panel--error qd-jury__ask qd-no-print"
      role="group"
      aria-labelledby="replace-ask"
      aria-describedby="replace-hint"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          this.keepNotes();
        }
      }}
    >
      <p id="replace-ask" tabindex="-1">${this.t('replaceAsk', { count: a.count })}</p>
      <p id="replace-hint">${this.t('replaceHint')}</p>
      <div class="qd-toolbar">
        <button
          type="button"
          class="qd-button qd-button--primary"
          @click=${() => this.replaceNotes(c, a.text)}
        >
          ${this.t('replaceYes')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.keepNotes()}>
          ${this.t('cancel')}
        </button>
        <button type="button" class="qd-button" @click=${() => void this.exportFile(c, 'json')}>
          ${this.t('downloadFirst')}
        </button>
      </div>
    </div>`;
  }

  private erase(c: FestivalContent): void {
    this.store?.clear();
    this.grid = emptyJury(c.id);
    this.asking = undefined;
    this.announce(this.t('erasedNotes'));
  }

  protected override renderContent(c: FestivalContent): TemplateResult {
    const film = c.films[this.step];
    return html`<div class="qd-jury" lang=${c.lang}>
      <h2>${this.t('gridTitle')} : ${c.title}</h2>
      ${film ? this.renderFilm(c, film) : this.renderSummary(c)}
    </div>`;
  }

  private renderFilm(c: FestivalContent, film: Film): TemplateResult {
    const n = this.step;
    const scores = this.grid.scores[film.id];
    const t = filmTotal(c.criteria, scores);
    return html`<section aria-labelledby="film-title">
      <p class="qd-jury__meta">${this.t('filmOf', { n: n + 1, total: c.films.length })}</p>
      <h3 id="film-title" tabindex="-1">${film.title}</h3>
      ${this.speech.listen(
        `film-${film.id}`,
        sentences([
          film.title,
          ...c.criteria.flatMap((k) => [
            `${k.label} : ${k.scale.min} – ${k.scale.max}`,
            k.description,
          ]),
        ]),
      )}
      ${c.criteria.map((k) => {
        const name = `${film.id}--${k.id}`;
        const values = Array.from(
          { length: k.scale.max - k.scale.min + 1 },
          (_, i) => k.scale.min + i,
        );
        return html`<fieldset
          part="criterion"
          aria-describedby=${k.description ? `d-${k.id}` : nothing}
        >
          <legend>
            ${k.label}
            ${k.weight !== 1 ? html`<span>${this.t('weight', { weight: k.weight })}</span>` : nothing}
          </legend>
          ${k.description ? html`<p class="qd-hint" id=${`d-${k.id}`}>${k.description}</p>` : nothing}
          <div class="qd-scale">
            ${values.map(
              (v) =>
                html`<label
                  ><input
                    type="radio"
                    name=${name}
                    .value=${String(v)}
                    .checked=${scores?.[k.id] === v}
                    @change=${() => this.score(c, film, k.id, v)}
                  />${v}</label
                >`,
            )}
          </div>
        </fieldset>`;
      })}
      <label class="qd-field"
        >${this.t('comment')}
        <textarea
          rows="3"
          .value=${this.grid.comments[film.id] ?? ''}
          @change=${(e: Event) =>
            this.save({
              ...this.grid,
              comments: {
                ...this.grid.comments,
                [film.id]: (e.target as HTMLTextAreaElement).value,
              },
            })}
        ></textarea>
      </label>
      <p class="qd-total" part="total">${this.totalText(t)}</p>
      <div class="qd-visually-hidden" aria-live="polite">${this.said}</div>
      <div class="qd-toolbar qd-no-print">
        ${n > 0 ? html`<button type="button" class="qd-button" @click=${() => this.go(n - 1)}>${this.t('prev')}</button>` : nothing}
        <button type="button" class="qd-button qd-button--primary" @click=${() => this.go(n + 1)}>
          ${n + 1 < c.films.length ? this.t('next') : this.t('summary')}
        </button>
        ${n + 1 < c.films.length ? html`<button type="button" class="qd-button" @click=${() => this.go(c.films.length)}>${this.t('summary')}</button>` : nothing}
      </div>
    </section>`;
  }

  private renderSummary(c: FestivalContent): TemplateResult {
    return html`<section aria-labelledby="summary-title">
      <h3 id="summary-title" tabindex="-1">${this.t('summaryTitle')}</h3>
      <div
        class="qd-table-wrap"
        part="summary"
        role="region"
        aria-labelledby="summary-title"
        tabindex="0"
      >
        <table>
          <thead>
            <tr>
              <th scope="col">${this.t('film')}</th>
              ${c.criteria.map((k) => html`<th scope="col">${k.label}</th>`)}
              <th scope="col">${this.t('totalHead')}</th>
            </tr>
          </thead>
          <tbody>
            ${c.films.map((f) => {
              const t = filmTotal(c.criteria, this.grid.scores[f.id]);
              return html`<tr>
                <th scope="row">${f.title}</th>
                ${c.criteria.map((k) => html`<td class="qd-num">${this.grid.scores[f.id]?.[k.id] ?? '—'}</td>`)}
                <td class="qd-num">
                  ${t.missing === 0 ? `${round2(t.total)} / ${round2(t.max)}` : '—'}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <label class="qd-field"
        >${this.t('juror')}
        <input
          type="text"
          maxlength="60"
          autocomplete="off"
          aria-describedby="juror-hint"
          .value=${this.grid.juror}
          @change=${(e: Event) => this.save({ ...this.grid, juror: (e.target as HTMLInputElement).value.slice(0, 60) })}
        />
      </label>
      <p class="qd-hint" id="juror-hint">${this.t('jurorHint')}</p>
      <p>${this.t(this.store ? 'kept' : 'notKept')}</p>
      <div class="qd-toolbar qd-no-print" part="exports">
        <button
          type="button"
          class="qd-button qd-button--primary"
          @click=${() => void this.exportFile(c, 'json')}
        >
          ${this.t('exportJson')}
        </button>
        <button type="button" class="qd-button" @click=${() => void this.exportFile(c, 'csv')}>
          ${this.t('exportCsv')}
        </button>
        <label class="qd-button qd-file-button"
          >${this.t('importGrid')}<input
            class="qd-visually-hidden"
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => this.importFile(c, e)}
        /></label>
        ${this.store ? html`<button type="button" class="qd-button" @click=${() => this.erase(c)}>${this.t('eraseNotes')}</button>` : nothing}
      </div>
      ${this.renderAsk(c)}
      <div class="qd-toolbar qd-no-print">
        <button type="button" class="qd-button" @click=${() => this.go(0)}>
          ${this.t('backTo')}
        </button>
      </div>
    </section>`;
  }
}
