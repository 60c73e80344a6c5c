/**
 * iCalendar (RFC 5545), the one home of the agenda's `.ics` writing: CRLF line ends, lines folded
 * at 75 octets without splitting a character, TEXT escaped (no control character left), times in
 * Paris time with the Europe/Paris VTIMEZONE (and its DST rules).
 * - `toIcs`: a file of occurrences, one VEVENT each (« Ajouter à mon agenda », « Exporter tout »);
 * - `toIcsFeed`: a feed phones subscribe to (`qd-agenda-ics`), one VEVENT per event, a recurring
 *   one with its RRULE and EXDATE, so a calendar app shows what the element shows.
 */
import { eventTags } from './format.js';
import type { Occurrence } from './occurrences.js';
import { expand, isRuleError, parseRule, WEEKDAYS, type Rule } from './recurrence.js';
import type { AgendaContent } from './schema.js';
import { addDays, dayNumber, parisToUtc, parseDateTime, TZ, utcToParis } from './time.js';

/** The domain part of every UID: the same occurrence always has the same UID. */
export const UID_DOMAIN = 'agenda.quartiers-douai.fr';

/**
 * TEXT value escaping (RFC 5545 §3.3.11): `\` `;` `,` escaped. TEXT allows no control character
 * but HTAB, so each line break — CR LF, CR, LF and Unicode's other mandatory breaks (VT, FF,
 * NEL U+0085, U+2028, U+2029) — becomes the `\n` escape (the resident's line stays a line), and
 * the other controls (C0, DEL, C1: invisible) are dropped.
 */
export const escapeText = (s: string): string =>
  s
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|[\n-\r\x85\u2028\u2029]/g, '\\n')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\0-\b\x0e-\x1f\x7f-\x9f]/g, '');

let encoder: TextEncoder | undefined;

/** Folds a content line at 75 octets (§3.1): never inside a UTF-8 character. */
export function fold(line: string): string {
  encoder ??= new TextEncoder();
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `20270309T180000` in Paris time. */
function local(utc: number): string {
  const { date, minutes } = utcToParis(utc);
  return `${date.replace(/-/g, '')}T${two(Math.floor(minutes / 60))}${two(minutes % 60)}00`;
}

/** `20270309T170000Z`. */
const utcStamp = (utc: number): string =>
  new Date(utc)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Plain text of the kit's rich text: `**gras**` and `[lien](https://…)` written out. */
const plain = (s: string) =>
  s.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');

function vevent(
  o: Occurrence,
  stamp: number,
  extra: (o: Occurrence) => string[],
  /** The UID's left part: `<event id>-<AAAAMMJJ>` for an occurrence, the event's id in a feed. */
  uid = `${o.event.id}-${o.date.replace(/-/g, '')}`,
  /** RRULE and EXDATE of a recurring event in a feed. */
  repeat: string[] = [],
): string[] {
  const e = o.event;
  const c = o.centre;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${uid}@${UID_DOMAIN}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;TZID=${TZ}:${local(o.start)}`,
  ];
  if (o.end !== undefined) lines.push(`DTEND;TZID=${TZ}:${local(o.end)}`);
  lines.push(...repeat);
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  const description = [e.description ? plain(e.description) : '', ...extra(o)].filter(Boolean);
  if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  if (c) lines.push(`LOCATION:${escapeText(`${c.name}, ${c.address}`)}`);
  // A URI, not TEXT: the URL serializer percent-encodes any control character.
  if (c?.url) lines.push(`URL:${new URL(c.url).href}`);
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/**
 * What an occurrence's description adds, in the UI language: audience, theme, price,
 * registration, how to register, the centre's phone.
 */
export const icsExtra =
  (t: (key: string, params?: Record<string, string | number>) => string) =>
  (o: Occurrence): string[] => [
    ...eventTags(t, o.event),
    o.event.registration?.contact ?? '',
    o.centre?.phone ? t('call', { phone: o.centre.phone }) : '',
  ];

export interface IcsOptions {
  /** DTSTAMP: when the file is made (UTC ms). */
  stamp?: number;
  /** More lines of description for an occurrence (registration, phone…), in the UI language. */
  extra?: (o: Occurrence) => string[];
}

/** A VCALENDAR of these lines (after the VTIMEZONE), folded, CRLF. */
function calendar(head: string[], events: string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Quartiers#Douai//Agenda//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...head,
    ...VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A whole `.ics` file for these occurrences. */
export function toIcs(occurrences: ReadonlyArray<Occurrence>, options: IcsOptions = {}): string {
  const stamp = options.stamp ?? Date.now();
  const extra = options.extra ?? (() => []);
  return calendar(
    [],
    occurrences.flatMap((o) => vevent(o, stamp, extra)),
  );
}

/**
 * A rule as RFC 5545 writes it beside a DTSTART with a TZID: UNTIL in UTC (the kit's UNTIL day
 * counts whole, to 23:59:59 Paris), BYDAY with its ordinals, weeks from Monday (the default WKST,
 * the agenda's own weeks).
 */
export function ruleText(r: Rule): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.byday.length > 0)
    parts.push(`BYDAY=${r.byday.map((b) => `${b.n || ''}${WEEKDAYS[b.wd]!}`).join(',')}`);
  if (r.until !== undefined) parts.push(`UNTIL=${utcStamp(Math.floor(r.until / 1000) * 1000)}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  return `RRULE:${parts.join(';')}`;
}

/** The time of day of a Paris moment, `HHMMSS` (EXDATE: each day off at the event's time). */
const hms = (date: string, minutes: number) => local(parisToUtc(date, minutes)).slice(9);

/**
 * One event of a feed: its first occurrence (DTSTART), and for a recurring one its rule and days
 * off. The kit's rule gives the dates from `start` on (recurrence.ts): when `start` is not one of
 * them (a Wednesday with `BYDAY=TU`), DTSTART is the first day the rule gives, since RFC 5545
 * counts DTSTART as an occurrence. An event whose rule gives no day is left out, as on screen.
 */
function feedEvent(
  content: AgendaContent,
  i: number,
  stamp: number,
  extra: (o: Occurrence) => string[],
): string[] {
  const event = content.events[i]!;
  const s = parseDateTime(event.start);
  if (!s) return [];
  const e = event.end === undefined ? undefined : parseDateTime(event.end);
  const rule = event.recurrence ? parseRule(event.recurrence.rrule) : undefined;
  const repeat: string[] = [];
  let first = s.date;
  if (rule && !isRuleError(rule)) {
    const days = expand(s.date, s.minutes, rule);
    if (days[0] === undefined) return [];
    first = days[0];
    repeat.push(ruleText(rule));
    const off = [...new Set(event.recurrence?.exdate ?? [])].sort();
    if (off.length > 0)
      repeat.push(
        `EXDATE;TZID=${TZ}:${off.map((d) => `${d.replace(/-/g, '')}T${hms(d, s.minutes)}`).join(',')}`,
      );
  }
  const o: Occurrence = {
    key: `${event.id}-${first}`,
    event,
    centre: content.centres.find((c) => c.id === event.centre),
    date: first,
    start: parisToUtc(first, s.minutes),
    ...(e
      ? { end: parisToUtc(addDays(first, dayNumber(e.date) - dayNumber(s.date)), e.minutes) }
      : {}),
  };
  return vevent(o, stamp, extra, event.id, repeat);
}

export interface FeedOptions extends IcsOptions {
  /** How often a subscribed calendar should fetch the feed again (ISO 8601 duration). */
  refresh?: string;
  /** The calendar's name in the phone (X-WR-CALNAME); the agenda's `title` by default. */
  name?: string;
}

/**
 * A feed of the whole agenda (`qd-agenda-ics`): one VEVENT per event, UID `<event id>@…` (the same
 * at each run: a phone updates its copy instead of adding one), a recurring event as RRULE +
 * EXDATE in Paris time, the agenda's title as the calendar's name.
 */
export function toIcsFeed(content: AgendaContent, options: FeedOptions = {}): string {
  const stamp = options.stamp ?? Date.now();
  const extra = options.extra ?? (() => []);
  const refresh = options.refresh ?? 'PT12H';
  const name = options.name ?? content.title;
  return calendar(
    [
      ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
      `X-WR-TIMEZONE:${TZ}`,
      `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
      `X-PUBLISHED-TTL:${refresh}`,
    ],
    content.events.flatMap((_, i) => feedEvent(content, i, stamp, extra)),
  );
}

/** A file name a phone shows well: `atelier-cv-2027-03-09.ics`. */
export const icsName = (base: string): string =>
  `${base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'agenda'}.ics`;
