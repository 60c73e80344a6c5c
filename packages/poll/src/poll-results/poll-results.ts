import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  QdContentElement,
  baseStyles,
  loadStoreCode,
  richTextToPlain,
  type ContentSpec,
} from '@quartiers-douai/core';
import {
  POLL_CONTENT_VERSION,
  resultsContentSchema,
  type PollChoice,
  type PollQuestion,
  type ResultsContent,
} from '../schema.js';
import { resultsMessages, type ResultsKey } from './messages.js';
import { formatDay, localDay } from '../dates.js';
import { boxStore, hasVoted } from '../poll/device.js';
import { tally, type QuestionTally } from '../results/tally.js';
import { hiddenBecause } from '../results/visibility.js';
import { resultsStyles } from './poll-results.styles.js';

/**
 * The results of a poll: bar charts made of text (counts and percentages, each with a table
 * alternative), rankings by Borda count, the mean and distribution of scales, and the free-text
 * answers as a list. Follows the poll's `results` rule (`after-vote`, `after-close`, `never`).
 *
 * @summary Résultats accessibles d'un sondage : barres, tableaux, classement (Borda), moyenne, réponses libres.
 *
 * @fires qd-content-ready - Lifecycle (does not bubble): valid content is shown.
 * @fires qd-content-error - Lifecycle (does not bubble): content could not be loaded or is invalid.
 *
 * @slot - An inline `<script type="application/json">` with the results file (not displayed).
 *
 * @csspart base - The root wrapper (carries `dir` and `lang`).
 * @csspart results - The results section.
 * @csspart question - The results of one question.
 * @csspart bar - Each bar.
 * @csspart table - Each table alternative.
 * @csspart error - The error panel (invalid file, failed loading).
 *
 * @cssprop --qd-poll-bar-color - Colour of the bars (default: --qd-color-primary).
 * @cssprop --qd-color-primary - Bars and links.
 * @cssprop --qd-color-surface - Background of the bars' track.
 * @cssprop --qd-font-size - Base text size.
 *
 * @attr {boolean} local - Counts the ballots kept on this device by a kiosk `<qd-poll keep-ballots>` instead of the file's.
 * @attr today - The day used for the `results` rule, `AAAA-MM-JJ`; default: today.
 */
export class QdPollResults extends QdContentElement<ResultsContent, ResultsKey> {
  static override properties: PropertyDeclarations = {
    local: { type: Boolean },
    today: {},
    voted: { attribute: false },
    staffView: { attribute: false },
  };

  static override styles = [baseStyles, resultsStyles];
  static override messages = [resultsMessages];

  /** Counts the ballots kept on this device by a kiosk `<qd-poll keep-ballots>` instead of the file's. */
  local = false;

  /** The day used for the `results` rule, `AAAA-MM-JJ`; default: today. */
  today?: string;

  /** This device has just voted (set by `<qd-poll>` on its thank-you screen, for `after-vote`). */
  voted = false;

  /** Shows the results whatever the `results` rule says (the kiosk staff panel). */
  staffView = false;

  protected override get contentSpec(): ContentSpec<ResultsContent> {
    return {
      schema: resultsContentSchema,
      version: POLL_CONTENT_VERSION,
      packageName: '@quartiers-douai/poll',
      texts: () => import('../texts.lazy.js'),
    };
  }

  /**
   * Whether this device voted and a kiosk's ballot box are read with the storage code, fetched
   * on first need (ADR 0015): the results wait for it.
   */
  protected override contentChanged(r: ResultsContent): void {
    if (this.local || r.poll.results === 'after-vote')
      this.holdUntil(
        loadStoreCode().then((here) => {
          if (!here) this.announce(this.t('storageFailed'), 'error');
        }),
      );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('local') && this.hasUpdated && this.data) this.contentChanged(this.data);
  }

  override get contentLang(): string {
    return this.data?.poll.lang ?? 'fr';
  }

  private percent(share: number): string {
    return new Intl.NumberFormat(this.i18n.intl, {
      style: 'percent',
      maximumFractionDigits: 0,
    }).format(share);
  }

  private decimal(n: number): string {
    return new Intl.NumberFormat(this.i18n.intl, { maximumFractionDigits: 1 }).format(n);
  }

  protected override renderContent(r: ResultsContent): TemplateResult {
    const poll = r.poll;
    const day = this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localDay();
    const voted = this.voted || hasVoted(poll.id);
    const hidden = hiddenBecause(poll, day, voted, this.staffView);
    // (without the storage code, announced: no ballot rather than the file's)
    const local = this.local ? (boxStore(poll.id)?.load() ?? { status: 'empty' }) : undefined;
    const ballots = local ? (local.status === 'ok' ? local.data.ballots : []) : r.ballots;
    const t = tally(poll, ballots);
    return html`<section
      class="qd-results"
      part="results"
      lang=${poll.lang}
      aria-labelledby="results-heading"
    >
      <h2 id="results-heading">${this.t('resultsTitle')} : ${this.inline(poll.title)}</h2>
      ${
        hidden
          ? html`<p>
              ${this.t(
                hidden === 'never'
                  ? 'hiddenNever'
                  : hidden === 'until-vote'
                    ? 'hiddenUntilVote'
                    : 'hiddenUntilClose',
                {
                  date: poll.closesAt ? formatDay(poll.closesAt, this.i18n.intl) : '',
                },
              )}
            </p>`
          : html`<p class="qd-results__total">
                ${this.t('participants', { count: t.participants })}${r.updated ? html` · ${this.t('updated', { date: formatDay(r.updated, this.i18n.intl) })}` : nothing}
              </p>
              ${poll.questions.map((q) => this.renderQuestion(q, t.questions[q.id]!))}`
      }
    </section>`;
  }

  private choiceText(q: PollQuestion, id: string): PollChoice | undefined {
    return q.choices?.find((c) => c.id === id);
  }

  private renderQuestion(q: PollQuestion, t: QuestionTally): TemplateResult {
    return html`<section class="qd-results__question" part="question" aria-labelledby="r-${q.id}">
      <h3 id="r-${q.id}">${this.inline(q.prompt, q.easy)}</h3>
      <p class="qd-results__meta">
        ${this.t('respondents', { count: t.respondents })}${t.type === 'multiple' ? html` · ${this.t('multipleNote')}` : nothing}
      </p>
      ${t.respondents === 0 ? nothing : this.renderTally(q, t)}
    </section>`;
  }

  /** One bar: its label, the bar (hidden from screen readers) and its value as text. */
  private bar(label: unknown, share: number, value: unknown): TemplateResult {
    return html`<li>
      <span class="qd-bars__label">${label}</span>
      <span class="qd-bar" part="bar" aria-hidden="true"
        ><span class="qd-bar__fill" data-w="${Math.round(share * 1000) / 10}%"></span
      ></span>
      <span class="qd-bars__value">${value}</span>
    </li>`;
  }

  /**
   * Each bar's length goes to its `--w` through the CSS object model (allowed by a strict
   * Content-Security-Policy, unlike a `style` attribute), as Lit's `styleMap` would.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const fill of this.renderRoot.querySelectorAll<HTMLElement>('[data-w]'))
      fill.style.setProperty('--w', fill.dataset.w!);
  }

  private table(q: PollQuestion, head: string[], rows: Array<Array<unknown>>): TemplateResult {
    return html`<details class="qd-results__table">
      <summary>${this.t('showTable')}</summary>
      <table part="table">
        <caption>
          ${richTextToPlain(this.easyRead.pick(q.prompt, q.easy))}
        </caption>
        <thead>
          <tr>
            ${head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                ${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  private renderTally(q: PollQuestion, t: QuestionTally): TemplateResult {
    const label = (id: string) => {
      const ch = this.choiceText(q, id);
      return ch ? this.inline(ch.text, ch.easy) : id;
    };
    switch (t.type) {
      case 'single':
      case 'multiple':
        return html`<ul class="qd-bars">
            ${t.rows.map((row) =>
              this.bar(
                label(row.id),
                row.share,
                `${this.t('votes', { count: row.count })} · ${this.percent(row.share)}`,
              ),
            )}
          </ul>
          ${this.table(
            q,
            [this.t('colChoice'), this.t('colVotes'), this.t('colPercent')],
            t.rows.map((row) => [label(row.id), row.count, this.percent(row.share)]),
          )}`;
      case 'ranking':
        return html`<p class="qd-poll__hint">
            ${this.t('bordaNote', { count: t.size, max: t.size - 1 })}
          </p>
          <ol class="qd-bars">
            ${t.rows.map((row) =>
              this.bar(
                label(row.id),
                row.share,
                this.t('points', { count: row.points }) +
                  (row.meanRank === undefined
                    ? ''
                    : ` · ${this.t('meanRank', { rank: this.decimal(row.meanRank) })}`),
              ),
            )}
          </ol>
          ${this.table(
            q,
            [this.t('colChoice'), this.t('colRank'), this.t('colPoints'), this.t('colMeanRank')],
            t.rows.map((row, i) => [
              label(row.id),
              i + 1,
              row.points,
              row.meanRank === undefined ? '—' : this.decimal(row.meanRank),
            ]),
          )}`;
      case 'scale': {
        const s = q.scale!;
        const valueLabel = (v: number) =>
          v === s.min && s.minLabel
            ? `${v} (${s.minLabel})`
            : v === s.max && s.maxLabel
              ? `${v} (${s.maxLabel})`
              : String(v);
        return html`<p class="qd-results__mean">
            <strong
              >${this.t('mean', { mean: this.decimal(t.mean ?? 0), min: s.min, max: s.max })}</strong
            >
          </p>
          <ul class="qd-bars">
            ${t.rows.map((row) =>
              this.bar(
                valueLabel(row.value),
                row.share,
                `${this.t('answersCount', { count: row.count })} · ${this.percent(row.share)}`,
              ),
            )}
          </ul>
          ${this.table(
            q,
            [this.t('colValue'), this.t('colAnswers'), this.t('colPercent')],
            t.rows.map((row) => [valueLabel(row.value), row.count, this.percent(row.share)]),
          )}`;
      }
      case 'text':
        return html`<ul class="qd-results__texts">
          ${t.texts.map((text) => html`<li>${text}</li>`)}
        </ul>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-poll-results': QdPollResults;
  }
}
