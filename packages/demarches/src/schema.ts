/**
 * Content schema of `<qd-demarche>` and `<qd-demarche-checklist>` (zod/mini): one online procedure
 * to rehearse — where the real service is, what to prepare, the words to know, and the steps, each
 * a screen (a picture with zones to press, or a sample form) with its instruction. The single
 * source of truth for the TypeScript types, the run-time validation and `schema.json`. The rules
 * that span several fields report `§key`s whose French sentences are in `texts.lazy.ts`, loaded
 * only when a file is wrong (docs/decisions/0014).
 */
import * as z from 'zod/mini';
import {
  addIssue,
  checkUniqueIds,
  id,
  isSafeAssetUrl,
  isoDate,
  lang,
  link,
  list,
  num,
  obj,
  optText,
  positive,
  rule,
  text,
  version,
} from '@quartiers-douai/core';

/** Highest content `version` this package understands. */
export const DEMARCHE_CONTENT_VERSION = 1;

/** The kinds of sample fields a mock form may have. */
export const FIELD_TYPES = ['text', 'email', 'tel', 'date', 'number', 'password'] as const;

/**
 * A drawn mock-up is a picture too: an SVG given inline (`data:image/svg+xml;base64,…`), beside
 * the raster images every asset may be.
 */
const IMAGE_DATA = /^data:image\/(png|jpeg|webp|gif|svg\+xml);base64,[a-z0-9+/=]+$/i;

/** The picture of a screen: a path, an https address, or an inline image (PNG, JPEG, SVG…). */
export const screenImageSchema = obj({
  src: z.string().check(rule((s: string) => isSafeAssetUrl(s, IMAGE_DATA), 'asset')),
  /** What the screen shows, in a sentence (never empty: a screen is never decorative). */
  alt: text(),
  /** Its size in pixels: the zones are placed in % of it, and the page keeps its room. */
  width: positive(),
  height: positive(),
});

/** A zone of the picture, in % of its width (`x`, `w`) and height (`y`, `h`), from the top left. */
export const hotspotSchema = obj({
  x: num(0, 100),
  y: num(0, 100),
  w: num(1, 100),
  h: num(1, 100),
  /** What the zone is on the screen ("Bouton Créer mon compte"): the name of the button. */
  label: text(),
  /** The zone to press at this step. */
  correct: z._default(z.boolean(), false),
  /** Said when the zone is pressed (why it is, or is not, the right one). */
  feedback: optText(),
});

/** A field of a sample form. */
export const fieldSchema = obj({
  label: text(),
  type: z._default(z.enum(FIELD_TYPES), 'text'),
  placeholder: optText(),
  /** The sample value to type (shown to the person; checked before going on). */
  expected: z.optional(text()),
});

export const mockSchema = obj({
  fields: list(fieldSchema, 1),
  /** The text of the form's button ("Continuer"); "Valider" when absent. */
  submit: optText(),
});

export const screenSchema = obj({
  image: z.optional(screenImageSchema),
  mock: z.optional(mockSchema),
});

export const stepSchema = obj({
  id: id(),
  title: text(),
  /** What to do, in plain French (the glossary's words become buttons that explain them). */
  instruction: text(),
  /** Easy-to-read variant (FALC). */
  easy: optText(),
  screen: screenSchema,
  /** Zones of the picture (picture screens only): at least one `correct`. */
  hotspots: z._default(z.array(hotspotSchema), []),
  /** Practice mode, after two wrong tries; absent: "look for « label of the right zone »". */
  hint: optText(),
  tip: optText(),
  /** A caution, e.g. "ne donnez jamais votre mot de passe…". */
  warning: optText(),
});

export const prepareSchema = obj({
  label: text(),
  easy: optText(),
  /** Why it is needed. */
  why: optText(),
});

export const glossarySchema = obj({
  term: text(),
  definition: text(),
  easy: optText(),
});

export const demarcheContentSchema = obj({
  version: version(),
  lang: lang(),
  id: id(),
  title: text(),
  /** Who runs the real service ("CAF", "la mairie"…). */
  organisation: text(),
  description: optText(),
  easyDescription: optText(),
  /** The real service, to do it for real after the rehearsal. */
  officialUrl: link().check(rule((s: string) => s.trim().startsWith('https://'), 'officialHttps')),
  /** When a person last checked that the steps still look like the real site (AAAA-MM-JJ). */
  lastChecked: isoDate(),
  prepare: z._default(z.array(prepareSchema), []),
  glossary: z._default(z.array(glossarySchema), []),
  steps: list(stepSchema, 1),
}).check((ctx) => {
  const d = ctx.value;
  checkUniqueIds(ctx, d.steps, ['steps']);
  const terms = new Map<string, number>();
  d.glossary.forEach((g, i) => {
    const key = g.term.toLocaleLowerCase();
    const first = terms.get(key);
    if (first === undefined) terms.set(key, i);
    else addIssue(ctx, ['glossary', i, 'term'], '§termTwice', { term: g.term, first: first + 1 });
  });
  d.steps.forEach((s, i) => {
    const at = ['steps', i];
    const screen = s.screen;
    if (!screen.image === !screen.mock)
      addIssue(ctx, [...at, 'screen'], '§screenOne', { step: s.id });
    if (screen.mock && s.hotspots.length > 0)
      addIssue(ctx, [...at, 'hotspots'], '§hotspotsOnMock', { step: s.id });
    if (screen.image && !s.hotspots.some((h) => h.correct))
      addIssue(ctx, [...at, 'hotspots'], '§noCorrect', { step: s.id });
    s.hotspots.forEach((h, j) => {
      if (h.x + h.w > 100 || h.y + h.h > 100)
        addIssue(ctx, [...at, 'hotspots', j], '§hotspotOut', {
          label: h.label,
          right: h.x + h.w,
          bottom: h.y + h.h,
        });
    });
  });
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = demarcheContentSchema;

export type DemarcheContent = z.output<typeof demarcheContentSchema>;
export type DemarcheContentInput = z.input<typeof demarcheContentSchema>;
export type Step = z.output<typeof stepSchema>;
export type Hotspot = z.output<typeof hotspotSchema>;
export type Field = z.output<typeof fieldSchema>;
export type PrepareItem = z.output<typeof prepareSchema>;
export type GlossaryEntry = z.output<typeof glossarySchema>;

/** A step's zones in reading order: top to bottom, then left to right (the DOM and Tab order). */
export function readingOrder(hotspots: readonly Hotspot[]): Array<{ h: Hotspot; i: number }> {
  return hotspots
    .map((h, i) => ({ h, i }))
    .sort((a, b) => a.h.y - b.h.y || a.h.x - b.h.x || a.i - b.i);
}
