/**
 * The staff area of a kiosk vote: the count, its CSV/JSON downloads, emptying the box. Loaded on
 * demand (docs/decisions/0012, as the poll's staff panel) when someone opens "Espace de
 * l'équipe": the audience never downloads it. No runtime import of lit, zod or core's index (they
 * would be copied a second time): the element hands in `html`; only core's dependency-free
 * `save-file` and `csv` are imported.
 */
import type { TemplateResult, html as litHtml } from 'lit';
import { saveFile } from '@quartiers-douai/core/save-file';
import { csvFile } from '@quartiers-douai/core/csv';
import type { FestivalContent } from '../schema.js';
import type { Tally } from './guard.js';

type T = (key: string, params?: Record<string, string | number>) => string;

export interface Row {
  id: string;
  title: string;
  votes: number;
}

/** The films with their votes, most votes first. */
export const rowsOf = (c: FestivalContent, t: Tally): Row[] =>
  c.films
    .map((f) => ({ id: f.id, title: f.title, votes: t.votes[f.id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes);

/** Offers the count as a CSV or JSON file. */
export function download(c: FestivalContent, rows: Row[], t: T, format: 'csv' | 'json'): void {
  if (format === 'csv')
    saveFile(
      csvFile([[t('film'), t('votes')], ...rows.map((r) => [r.title, r.votes])]),
      `vote-public-${c.id}.csv`,
      'text/csv;charset=utf-8',
    );
  else
    saveFile(
      JSON.stringify(
        {
          festival: c.id,
          title: c.title,
          total: rows.reduce((n, r) => n + r.votes, 0),
          votes: rows.map((r) => ({ film: r.id, title: r.title, votes: r.votes })),
        },
        null,
        2,
      ),
      `vote-public-${c.id}.json`,
      'application/json',
    );
}

export interface StaffHandlers {
  download(format: 'csv' | 'json'): void;
  empty(): void;
  close(): void;
}

export function staffPanel(
  html: typeof litHtml,
  t: T,
  rows: Row[],
  confirming: boolean,
  h: StaffHandlers,
): TemplateResult {
  const total = rows.reduce((n, r) => n + r.votes, 0);
  return html`<section part="staff" aria-labelledby="staff-title">
    <h3 id="staff-title" tabindex="-1">${t('tally')}</h3>
    <table>
      <caption>
        ${t('total', { count: total })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('film')}</th>
          <th scope="col">${t('votes')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.title}</th>
              <td class="qd-num">${r.votes}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <div class="qd-toolbar qd-no-print">
      <button type="button" class="qd-button qd-button--primary" @click=${() => h.download('csv')}>
        ${t('exportCsv')}
      </button>
      <button type="button" class="qd-button" @click=${() => h.download('json')}>
        ${t('exportJson')}
      </button>
      <button type="button" class="qd-button" @click=${h.empty}>
        ${t(confirming ? 'emptyConfirm' : 'empty')}
      </button>
      <button type="button" class="qd-button" @click=${h.close}>${t('close')}</button>
    </div>
  </section>`;
}
