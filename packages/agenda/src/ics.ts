/**
 * iCalendar (RFC 5545) files of occurrences, for « Ajouter à mon agenda » and « Exporter tout »:
 * CRLF line ends, lines folded at 75 octets without splitting a character, TEXT escaped (no
 * control character left), one VEVENT per occurrence with a stable UID, times in Paris time with
 * the Europe/Paris VTIMEZONE.
 */
import type { Occurrence } from './occurrences.js';
import { TZ, utcToParis } from './time.js';

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

function vevent(o: Occurrence, stamp: number, extra: (o: Occurrence) => string[]): string[] {
  const e = o.event;
  const c = o.centre;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.id}-${o.date.replace(/-/g, '')}@${UID_DOMAIN}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    `DTSTART;TZID=${TZ}:${local(o.start)}`,
  ];
  if (o.end !== undefined) lines.push(`DTEND;TZID=${TZ}:${local(o.end)}`);
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  const description = [e.description ? plain(e.description) : '', ...extra(o)].filter(Boolean);
  if (description.length > 0) lines.push(`DESCRIPTION:${escapeText(description.join('\n'))}`);
  if (c) lines.push(`LOCATION:${escapeText(`${c.name}, ${c.address}`)}`);
  // A URI, not TEXT: the URL serializer percent-encodes any control character.
  if (c?.url) lines.push(`URL:${new URL(c.url).href}`);
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

export interface IcsOptions {
  /** DTSTAMP: when the file is made (UTC ms). */
  stamp?: number;
  /** More lines of description for an occurrence (registration, phone…), in the UI language. */
  extra?: (o: Occurrence) => string[];
}

/** A whole `.ics` file for these occurrences. */
export function toIcs(occurrences: ReadonlyArray<Occurrence>, options: IcsOptions = {}): string {
  const stamp = options.stamp ?? Date.now();
  const extra = options.extra ?? (() => []);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Quartiers#Douai//Agenda//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    ...occurrences.flatMap((o) => vevent(o, stamp, extra)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** A file name a phone shows well: `atelier-cv-2027-03-09.ics`. */
export const icsName = (base: string): string =>
  `${base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'agenda'}.ics`;
