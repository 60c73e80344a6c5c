/**
 * Content schema of `<qd-autodiag>` (zod/mini): one digital-skills self-check — its areas (the
 * five DigComp 2.2 areas, in the centre's words), its statements, the levels an area's answers
 * lead to, and the centre's workshops recommended for each area and level. The single source of
 * truth for the TypeScript types, the run-time validation and `schema.json`. The cross-field rules
 * (an item's area exists, levels go up, a recommendation's level exists…) report `§key`s whose
 * French sentences are in `texts.lazy.ts`, loaded only when a file is wrong (docs/decisions/0014).
 */
import * as z from 'zod/mini';
import {
  addIssue,
  checkUniqueIds,
  id,
  image,
  lang,
  link,
  list,
  num,
  obj,
  optText,
  phone,
  rule,
  text,
  version,
} from '@quartiers-douai/core';

/** Highest content `version` this package understands. */
export const AUTODIAG_CONTENT_VERSION = 1;

/** The built-in pictograms an area can show (content never carries SVG markup). */
export const ICONS = [
  'information',
  'communication',
  'creation',
  'securite',
  'problemes',
  'ordinateur',
  'telephone',
  'courriel',
  'demarches',
] as const;

/** The four answers, from "Je ne sais pas" (0) to "Je peux montrer à quelqu'un" (3). */
export const DEFAULT_ANSWERS = [
  'Je ne sais pas',
  "Avec de l'aide",
  'Seul(e)',
  "Je peux montrer à quelqu'un",
] as const;

/** The highest answer value (an area's average is between 0 and this). */
export const MAX_ANSWER = 3;

const scale = () => list(text(), 4, 4);

export const levelSchema = obj({
  id: id(),
  /** What the person reads, e.g. "Je découvre". */
  label: text(),
  easy: optText(),
  /**
   * Lowest average of the area's answers (0 = "Je ne sais pas" … 3 = "Je peux montrer") that
   * gives this level. The first level starts at 0.
   */
  min: num(0, MAX_ANSWER),
  /** An encouraging sentence for a person at this level. */
  message: optText(),
  easyMessage: optText(),
});

export const areaSchema = obj({
  id: id(),
  label: text(),
  easy: optText(),
  /** A built-in pictogram: one of `ICONS`. */
  icon: z.enum(ICONS),
  description: optText(),
  easyDescription: optText(),
  /** This area's own levels (otherwise the diagnostic's `levels`). */
  levels: z.optional(list(levelSchema, 2)),
});

export const itemSchema = obj({
  id: id(),
  /** The `id` of its area. */
  area: z.string(),
  /** A first-person sentence: "Je sais envoyer une photo par e-mail". */
  statement: text(),
  easy: optText(),
  image: z.optional(image()),
  /** This statement's own four answers (otherwise the diagnostic's `answers`). */
  answers: z.optional(scale()),
});

const email = () =>
  z.string().check(rule((s: string) => /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(s), 'email'));

export const contactSchema = obj({
  /** Who to ask, e.g. "Samia, médiatrice numérique". */
  name: optText(),
  phone: z.optional(phone()),
  email: z.optional(email()),
  /** A web page (https) about the workshop. */
  url: z.optional(link()),
});

export const workshopSchema = obj({
  title: text(),
  description: optText(),
  easy: optText(),
  /** When, as people say it: "Le mardi de 14 h à 16 h, hors vacances scolaires". */
  when: optText(),
  /** Where: "Centre social des Glycines, salle informatique, 12 rue des Glycines". */
  where: optText(),
  contact: z.optional(contactSchema),
});

export const recommendationSchema = obj({
  /** The `id` of an area. */
  area: z.string(),
  /**
   * The highest level (an `id` of the area's levels) this workshop is for: it is recommended
   * to a person whose level in the area is this one or a lower one.
   */
  maxLevel: z.string(),
  workshop: workshopSchema,
});

export const autodiagContentSchema = obj({
  version: version(),
  lang: lang(),
  id: id(),
  title: text(),
  description: optText(),
  easyDescription: optText(),
  /** The four answers, from "Je ne sais pas" to "Je peux montrer à quelqu'un". */
  answers: z._default(scale(), [...DEFAULT_ANSWERS]),
  areas: list(areaSchema, 1),
  items: list(itemSchema, 1),
  /** The levels of every area (lowest first), unless an area has its own. */
  levels: list(levelSchema, 2),
  recommendations: z._default(z.array(recommendationSchema), []),
}).check((ctx) => {
  const c = ctx.value;
  checkUniqueIds(ctx, c.areas, ['areas']);
  checkUniqueIds(ctx, c.items, ['items']);
  const checkLevels = (levels: Level[], at: Array<string | number>) => {
    checkUniqueIds(ctx, levels, at);
    levels.forEach((l, i) => {
      if (i === 0 && l.min !== 0) addIssue(ctx, [...at, 0, 'min'], '§firstMin');
      const before = levels[i - 1];
      if (before && l.min <= before.min)
        addIssue(ctx, [...at, i, 'min'], '§levelOrder', { level: l.id, before: before.id });
    });
  };
  checkLevels(c.levels, ['levels']);
  const areas = new Map(c.areas.map((a) => [a.id, a]));
  const first = c.areas[0]?.id ?? '';
  c.areas.forEach((a, i) => {
    if (a.levels) checkLevels(a.levels, ['areas', i, 'levels']);
  });
  const used = new Set<string>();
  c.items.forEach((item, i) => {
    if (!areas.has(item.area))
      addIssue(ctx, ['items', i, 'area'], '§areaUnknown', { area: item.area, first });
    used.add(item.area);
  });
  c.areas.forEach((a, i) => {
    if (!used.has(a.id)) addIssue(ctx, ['areas', i], '§areaEmpty', { area: a.id });
  });
  c.recommendations.forEach((r, i) => {
    const area = areas.get(r.area);
    if (!area) {
      addIssue(ctx, ['recommendations', i, 'area'], '§areaUnknown', { area: r.area, first });
      return;
    }
    const levels = area.levels ?? c.levels;
    if (!levels.some((l) => l.id === r.maxLevel))
      addIssue(ctx, ['recommendations', i, 'maxLevel'], '§levelUnknown', {
        level: r.maxLevel,
        levels: levels.map((l) => l.id).join(', '),
      });
  });
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = autodiagContentSchema;

export type AutodiagContent = z.output<typeof autodiagContentSchema>;
export type AutodiagContentInput = z.input<typeof autodiagContentSchema>;
export type Area = z.output<typeof areaSchema>;
export type Item = z.output<typeof itemSchema>;
export type Level = z.output<typeof levelSchema>;
export type Recommendation = z.output<typeof recommendationSchema>;
export type Workshop = z.output<typeof workshopSchema>;
export type IconId = (typeof ICONS)[number];
