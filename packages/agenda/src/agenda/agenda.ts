import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { baseStyles, nextTask, PrintController, saveFile } from '@quartiers-douai/core';
import { AgendaElement } from '../agenda-element.js';
import { byDay, during, filterOccurrences, type Filters, type Occurrence } from '../occurrences.js';
import { AUDIENCES, THEMES, type AgendaContent, type Audience, type Theme } from '../schema.js';
import { addMonths, mondayOf, monthOf } from '../time.js';
import { formatDay, formatMonth } from '../format.js';
import { eventCard, eventDetail, icsFor, type CardHost } from '../card.js';
import { agendaStyles } from './agenda.styles.js';
import { monthGrid } from './month-grid.js';
import { weekProgramme } from './week-programme.js';
import { cardStyles } from '../card.styles.js';

/** `qd-export`: a `.ics` file was offered for download. */
export interface AgendaExportDetail {
  /** The file name. */
  file: string;
  /** The occurrences in it (`<event id>-<AAAA-MM-JJ>`). */
  occurrences: string[];
}

export type AgendaView = 'list' | 'month';

/**
 * `<qd-agenda>` — the centres' activities in one agenda, fed by one JSON file per centre: a list
 * by day (the default, best with a screen reader or a phone) or a month grid (a real table);
 * filters by centre, audience, theme and « Cette semaine », with the count announced; each
 * occurrence with its details (centre, address, phone, accessibility, transports, in words) and
 * « Ajouter à mon agenda » (a `.ics` file); « Exporter tout » for what is shown; a printable weekly
 * programme (A4) to post at the centre. Recurring workshops keep their Paris time across DST.
 *
 * @summary Agenda inter-quartiers : liste par jour ou grille du mois, filtres, ajout au calendrier, programme imprimable.
 * @attr {string} src - Address of a JSON file, or several separated by spaces (one per centre), merged into one agenda.
 * @attr {string} today - The day counted from (`AAAA-MM-JJ`): « Cette semaine », the first month shown. Today by default.
 * @attr {"list"|"month"} view - `list` (by day, default) or `month` (grid).
 * @attr {string} centre - Show only this centre's activities (its `id`); the resident can change it.
 * @attr {string} audience - Preset audience filter (`enfants`, `jeunes`, `adultes`, `familles`).
 * @attr {string} theme - Preset theme filter.
 * @fires qd-export - A `.ics` file was offered. `detail: { file, occurrences }` (ids and days, nothing personal).
 * @csspart filters - The filter form.
 * @csspart count - The number of activities shown (announced).
 * @csspart list - The list by day.
 * @csspart month - The month grid (table).
 * @csspart event - Each activity.
 * @csspart detail - The details of one activity (opened under it, or under the grid).
 * @csspart empty - The « no activity » message.
 * @csspart print - The weekly programme (shown in print only).
 * @csspart duplicates - The ids found in two files.
 * @cssprop --qd-agenda-cancelled - Colour of the « Annulé » mark (default: the kit's danger colour).
 * @cssprop --qd-color-primary - Buttons, the day headings.
 */
export class QdAgenda extends AgendaElement implements CardHost {
  static override styles = [baseStyles, cardStyles, agendaStyles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    centre: {},
    audience: {},
    theme: {},
    week: { state: true },
    month: { state: true },
    opened: { state: true },
  };

  /** `list` (by day, default) or `month` (grid). */
  view: AgendaView = 'list';
  /** Centre filter (a centre's `id`; empty: all). */
  centre = '';
  /** Audience filter (empty: all). */
  audience: Audience | '' = '';
  /** Theme filter (empty: all). */
  theme: Theme | '' = '';
  /** « Cette semaine »: only the week of `today`. */
  private week = false;
  /** The month shown (`AAAA-MM`). */
  private month = '';
  /** The occurrence whose details are open. */
  opened?: string;
  /** Where the focus goes back when the details close. */
  private openedFrom?: string;

  /** The weekly programme prints on A4 (the page's size: shadow CSS cannot set it). */
  private readonly printer = new PrintController(this, {
    page: '@page { size: A4; margin: 12mm; }',
  });

  /** The first content was shown (see `contentChanged`). */
  private shownOnce = false;

  protected override contentChanged(content: AgendaContent): void {
    super.contentChanged(content);
    this.opened = undefined;
    this.month = this.firstMonth();
    // The first time, the agenda shows a task after its file was checked and its dates expanded
    // (the loading message stays meanwhile): two short tasks, not one long one (gate 7).
    if (!this.shownOnce) {
      this.shownOnce = true;
      this.holdUntil(nextTask());
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('today') && this.hasUpdated && this.data) this.month = this.firstMonth();
  }

  /** The month of the next activity from `today` (the last one when all are past). */
  private firstMonth(): string {
    const today = this.todayKey;
    const next =
      this.occurrences.find((o) => o.date >= today) ??
      this.occurrences[this.occurrences.length - 1];
    return next ? monthOf(next.date) : monthOf(today);
  }

  // --- what is shown --------------------------------------------------------------------------

  private get filters(): Filters {
    return {
      centre: this.centre,
      audience: this.audience,
      theme: this.theme,
      ...(this.week ? { week: this.todayKey } : {}),
    };
  }

  /** A filter is on (else an empty period says so, without « Retirer les filtres »). */
  private get filtered(): boolean {
    return Boolean(this.centre || this.audience || this.theme || this.week);
  }

  /**
   * The occurrences of the period shown (the month, or this week), filtered: with those started
   * before it and still running (listed once, under its first day).
   */
  get shown(): Occurrence[] {
    const all = filterOccurrences(this.occurrences, this.filters);
    return this.week ? all : during(all, `${this.month}-01`, `${addMonths(this.month, 1)}-01`);
  }

  /** The first day of the period shown: Monday of this week, or the 1st of the month. */
  private get firstDay(): string {
    return this.week ? mondayOf(this.todayKey) : `${this.month}-01`;
  }

  private countText(n: number): string {
    const count = this.t('count', { count: n });
    return this.week
      ? this.t('inWeek', { count })
      : this.t('inMonth', { count, month: formatMonth(this.i18n.intl, this.month) });
  }

  /** A resident changed what is shown: the count region says the new count. */
  private changed(): void {
    this.opened = undefined;
  }

  private setFilter(name: 'centre' | 'audience' | 'theme', value: string): void {
    (this as unknown as Record<string, string>)[name] = value;
    this.changed();
  }

  private clearFilters(): void {
    this.centre = '';
    this.audience = '';
    this.theme = '';
    this.week = false;
    this.changed();
    void this.focusAfterRender('#filters-legend');
  }

  private go(months: number): void {
    this.month = addMonths(this.month, months);
    this.changed();
  }

  // --- CardHost ----------------------------------------------------------------------------

  get locale(): string {
    return this.i18n.intl;
  }

  get tt(): (key: string, params?: Record<string, string | number>) => string {
    return this.tr;
  }

  richText(text: string | undefined, easy?: string): unknown {
    return this.rich(text, easy);
  }

  /** Opens the details of an occurrence (focus goes to its title); again: closes them. */
  open(key: string): void {
    if (this.opened === key) {
      this.close();
      return;
    }
    this.openedFrom = key;
    this.opened = key;
    void this.focusAfterRender('#detail-title');
  }

  /** Offers one occurrence, or all those shown, as a `.ics` file. */
  download(occurrences: Occurrence[], base: string): void {
    const { text, file } = icsFor(this, occurrences, base);
    saveFile(text, file, 'text/calendar;charset=utf-8');
    this.announce(this.t('downloaded', { file }));
    this.dispatchEvent(
      new CustomEvent<AgendaExportDetail>('qd-export', {
        detail: { file, occurrences: occurrences.map((o) => o.key) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private close(): void {
    const from = this.openedFrom;
    this.opened = undefined;
    if (from) void this.focusAfterRender(`[data-details="${CSS.escape(from)}"]`);
  }

  /** The Monday of the printed week: this week, or the first week of the month shown. */
  private get printMonday(): string {
    const today = this.todayKey;
    return mondayOf(this.week || monthOf(today) === this.month ? today : `${this.month}-01`);
  }

  // --- render ------------------------------------------------------------------------------

  protected override renderContent(c: AgendaContent): TemplateResult {
    const shown = this.shown;
    const opened = this.opened ? shown.find((o) => o.key === this.opened) : undefined;
    return html`<section class="qd-agenda" lang=${c.lang} aria-labelledby="agenda-title">
      <div class="qd-screen">
        <h2 id="agenda-title" tabindex="-1">${c.title ?? this.t('title')}</h2>
        ${this.listen('intro', `${c.title ?? this.t('title')}. ${this.countText(shown.length)}`)}
        ${this.renderFilters(c)}
        <p class="qd-count" role="status" part="count">${this.countText(shown.length)}</p>
        ${this.week ? nothing : this.renderMonthNav()}
        ${
          shown.length === 0
            ? html`<div class="qd-panel qd-empty" part="empty">
                ${
                  this.filtered
                    ? html`<p>${this.t('empty')}</p>
                        <button type="button" class="qd-button" @click=${this.clearFilters}>
                          ${this.t('clearFilters')}
                        </button>`
                    : html`<p>${this.t('emptyPeriod')}</p>`
                }
              </div>`
            : this.view === 'month' && !this.week
              ? html`${monthGrid(this, this.month, shown, this.todayKey)}${opened ? this.detail(opened) : nothing}`
              : this.renderList(shown, opened)
        }
        <div class="qd-toolbar qd-actions">
          ${
            shown.length > 0
              ? html`<button
                  type="button"
                  class="qd-button"
                  @click=${() =>
                    this.download(
                      shown,
                      this.week
                        ? `agenda-semaine-${mondayOf(this.todayKey)}`
                        : `agenda-${this.month}`,
                    )}
                >
                  ${this.t('exportAll')}
                </button>`
              : nothing
          }
          <button type="button" class="qd-button" @click=${() => void this.printer.print()}>
            ${this.t('printWeek')}
          </button>
        </div>
        ${this.renderDuplicates()}
      </div>
      ${weekProgramme(
        this,
        this.printMonday,
        filterOccurrences(this.occurrences, { ...this.filters, week: this.printMonday }),
        Boolean(this.centre || this.audience || this.theme),
      )}
    </section>`;
  }

  private renderFilters(c: AgendaContent): TemplateResult {
    const t = this.tr;
    const select = (
      name: 'centre' | 'audience' | 'theme',
      all: string,
      options: Array<[string, string]>,
    ) =>
      html`<div class="qd-field">
        <label for=${`f-${name}`}>${t(name)}</label>
        <select
          id=${`f-${name}`}
          @change=${(e: Event) => this.setFilter(name, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this[name] === ''}>${all}</option>
          ${options.map(
            ([v, label]) =>
              html`<option value=${v} ?selected=${this[name] === v}>${label}</option>`,
          )}
        </select>
      </div>`;
    return html`<form class="qd-filters" part="filters" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend id="filters-legend" tabindex="-1">${t('filters')}</legend>
        ${select(
          'centre',
          t('allCentres'),
          c.centres.map((x) => [x.id, x.name]),
        )}
        ${select(
          'audience',
          t('allAudiences'),
          AUDIENCES.filter((a) => a !== 'tous').map((a) => [a, t(`aud-${a}`)]),
        )}
        ${select(
          'theme',
          t('allThemes'),
          THEMES.map((x) => [x, t(`th-${x}`)]),
        )}
        <div class="qd-field qd-field--check">
          <input
            id="f-week"
            type="checkbox"
            .checked=${this.week}
            @change=${(e: Event) => {
              this.week = (e.target as HTMLInputElement).checked;
              this.changed();
            }}
          />
          <label for="f-week">${t('thisWeek')}</label>
        </div>
      </fieldset>
      <fieldset class="qd-views">
        <legend>${t('view')}</legend>
        ${(['list', 'month'] as const).map(
          (v) =>
            html`<div class="qd-field qd-field--check">
              <input
                id=${`v-${v}`}
                type="radio"
                name="view"
                value=${v}
                .checked=${this.view === v}
                @change=${() => {
                  this.view = v;
                  this.opened = undefined;
                }}
              />
              <label for=${`v-${v}`}>${t(v === 'list' ? 'viewList' : 'viewMonth')}</label>
            </div>`,
        )}
      </fieldset>
    </form>`;
  }

  private renderMonthNav(): TemplateResult {
    return html`<div class="qd-monthnav">
      <button type="button" class="qd-button" @click=${() => this.go(-1)}>
        <span aria-hidden="true">‹</span> ${this.t('prevMonth')}
      </button>
      <p class="qd-monthnav__title">${formatMonth(this.locale, this.month)}</p>
      <button type="button" class="qd-button" @click=${() => this.go(1)}>
        ${this.t('nextMonth')} <span aria-hidden="true">›</span>
      </button>
    </div>`;
  }

  private detail(o: Occurrence): TemplateResult {
    return eventDetail(this, o, () => this.close());
  }

  private renderList(shown: Occurrence[], opened: Occurrence | undefined): TemplateResult {
    return html`<div class="qd-list" part="list">
      ${[...byDay(shown, this.firstDay)].map(
        ([day, list]) =>
          html`<section class="qd-day" aria-labelledby=${`day-${day}`}>
            <h3 id=${`day-${day}`} class="qd-day__title">${formatDay(this.locale, day)}</h3>
            <ul class="qd-events">
              ${list.map(
                (o) =>
                  html`<li>
                    ${eventCard(this, o, 4, false, o.date !== day)}
                    ${o === opened ? this.detail(o) : nothing}
                  </li>`,
              )}
            </ul>
          </section>`,
      )}
    </div>`;
  }

  private renderDuplicates(): TemplateResult | typeof nothing {
    if (this.duplicates.length === 0) return nothing;
    return html`<section
      class="qd-panel qd-duplicates qd-no-print"
      part="duplicates"
      aria-labelledby="dup-title"
    >
      <h3 id="dup-title">${this.t('duplicatesTitle')}</h3>
      <ul>
        ${this.duplicates.map((d) => html`<li>${this.duplicateText(d)}</li>`)}
      </ul>
    </section>`;
  }
}
