/**
 * Content schema of `<qd-agenda>` and `<qd-event-card>` (zod/mini): one centre's agenda (or
 * several centres'), its centres and their events. One file per centre is the usual way; the
 * element merges several files (see merge.ts). The single source of truth for the TypeScript
 * types, the run-time validation and `schema.json`. Rules report `§key`s whose French sentences
 * are in `texts.lazy.ts`, loaded only when a file is wrong (docs/decisions/0014).
 */
import * as z from 'zod/mini';
import {
  addIssue,
  checkUniqueIds,
  id,
  image,
  int,
  isoDate,
  lang,
  link,
  obj,
  optText,
  phone,
  rule,
  text,
  version,
} from '@quartiers-douai/core';
import { isRuleError, parseRule } from './recurrence.js';
import { parseDateTime, parisToUtc } from './time.js';

/** Highest content `version` this package understands. */
export const AGENDA_CONTENT_VERSION = 1;

/** Who an event is for: enfants 6-10, jeunes 11-17, adultes, familles, tous. */
export const AUDIENCES = ['enfants', 'jeunes', 'adultes', 'familles', 'tous'] as const;
/** The project's four themes. */
export const THEMES = ['emploi', 'parentalite', 'numerique', 'vivre-ensemble'] as const;

/** `2027-03-09T18:00` (Paris time) or with its offset (`+01:00`, `Z`). */
export const dateTime = () =>
  z.string().check(rule((s: string) => parseDateTime(s) !== undefined, 'dateTime'));

export const email = () =>
  z
    .string()
    .check(rule((s: string) => /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(s.trim()), 'email'));

/** An RRULE of the supported subset (recurrence.ts), with the reason when it is not. */
export const rrule = () =>
  z.string().check((ctx) => {
    const r = parseRule(ctx.value);
    if (isRuleError(r)) addIssue(ctx, [], `§${r.key}`, r.params);
  });

export const centreSchema = obj({
  id: id(),
  name: text(),
  /** Street address, as written on a letter. */
  address: text(),
  phone: z.optional(phone()),
  email: z.optional(email()),
  /** The centre's web page (https). */
  url: z.optional(link()),
  /** Opening hours, in words. */
  hours: optText(),
  /** Access: "Entrée de plain-pied", "Ascenseur", "Boucle magnétique à l'accueil"… */
  accessibility: z.optional(z.array(text())),
  /** How to come: "Bus ligne 3, arrêt Gare (5 min à pied)"… (text, no map). */
  transports: z.optional(z.array(text())),
});

export const registrationSchema = obj({
  /** true: come only after registering. */
  required: z.boolean(),
  /** How to register, in words ("Appelez l'accueil au 03 …"). */
  contact: optText(),
  /** Number of places. */
  places: z.optional(int(1, 10000)),
});

export const recurrenceSchema = obj({
  /** RFC 5545 RRULE: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427", "FREQ=MONTHLY;BYDAY=2SA;COUNT=3"… */
  rrule: rrule(),
  /** Days without the event (holidays…): "2027-04-13". */
  exdate: z.optional(z.array(isoDate())),
});

export const eventSchema = obj({
  id: id(),
  title: text(),
  description: optText(),
  /** Easy-to-read description (FALC). */
  easy: optText(),
  /** The `id` of a centre of the same file. */
  centre: z.string(),
  /** First (or only) time: "2027-03-09T18:00", Paris time. */
  start: dateTime(),
  end: z.optional(dateTime()),
  recurrence: z.optional(recurrenceSchema),
  audience: z._default(z.enum(AUDIENCES), 'tous'),
  theme: z.enum(THEMES),
  free: z._default(z.boolean(), true),
  /** The price, in words, when it is not free ("2 € par personne"). */
  price: optText(),
  registration: z.optional(registrationSchema),
  image: z.optional(image()),
  /** Cancelled: still shown, marked « Annulé ». */
  cancelled: z.optional(z.boolean()),
});

const utcOf = (s: string): number | undefined => {
  const t = parseDateTime(s);
  return t && parisToUtc(t.date, t.minutes);
};

export const agendaContentSchema = obj({
  version: version(),
  lang: lang(),
  /** The agenda's title ("Agenda inter-quartiers"); the UI's own when absent. */
  title: optText(),
  centres: z.array(centreSchema),
  events: z.array(eventSchema),
}).check((ctx) => {
  const a = ctx.value;
  checkUniqueIds(ctx, a.centres, ['centres']);
  checkUniqueIds(ctx, a.events, ['events']);
  const centres = new Set(a.centres.map((c) => c.id));
  a.events.forEach((e, i) => {
    if (!centres.has(e.centre))
      addIssue(ctx, ['events', i, 'centre'], '§centreUnknown', {
        centre: e.centre,
        ids: a.centres.map((c) => c.id).join(', ') || '—',
      });
    const start = utcOf(e.start);
    const end = e.end === undefined ? undefined : utcOf(e.end);
    if (start !== undefined && end !== undefined && end <= start)
      addIssue(ctx, ['events', i, 'end'], '§endBeforeStart', { start: e.start, end: e.end });
  });
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = agendaContentSchema;

export type AgendaContent = z.output<typeof agendaContentSchema>;
export type AgendaContentInput = z.input<typeof agendaContentSchema>;
export type Centre = z.output<typeof centreSchema>;
export type AgendaEvent = z.output<typeof eventSchema>;
export type Audience = (typeof AUDIENCES)[number];
export type Theme = (typeof THEMES)[number];
