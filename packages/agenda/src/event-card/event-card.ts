import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { baseStyles, saveFile } from '@quartiers-douai/core';
import { AgendaElement } from '../agenda-element.js';
import { detailBody, eventCard, icsFor, spokenDetail, type CardHost } from '../card.js';
import { cardStyles } from '../card.styles.js';
import { notOver, type Occurrence } from '../occurrences.js';
import type { AgendaContent } from '../schema.js';
import type { AgendaExportDetail } from '../agenda/agenda.js';
import { parisToUtc } from '../time.js';

/**
 * `<qd-event-card>` — one activity of the agenda, embedded in a page (a news item, the centre's
 * page): its next date from `today` (or its last one, once past), time, centre, address, phone,
 * accessibility and transports, and « Ajouter à mon agenda »; an activity over several days,
 * started before `today` and not over yet (Paris), « En cours » with its dates in words. Same
 * content as `<qd-agenda>` (one file, or several separated by spaces in `src`).
 *
 * @summary Une activité de l'agenda dans une page : prochaine date, lieu, accès, ajout au calendrier.
 * @attr {string} event - The `id` of the activity to show.
 * @attr {string} today - The day counted from (`AAAA-MM-JJ`). Today by default.
 * @fires qd-export - A `.ics` file was offered. `detail: { file, occurrences }`.
 * @csspart event - The card.
 * @cssprop --qd-agenda-cancelled - Colour of the « Annulé » mark.
 */
export class QdEventCard extends AgendaElement implements CardHost {
  static override styles = [
    baseStyles,
    cardStyles,
    css`
      .qd-card {
        padding: var(--_space);
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    event: {},
  };

  /** The `id` of the activity to show. */
  declare event?: string;

  get locale(): string {
    return this.i18n.intl;
  }

  get tt(): (key: string, params?: Record<string, string | number>) => string {
    return this.tr;
  }

  richText(text: string | undefined, easy?: string): unknown {
    return this.rich(text, easy);
  }

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

  /** `today` 00:00 (Paris), in UTC ms: what ends by then is past. */
  private get from(): number {
    return parisToUtc(this.todayKey, 0);
  }

  /**
   * The occurrence shown: the first one not over on `today` (running since an earlier day, or
   * starting `today` or later; the same rule as `during()`), else the last one.
   */
  get occurrence(): Occurrence | undefined {
    const mine = this.occurrences.filter((o) => o.event.id === this.event);
    const from = this.from;
    return mine.find((o) => notOver(o, from)) ?? mine[mine.length - 1];
  }

  protected override renderContent(c: AgendaContent): TemplateResult {
    const o = this.occurrence;
    if (!o)
      return html`<div class="qd-panel qd-card" part="event">
        <p>${this.t('eventMissing')}</p>
      </div>`;
    const past = !notOver(o, this.from);
    const running = !past && o.date < this.todayKey;
    return html`<div class="qd-card" lang=${c.lang}>
      ${eventCard(this, o, 3, !running, running)}
      ${past || running ? html`<p>${this.t(past ? 'noNext' : 'running')}</p>` : ''}
      ${this.listen(`detail-${o.key}`, spokenDetail(this, o))} ${detailBody(this, o, 4, false)}
    </div>`;
  }
}
