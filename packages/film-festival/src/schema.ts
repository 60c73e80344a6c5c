/**
 * Content schema of the festival (zod/mini), shared by `<qd-film-gallery>`, `<qd-jury-grid>`,
 * `<qd-jury-results>` and `<qd-audience-vote>`: the festival, its jury criteria, its categories and
 * its films (media, captions, poster, consent). The single source of truth for the TypeScript
 * types, the run-time validation and `schema.json`. The festival's own rules (captions in French,
 * consent, known category, scale) report `§key`s whose French sentences are in `texts.lazy.ts`,
 * loaded only when a file is wrong (docs/decisions/0014).
 */
import * as z from 'zod/mini';
import {
  addIssue,
  assetUrl,
  checkUniqueIds,
  id,
  image,
  int,
  isoDate,
  lang,
  list,
  obj,
  optText,
  positive,
  rule,
  text,
  version,
} from '@quartiers-douai/core';

/** Highest content `version` this package understands. */
export const FESTIVAL_CONTENT_VERSION = 1;

export const TRACK_KINDS = ['captions', 'subtitles', 'descriptions'] as const;

/** A jury criterion: a labelled scale of whole numbers (radio buttons), and its weight. */
export const criterionSchema = obj({
  id: id(),
  label: text(),
  description: optText(),
  /** How much the criterion counts in the total (1 = normal, 2 = twice as much…). */
  weight: positive(),
  /** The scores a juror may give, e.g. { "min": 0, "max": 5 }. */
  scale: obj({ min: int(0, 100), max: int(0, 100) }).check((ctx) => {
    const { min, max } = ctx.value;
    if (!(max > min && max - min <= 10)) addIssue(ctx, [], '§scale', { min, max });
  }),
});

export const categorySchema = obj({ id: id(), label: text() });

export const sourceSchema = obj({
  /** The video file: a path ("media/mon-film.webm") or an https address. */
  src: assetUrl(),
  /** Its type, e.g. "video/webm" or "video/mp4". */
  type: z.string().check(rule((s: string) => /^(video|audio)\/[\w.+-]+$/.test(s), 'sourceType')),
});

export const trackSchema = obj({
  /** The WebVTT file (.vtt). */
  src: assetUrl(),
  kind: z.enum(TRACK_KINDS),
  /** Language of the text: "fr", "en", "ar"… */
  srclang: z.string().check(rule((s: string) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(s), 'srclang')),
  label: text(),
  /** Shown from the start (captions on by default). */
  default: z.optional(z.boolean()),
});

export const filmSchema = obj({
  id: id(),
  title: text(),
  /** A category's `id`. */
  category: z.string(),
  /** Length in seconds. */
  duration: positive(),
  synopsis: text(),
  /** Easy-to-read synopsis (FALC). */
  easy: optText(),
  /** First names or the group's name only (minors). */
  authors: list(text(), 1),
  /** The social centre that made it. */
  centre: text(),
  poster: image(),
  sources: list(sourceSchema, 1),
  tracks: z._default(z.array(trackSchema), []),
  /** Why a film has no French captions (no dialogue, no sound…). */
  captionsNotNeeded: optText(),
  /** What is said and heard, as text. */
  transcript: optText(),
  /** The image rights of everyone seen in the film (minors: their parents') are signed. */
  consent: z.boolean(),
});

export const festivalContentSchema = obj({
  version: version(),
  lang: lang(),
  id: id(),
  title: text(),
  /** "3e édition", "2027"… */
  edition: optText(),
  dates: z.optional(obj({ start: isoDate(), end: z.optional(isoDate()) })),
  venue: optText(),
  criteria: list(criterionSchema, 1),
  categories: list(categorySchema, 1),
  films: list(filmSchema, 1),
}).check((ctx) => {
  const f = ctx.value;
  checkUniqueIds(ctx, f.criteria, ['criteria']);
  checkUniqueIds(ctx, f.categories, ['categories']);
  checkUniqueIds(ctx, f.films, ['films']);
  if (f.dates?.end && f.dates.end < f.dates.start)
    addIssue(ctx, ['dates', 'end'], '§datesOrder', { start: f.dates.start, end: f.dates.end });
  const categories = new Set(f.categories.map((c) => c.id));
  f.films.forEach((film, i) => {
    const at = ['films', i];
    if (!categories.has(film.category))
      addIssue(ctx, [...at, 'category'], '§categoryUnknown', {
        category: film.category,
        first: f.categories[0]?.id,
      });
    if (film.consent !== true) addIssue(ctx, [...at, 'consent'], '§consent', { film: film.title });
    if (film.poster.alt.trim() === '')
      addIssue(ctx, [...at, 'poster', 'alt'], '§posterAlt', { film: film.title });
    const french = film.tracks.some(
      (t) => t.kind !== 'descriptions' && t.srclang.toLowerCase().split('-')[0] === 'fr',
    );
    if (!french && !film.captionsNotNeeded?.trim())
      addIssue(ctx, [...at, 'tracks'], '§captions', { film: film.title });
    if (film.tracks.filter((t) => t.default && t.kind !== 'descriptions').length > 1)
      addIssue(ctx, [...at, 'tracks'], '§defaultTwice', { film: film.title });
  });
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = festivalContentSchema;

export type FestivalContent = z.output<typeof festivalContentSchema>;
export type FestivalContentInput = z.input<typeof festivalContentSchema>;
export type Film = z.output<typeof filmSchema>;
export type Criterion = z.output<typeof criterionSchema>;
export type Category = z.output<typeof categorySchema>;
export type Track = z.output<typeof trackSchema>;
