import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { baseStyles, saveFile } from '@quartiers-douai/core';
import { FestivalElement, round2, sentences } from '../festival-element.js';
import type { FestivalContent } from '../schema.js';
import { juryMessages, type JuryKey } from './messages.js';
import { juryStyles } from './jury.styles.js';
import { juryFile, rank, resultsCsv, type JuryData } from './scoring.js';

/** A juror's grid, as read from a file. */
interface Sheet {
  /** The name shown: the juror's own, or "Juré n". */
  name: string;
  data: JuryData;
  /** The file as read: the same file chosen twice (even without a juror name) counts once. */
  text: string;
}

/**
 * `<qd-jury-results>` — for the organisers: reads the jurors' files (the JSON of
 * `<qd-jury-grid>`, several at once), refuses those of another festival, and ranks the films by
 * the mean of the jurors' weighted totals, ties broken as docs/festival.md explains, in an
 * accessible table; the ranking downloads as CSV. Nothing leaves the computer.
 *
 * @summary Fusion des notes des jurés et classement des films (moyenne pondérée, ex æquo documentés).
 * @fires qd-jury-merged - Files were read. `detail: { jurors, ranking: [{ film, rank, tie, mean }] }`.
 * @csspart files - The file input.
 * @csspart ranking - The ranking table.
 * @cssprop --qd-color-primary - Buttons.
 */
export class QdJuryResults extends FestivalElement<JuryKey> {
  static override styles = [baseStyles, juryStyles];
  static override messages = [juryMessages];

  static override properties: PropertyDeclarations = {
    sheets: { state: true },
    messages: { state: true },
  };

  private sheets: Sheet[] = [];
  /** What reading the last files said (read, replaced, refused). */
  private messages: string[] = [];

  protected override contentChanged(c: FestivalContent): void {
    this.sheets = [];
    this.messages = [];
    void juryFile(c.id); // (the files' format, fetched ahead: reading works offline after)
  }

  /** The jurors' grids read so far. */
  get grids(): JuryData[] {
    return this.sheets.map((s) => s.data);
  }

  /** Reads jurors' files (what the file input does); the same juror's newer file replaces theirs. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const c = this.data;
    if (!c) return;
    const store = await juryFile(c.id);
    if (!store) {
      this.messages = [this.t('fileFailed')];
      return;
    }
    const said: string[] = [];
    const sheets = [...this.sheets];
    let read = 0;
    for (const file of files) {
      const text = await file.text();
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        raw = undefined;
      }
      const r = store.check(raw);
      if (!r.ok) {
        said.push(this.t('notJury', { file: file.name }));
        continue;
      }
      if (r.data.festival !== c.id) {
        said.push(this.t('wrongFestival', { file: file.name }));
        continue;
      }
      read++;
      const juror = r.data.juror.trim();
      // The same juror's newer file replaces theirs; the very same file read again (an unnamed
      // juror's, whose files all download as « jury-…-jure.json ») is not counted twice.
      const same = sheets.findIndex(
        (s) => s.text === text || (juror !== '' && s.data.juror.trim() === juror),
      );
      if (same >= 0) {
        const name = juror || sheets[same]!.name;
        sheets[same] = { name, data: r.data, text };
        said.push(this.t('replaced', { juror: name }));
      } else sheets.push({ name: juror || `#${sheets.length + 1}`, data: r.data, text });
    }
    this.sheets = sheets;
    this.messages = [this.t('read', { count: read }), ...said];
    const ranking = rank(c, this.grids);
    this.dispatchEvent(
      new CustomEvent('qd-jury-merged', {
        detail: {
          jurors: sheets.length,
          ranking: ranking.map((r) => ({
            film: r.film.id,
            rank: r.rank,
            tie: r.tie,
            mean: r.mean,
          })),
        },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private clear(): void {
    this.sheets = [];
    this.messages = [];
  }

  private exportCsv(c: FestivalContent): void {
    saveFile(
      resultsCsv(c, rank(c, this.grids), {
        rank: this.t('rankHead'),
        film: this.t('film'),
        mean: this.t('meanHead'),
        max: this.t('maxHead'),
        jurors: this.t('jurorsHead'),
      }),
      `classement-${c.id}.csv`,
      'text/csv;charset=utf-8',
    );
  }

  protected override renderContent(c: FestivalContent): TemplateResult {
    const ranking = rank(c, this.grids);
    return html`<div class="qd-jury" lang=${c.lang}>
      <h2>${this.t('resultsTitle')} : ${c.title}</h2>
      <label class="qd-field qd-no-print" part="files"
        >${this.t('files')}
        <input
          type="file"
          multiple
          accept="application/json,.json"
          aria-describedby="files-hint"
          @change=${async (e: Event) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            await this.addFiles(files);
          }}
        />
      </label>
      <p class="qd-hint qd-no-print" id="files-hint">${this.t('filesHint')}</p>
      <div role="status" part="read">
        ${
          this.messages.length
            ? html`<ul class="qd-messages">
                ${this.messages.map((m) => html`<li>${m}</li>`)}
              </ul>`
            : nothing
        }
      </div>
      ${
        this.sheets.length === 0
          ? html`<p>${this.t('noFiles')}</p>`
          : html`<p>
                ${this.t('jurorsList', { names: this.sheets.map((s) => s.name).join(', ') })}
              </p>
              ${this.speech.listen(
                'ranking',
                sentences([
                  this.t('tableCaption'),
                  ...ranking.map(
                    (r) =>
                      `${r.rank ?? this.t('unranked')} : ${r.film.title}${r.mean === undefined ? '' : `, ${round2(r.mean)} / ${round2(r.max)}`}`,
                  ),
                ]),
              )}
              <div
                class="qd-table-wrap"
                role="region"
                aria-labelledby="ranking-caption"
                tabindex="0"
              >
                <table part="ranking">
                  <caption id="ranking-caption">
                    ${this.t('tableCaption')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">${this.t('rankHead')}</th>
                      <th scope="col">${this.t('film')}</th>
                      <th scope="col">${this.t('meanHead')}</th>
                      ${c.criteria.map((k) => html`<th scope="col">${k.label}</th>`)}
                      <th scope="col">${this.t('jurorsHead')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${ranking.map(
                      (r) =>
                        html`<tr>
                          <td class="qd-num">
                            ${
                              r.rank === undefined
                                ? this.t('unranked')
                                : html`${r.rank}${r.tie ? html` <span>(${this.t('exAequo')})</span>` : nothing}`
                            }
                          </td>
                          <th scope="row">${r.film.title}</th>
                          <td class="qd-num">
                            ${r.mean === undefined ? '—' : `${round2(r.mean)} / ${round2(r.max)}`}
                          </td>
                          ${r.byCriterion.map(
                            (x) =>
                              html`<td class="qd-num">
                                ${r.mean === undefined ? '—' : round2(x)}
                              </td>`,
                          )}
                          <td class="qd-num">${r.jurors}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
              <div class="qd-toolbar qd-no-print">
                <button
                  type="button"
                  class="qd-button qd-button--primary"
                  @click=${() => this.exportCsv(c)}
                >
                  ${this.t('exportResults')}
                </button>
                <button type="button" class="qd-button" @click=${() => this.clear()}>
                  ${this.t('clearFiles')}
                </button>
              </div>`
      }
    </div>`;
  }
}
