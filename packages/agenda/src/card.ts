/**
 * One occurrence as a card (in the agenda's list, and `<qd-event-card>`), its details (the
 * agenda's opened section, the card's body) and its `.ics` file: shared by both elements.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { icsExtra, icsName, toIcs } from './ics.js';
import type { Occurrence } from './occurrences.js';
import { eventTags, formatDay, formatTime } from './format.js';
import { utcToParis } from './time.js';

/** What the templates need from the element that shows them. */
export interface CardHost {
  /** Intl locale of the UI (`fr-FR`, `en-GB`, `ar-u-nu-latn`). */
  readonly locale: string;
  /** UI text. */
  readonly tt: (key: string, params?: Record<string, string | number>) => string;
  /** Content rich text (easy-read variant when on). */
  richText(text: string | undefined, easy?: string): unknown;
  /** Opens the details of an occurrence (absent: the details are already shown). */
  open?(key: string): void;
  /** The occurrence whose details are open. */
  readonly opened?: string | undefined;
  /** Offers occurrences as a `.ics` file named after `base`. */
  download(occurrences: Occurrence[], base: string): void;
  /** An « Écouter » button reading `text` (nothing when read-aloud is off). */
  listen(key: string, text: string): unknown;
  /** The words of a content text (its easy-read variant when easy-read is on). */
  plain(text: string | undefined, easy?: string): string;
}

/** "18:00 – 20:00" (Paris time); ending another day: "10:00 – dimanche 4 avril 17:00". */
export function timeRange(h: CardHost, o: Occurrence): string {
  const start = formatTime(h.locale, o.start);
  if (o.end === undefined) return start;
  const endDay = utcToParis(o.end).date;
  const end = formatTime(h.locale, o.end);
  return h.tt('timeRange', {
    start,
    end: endDay === o.date ? end : `${formatDay(h.locale, endDay, 'dayShort')} ${end}`,
  });
}

/**
 * The real dates of an occurrence shown on a later day than its first (started before the week or
 * month shown, still running): "du samedi 3 avril 10:00 au mercredi 7 avril 17:00"; `short`, for
 * the month grid: "du 03/04 au 07/04".
 */
export function fromTo(h: CardHost, o: Occurrence, short = false): string {
  const end = o.end ?? o.start;
  const day = (date: string, utc: number) =>
    short
      ? formatDay(h.locale, date, 'dayNum')
      : `${formatDay(h.locale, date, 'dayShort')} ${formatTime(h.locale, utc)}`;
  return h.tt('fromTo', { from: day(o.date, o.start), to: day(utcToParis(end).date, end) });
}

/** Audience, theme, price, registration: short words. */
const tags = (h: CardHost, o: Occurrence): string[] => eventTags(h.tt, o.event);

const heading = (level: 3 | 4, cls: string, content: unknown, id?: string): TemplateResult => {
  if (id)
    return level === 3
      ? html`<h3 class=${cls} id=${id} tabindex="-1">${content}</h3>`
      : html`<h4 class=${cls} id=${id} tabindex="-1">${content}</h4>`;
  return level === 3
    ? html`<h3 class=${cls}>${content}</h3>`
    : html`<h4 class=${cls}>${content}</h4>`;
};

function title(h: CardHost, o: Occurrence): TemplateResult {
  return html`<span class="qd-event__name">${o.event.title}</span>${
      o.event.cancelled
        ? html` <span class="qd-badge qd-cancelled">${h.tt('cancelled')}</span>`
        : nothing
    }`;
}

function when(h: CardHost, o: Occurrence, withDay: boolean, moved = false): TemplateResult {
  return html`<p class="qd-event__when">
    ${withDay ? html`${formatDay(h.locale, o.date)}, ` : nothing}<time
      datetime=${new Date(o.start).toISOString()}
      >${moved ? fromTo(h, o) : timeRange(h, o)}</time
    >
  </p>`;
}

function addButton(h: CardHost, o: Occurrence): TemplateResult {
  return html`<button
    type="button"
    class="qd-button"
    @click=${() => h.download([o], `${o.event.id}-${o.date}`)}
  >
    ${h.tt('addToCalendar')}<span class="qd-visually-hidden">
      : ${o.event.title}, ${formatDay(h.locale, o.date, 'dayShort')}</span
    >
  </button>`;
}

/** Sentences to be heard: `a. b. c`, without a second full stop after one already there. */
const sentences = (parts: string[]): string =>
  parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i, all) => (i === all.length - 1 || /[.!?…]$/.test(p) ? p : `${p}.`))
    .join(' ');

/** What « Écouter » reads of a card: title, « Annulé », day and time, centre, tags. */
export function spokenCard(h: CardHost, o: Occurrence, moved = false): string {
  return sentences([
    o.event.title,
    o.event.cancelled ? h.tt('cancelled') : '',
    moved ? fromTo(h, o) : `${formatDay(h.locale, o.date)}, ${timeRange(h, o)}`,
    o.centre?.name ?? '',
    ...tags(h, o),
  ]);
}

/**
 * What « Écouter » reads of an occurrence's details: its description (easy-read when on), how to
 * register, and the centre: address, hours, phone, access, transports.
 */
export function spokenDetail(h: CardHost, o: Occurrence): string {
  const c = o.centre;
  const t = h.tt;
  return sentences([
    h.plain(o.event.description, o.event.easy),
    o.event.registration?.contact ?? '',
    ...(c
      ? [
          `${t('where')} : ${c.name}, ${c.address}`,
          c.hours ? `${t('hours')} : ${c.hours}` : '',
          c.phone ? t('call', { phone: c.phone }) : '',
          c.accessibility?.length ? `${t('access')} : ${c.accessibility.join(', ')}` : '',
          c.transports?.length ? `${t('transports')} : ${c.transports.join(', ')}` : '',
        ]
      : []),
  ]);
}

/**
 * An occurrence in a list: time, title, centre, tags, « Détails », « Ajouter à mon agenda ».
 * `moved`: listed under a later day than its first (it started before): its dates in words.
 */
export function eventCard(
  h: CardHost,
  o: Occurrence,
  level: 3 | 4,
  withDay = false,
  moved = false,
): TemplateResult {
  const e = o.event;
  return html`<article class=${`qd-event${e.cancelled ? ' qd-event--cancelled' : ''}`} part="event">
    ${heading(level, 'qd-event__title', title(h, o))} ${when(h, o, withDay, moved)}
    ${o.centre ? html`<p class="qd-event__where">${o.centre.name}</p>` : nothing}
    <p class="qd-event__tags">${tags(h, o).join(' · ')}</p>
    <div class="qd-toolbar qd-no-print">
      ${h.listen(`card-${o.key}`, spokenCard(h, o, moved))}
      ${
        h.open
          ? html`<button
              type="button"
              class="qd-button"
              aria-expanded=${h.opened === o.key ? 'true' : 'false'}
              data-details=${o.key}
              @click=${() => h.open?.(o.key)}
            >
              ${h.tt('details')}<span class="qd-visually-hidden">
                : ${e.title}, ${formatDay(h.locale, o.date, 'dayShort')}</span
              >
            </button>`
          : nothing
      }
      ${addButton(h, o)}
    </div>
  </article>`;
}

/** Description, registration, and the centre: address, phone, e-mail, access, transports. */
export function detailBody(
  h: CardHost,
  o: Occurrence,
  level: 3 | 4,
  withTags = true,
): TemplateResult {
  const e = o.event;
  const c = o.centre;
  const t = h.tt;
  const list = (items: string[] | undefined, label: string) =>
    items && items.length > 0
      ? html`${heading(level, 'qd-detail__heading', label)}
          <ul>
            ${items.map((x) => html`<li>${x}</li>`)}
          </ul>`
      : nothing;
  return html`${
    e.image
      ? html`<img
          class="qd-detail__image"
          src=${e.image.src}
          alt=${e.image.alt}
          width=${ifDefined(e.image.width)}
          height=${ifDefined(e.image.height)}
        />`
      : nothing
  }
  ${e.description || e.easy ? html`<div class="qd-detail__text">${h.richText(e.description, e.easy)}</div>` : nothing}
  ${withTags ? html`<p class="qd-event__tags">${tags(h, o).join(' · ')}</p>` : nothing}
  ${e.registration?.contact ? html`<p>${e.registration.contact}</p>` : nothing}
  ${
    c
      ? html`${heading(level, 'qd-detail__heading', t('where'))}
          <p><strong>${c.name}</strong><br />${c.address}</p>
          ${c.hours ? html`<p>${t('hours')} : ${c.hours}</p>` : nothing}
          <ul class="qd-contact">
            ${
              c.phone
                ? html`<li>
                    <a href=${`tel:${c.phone.replace(/[^\d+]/g, '')}`}
                      >${t('call', { phone: c.phone })}</a
                    >
                  </li>`
                : nothing
            }
            ${
              c.email
                ? html`<li>
                    <a href=${`mailto:${c.email.trim()}`}
                      >${t('write', { email: c.email.trim() })}</a
                    >
                  </li>`
                : nothing
            }
            ${
              c.url
                ? html`<li>
                    <a href=${c.url} target="_blank" rel="noopener noreferrer"
                      >${t('website')}<span class="qd-visually-hidden"> ${t('newTab')}</span></a
                    >
                  </li>`
                : nothing
            }
          </ul>
          ${list(c.accessibility, t('access'))} ${list(c.transports, t('transports'))}`
      : nothing
  }`;
}

/**
 * The agenda's details of one occurrence: a section opened under its card (list) or under the
 * grid (month), the focus on its title; « Fermer » or Escape closes it and the focus goes back.
 * Not a modal dialog: nothing traps the keyboard, and the page stays readable around it.
 */
export function eventDetail(h: CardHost, o: Occurrence, onClose: () => void): TemplateResult {
  return html`<section
    class="qd-detail"
    part="detail"
    id="detail"
    aria-labelledby="detail-title"
    @keydown=${(ev: KeyboardEvent) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        onClose();
      }
    }}
  >
    ${heading(3, 'qd-event__title', title(h, o), 'detail-title')} ${when(h, o, true)}
    ${h.listen(`detail-${o.key}`, spokenDetail(h, o))} ${detailBody(h, o, 4)}
    <div class="qd-toolbar qd-no-print">
      ${addButton(h, o)}
      <button type="button" class="qd-button qd-button--primary" @click=${onClose}>
        ${h.tt('close')}
      </button>
    </div>
  </section>`;
}

/** The `.ics` text and file name of occurrences, with the registration in the description. */
export function icsFor(
  h: CardHost,
  occurrences: Occurrence[],
  base: string,
): { text: string; file: string } {
  const text = toIcs(occurrences, { extra: icsExtra(h.tt) });
  return { text, file: icsName(base) };
}
