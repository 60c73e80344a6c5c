/**
 * The month grid of `<qd-agenda>`: a real table, a week a row, each day with its activities as
 * buttons that open their details (under the grid), today marked (`aria-current="date"`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fromTo, type CardHost } from '../card.js';
import { formatDay, formatMonth, formatTime } from '../format.js';
import { byDay, type Occurrence } from '../occurrences.js';
import { addDays, daysInMonth, mondayOf, monthOf } from '../time.js';

/** The grid of `month` (`AAAA-MM`) with the occurrences `shown`; `today` is `AAAA-MM-JJ`. */
export function monthGrid(
  h: CardHost,
  month: string,
  shown: Occurrence[],
  today: string,
): TemplateResult {
  const first = `${month}-01`;
  const days = byDay(shown, first);
  const start = mondayOf(first);
  const last = addDays(first, daysInMonth(month) - 1);
  const weeks: string[][] = [];
  for (let d = start; d <= last; d = addDays(d, 7))
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(d, i)));
  const locale = h.locale;
  return html`<table class="qd-month" part="month">
    <caption>
      ${formatMonth(locale, month)}
    </caption>
    <thead>
      <tr>
        ${weeks[0]!.map(
          (d) =>
            html`<th scope="col">
              <abbr title=${formatDay(locale, d, 'weekday')}
                >${formatDay(locale, d, 'weekdayShort')}</abbr
              >
            </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${weeks.map(
        (week) =>
          html`<tr>
            ${week.map((d) => {
              if (monthOf(d) !== month) return html`<td class="qd-month__out"></td>`;
              const list = days.get(d) ?? [];
              const isToday = d === today;
              return html`<td
                class=${isToday ? 'qd-month__today' : ''}
                aria-current=${isToday ? 'date' : 'false'}
              >
                <span class="qd-month__day">${Number(d.slice(8))}</span>
                ${
                  list.length > 0
                    ? html`<ul>
                        ${list.map(
                          (o) =>
                            html`<li>
                              <button
                                type="button"
                                class=${`qd-chip${o.event.cancelled ? ' qd-chip--cancelled' : ''}`}
                                data-details=${o.key}
                                aria-expanded=${h.opened === o.key ? 'true' : 'false'}
                                @click=${() => h.open?.(o.key)}
                              >
                                <span class="qd-chip__time"
                                  >${o.date === d ? formatTime(locale, o.start) : fromTo(h, o, true)}</span
                                >
                                <span class="qd-chip__title">
                                  ${o.event.title}${
                                    o.event.cancelled ? html` (${h.tt('cancelled')})` : nothing
                                  }${
                                    o.date === d
                                      ? html`<span class="qd-visually-hidden"
                                          >, ${formatDay(locale, d, 'dayShort')}</span
                                        >`
                                      : nothing
                                  }
                                </span>
                              </button>
                            </li>`,
                        )}
                      </ul>`
                    : nothing
                }
              </td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
