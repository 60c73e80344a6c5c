/**
 * « Mes progrès »: the person's history of this self-check, a *part* of the CDN bundle
 * (docs/decisions/0016, 0023) that the results screen fetches only where the page lets the
 * self-check keep something on the device (`storage="local"`, never on a centre tablet nor in
 * advisor mode). Nothing is kept until the person ticks the question (off by default); then each
 * later attempt is added, and the view compares the last attempts per area — a table first, a
 * simple chart second (the same levels, drawn) — printed with the sheet. Through the
 * self-check's storage controller: versioned, checked again on load (damaged data is set aside
 * and said), downloadable, and erased in one click (unticking, or « Effacer mes données »).
 *
 * `<qd-autodiag-history>` renders in the self-check's shadow root, inside the results sheet.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  adoptStylesInto,
  defineElement,
  intlLocale,
  renderInlineText,
  type Catalog,
  type CoreKey,
  type DeviceStoreBase,
  type Locale,
  type Params,
  type StorageController,
} from '@quartiers-douai/core';
import type { AreaResult } from '../levels.js';
import type { AutodiagKey, HistoryKey } from '../messages.js';
import type { AutodiagContent } from '../schema.js';
import {
  HISTORY_TYPE,
  HISTORY_VERSION,
  attemptOf,
  historySchema,
  localDay,
  progressOf,
  withAttempt,
  type History,
} from './history.js';
import { historyStyles } from './history.styles.js';

/** The French texts of « Mes progrès »: they join the self-check's catalog when this part comes. */
export const historyFr: Catalog<HistoryKey> = {
  historyTitle: 'Mes progrès',
  historyConsent:
    'Garder mes résultats sur cet appareil, pour voir mes progrès quand je referai ce diagnostic',
  historyConsentHint:
    'Seulement les niveaux et la date, jamais vos réponses. Rien ne quitte cet appareil. Vous pouvez tout effacer quand vous voulez.',
  historyKept: 'Vos résultats sont gardés sur cet appareil.',
  historyErased: 'Vos résultats gardés ont été effacés de cet appareil.',
  historyFirst:
    'Premier résultat gardé. Refaites le diagnostic plus tard pour voir vos progrès ici.',
  historyCaption: 'Mon niveau dans chaque domaine, les dernières fois',
  historyTrend: 'Évolution',
  trendUp: 'En progrès',
  trendSame: 'Même niveau',
  trendDown: 'Un peu moins que la dernière fois',
  trendFirst: '—',
  historyChart:
    'Le même tableau en image : une barre par fois, plus elle est longue, plus le niveau est haut.',
  historyToday: "aujourd'hui",
};

/** @internal Rendered by `<qd-autodiag-results>` only. */
export class QdAutodiagHistory extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    results: { attribute: false },
    device: { attribute: false },
    locale: { attribute: false },
    t: { attribute: false },
    pick: { attribute: false },
    history: { state: true },
    ready: { state: true },
    said: { state: true },
  };

  content!: AutodiagContent;
  /** This attempt's level in each area. */
  results: AreaResult[] = [];
  /** The self-check's storage controller (`this.device`). */
  device!: StorageController;
  locale: Locale = 'fr';
  t: (key: AutodiagKey | CoreKey, params?: Params) => string = (key) => key;
  pick: (text: string | undefined, easy?: string) => string | undefined = (text) => text;

  /** What this device keeps (`undefined`: nothing — the person has not agreed). */
  private history?: History;
  private ready = false;
  /** The polite status of this view (kept, erased). */
  private said = '';
  private store?: DeviceStoreBase<History>;
  private readonly today = localDay();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStylesInto(this.getRootNode(), historyStyles);
    void this.open();
  }

  /** Opens the history; agreed before: this attempt joins it. */
  private async open(): Promise<void> {
    const store = await this.device.open({
      type: HISTORY_TYPE,
      id: this.content.id,
      version: HISTORY_VERSION,
      schema: historySchema,
    });
    this.store = store;
    const kept = store && this.device.load(store);
    if (store && kept) this.keep(withAttempt(kept, attemptOf(this.results, this.today)));
    this.ready = true;
  }

  private keep(h: History): boolean {
    if (!this.store || !this.device.save(this.store, h).ok) return false;
    this.history = h;
    return true;
  }

  /** The question ticked (this attempt is the first kept) or unticked (everything erased). */
  private agree(on: boolean): void {
    if (!on) return this.erase();
    if (this.keep(withAttempt(undefined, attemptOf(this.results, this.today))))
      this.said = this.t('historyKept');
  }

  private erase(): void {
    this.store?.clear();
    this.history = undefined;
    this.said = this.t('historyErased');
  }

  private inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.pick(text, easy), { newTabLabel: this.t('newTab') });
  }

  private day(on: string): string {
    return on === this.today
      ? this.t('historyToday')
      : new Date(`${on}T12:00:00`).toLocaleDateString(intlLocale(this.locale), {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        });
  }

  protected override render(): unknown {
    if (!this.ready || !this.store) return nothing;
    const h = this.history;
    return html`<section class="qd-history" aria-labelledby="history-heading">
      <h4 id="history-heading">${this.t('historyTitle')}</h4>
      <p class="qd-field qd-no-print">
        <label class="qd-check">
          <input
            type="checkbox"
            id="history-consent"
            aria-describedby="history-hint"
            .checked=${!!h}
            @change=${(e: Event) => this.agree((e.target as HTMLInputElement).checked)}
          />
          <span>${this.t('historyConsent')}</span>
        </label>
        <span id="history-hint" class="qd-hint">${this.t('historyConsentHint')}</span>
      </p>
      <p role="status" class="qd-no-print">${this.said}</p>
      ${h ? this.renderProgress(h) : nothing}
      ${
        h
          ? html`<div class="qd-no-print">
              ${this.device.tools({
                onExport: () => this.store?.download(h, `${this.content.id}-progres.json`),
                onImport: (text) =>
                  this.device.importInto(this.store, text, (d) => {
                    this.history = d;
                    return true;
                  }),
                onErase: () => this.erase(),
              })}
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderProgress(h: History): TemplateResult {
    const c = this.content;
    if (h.attempts.length < 2) return html`<p>${this.t('historyFirst')}</p>`;
    const shown = h.attempts.slice(-3);
    const progress = progressOf(c, h);
    const trend = {
      up: 'trendUp',
      same: 'trendSame',
      down: 'trendDown',
      first: 'trendFirst',
    } as const;
    return html`<table class="qd-table qd-history__table">
        <caption>
          ${this.t('historyCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('colArea')}</th>
            ${shown.map((a) => html`<th scope="col">${this.day(a.on)}</th>`)}
            <th scope="col">${this.t('historyTrend')}</th>
          </tr>
        </thead>
        <tbody>
          ${c.areas.map((area, i) => {
            const p = progress[i]!;
            const levels = area.levels ?? c.levels;
            return html`<tr>
              <th scope="row">${this.inline(area.label, area.easy)}</th>
              ${p.ranks.map((r) => {
                const l = levels[r];
                return html`<td>${l ? this.inline(l.label, l.easy) : this.t('notEvaluated')}</td>`;
              })}
              <td><strong>${this.t(trend[p.trend])}</strong></td>
            </tr>`;
          })}
        </tbody>
      </table>
      <figure class="qd-history__chart">
        <figcaption>${this.t('historyChart')}</figcaption>
        <div aria-hidden="true">
          ${c.areas.map((area, i) => {
            const p = progress[i]!;
            const n = (area.levels ?? c.levels).length;
            return html`<p class="qd-history__area">${this.inline(area.label, area.easy)}</p>
              ${p.ranks.map(
                (r, k) =>
                  html`<p class="qd-history__row">
                    <span class="qd-history__day">${this.day(shown[k]!.on)}</span>
                    <span class="qd-history__bar"
                      ><span style=${`inline-size:${Math.round(((r + 1) / n) * 100)}%`}></span
                    ></span>
                  </p>`,
              )}`;
          })}
        </div>
      </figure>`;
  }
}

defineElement('qd-autodiag-history', QdAutodiagHistory);

declare global {
  interface HTMLElementTagNameMap {
    'qd-autodiag-history': QdAutodiagHistory;
  }
}
