/**
 * The weekly programme of `<qd-agenda>`, shown only in print (A4, to post at the centre): the
 * week's activities day by day, those cancelled said so, and the centres' addresses.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fromTo, type CardHost } from '../card.js';
import { formatDay, formatTime } from '../format.js';
import { byDay, type Occurrence } from '../occurrences.js';
import { addDays } from '../time.js';

/**
 * The programme of the week from `monday` (`AAAA-MM-JJ`): `week`, its occurrences (filtered);
 * `filtered`, a centre, audience or theme filter is on (an empty week says so).
 */
export function weekProgramme(
  h: CardHost,
  monday: string,
  week: Occurrence[],
  filtered: boolean,
): TemplateResult {
  const sunday = addDays(monday, 6);
  const locale = h.locale;
  const centres = new Map(week.flatMap((o) => (o.centre ? [[o.centre.id, o.centre]] : [])));
  return html`<section class="qd-print" part="print">
    <h2>
      ${h.tt('weekOf', {
        from: formatDay(locale, monday, 'dayShort'),
        to: formatDay(locale, sunday),
      })}
    </h2>
    ${
      week.length === 0
        ? html`<p>${h.tt(filtered ? 'empty' : 'emptyPeriod')}</p>`
        : [...byDay(week, monday)].map(
            ([day, list]) =>
              html`<h3>${formatDay(locale, day, 'dayShort')}</h3>
                <ul>
                  ${list.map(
                    (o) =>
                      html`<li>
                        <strong
                          >${o.date < monday ? fromTo(h, o) : formatTime(locale, o.start)}</strong
                        >
                        ${o.event.title} ${o.centre ? html`— ${o.centre.name}` : nothing}
                        ${
                          o.event.cancelled
                            ? html`<strong class="qd-cancelled">(${h.tt('cancelled')})</strong>`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>`,
          )
    }
    <ul class="qd-print__centres">
      ${[...centres.values()].map(
        (c) =>
          html`<li>
            <strong>${c.name}</strong> — ${c.address}${c.phone ? html` — ${c.phone}` : nothing}
          </li>`,
      )}
    </ul>
  </section>`;
}
