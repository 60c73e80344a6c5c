/**
 * Content schema of `<qd-parental-guide>` and `<qd-screen-pact>` (zod/mini): one guide library —
 * age groups, devices, guides, resources (helplines), family-agreement rules, the centre's
 * contact and the legal note. The single source of truth for the TypeScript types, the runtime
 * validation, and `schema.json` for editors. Its own rules report `§key`s: their French sentences
 * are in `texts.lazy.ts` (loaded only when a file is wrong, docs/decisions/0014).
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
  text,
  version,
} from '@quartiers-douai/core';

/** Highest content `version` this package understands. */
export const GUIDE_CONTENT_VERSION = 1;

/** What worries the parent, in the order the guide is sorted by. */
export const CONCERNS = [
  'temps-ecran',
  'contenus-inadaptes',
  'achats',
  'contacts-inconnus',
  'reseaux-sociaux',
  'localisation',
] as const;
export const CATEGORIES = [
  'smartphone',
  'tablette',
  'console',
  'ordinateur',
  'box',
  'appli',
] as const;
/** Who commits to a rule of the family agreement. */
export const PACT_GROUPS = ['famille', 'parents', 'enfants'] as const;

const age = () => int(0, 25);

/** An age range in years, both ends included: `{ "min": 13, "max": 17 }`. */
export const ageRangeSchema = obj({ min: age(), max: age() }).check((ctx) => {
  if (ctx.value.min > ctx.value.max)
    addIssue(ctx, ['min'], '§ageOrder', { min: ctx.value.min, max: ctx.value.max });
});

export const ageGroupSchema = obj({
  id: id(),
  /** As shown in the questionnaire: "9 à 11 ans". */
  label: text(),
  easy: optText(),
  min: age(),
  max: age(),
}).check((ctx) => {
  if (ctx.value.min > ctx.value.max)
    addIssue(ctx, ['min'], '§ageOrder', { min: ctx.value.min, max: ctx.value.max });
});

export const deviceSchema = obj({
  id: id(),
  name: text(),
  easy: optText(),
  category: z.enum(CATEGORIES),
  /** Operating system, for the record: "android", "ios", "windows"… */
  os: optText(),
});

export const stepSchema = obj({
  /** What to do, as a parent would follow it (rich text, inline). */
  text: text(),
  easy: optText(),
  image: z.optional(image()),
});

export const guideSchema = obj({
  id: id(),
  /** Ids of the `devices` this guide is for. */
  appliesTo: z.array(id()),
  /** Ages the guide fits; all ages when absent. */
  ages: z.optional(z.array(ageRangeSchema)),
  concerns: z.array(z.enum(CONCERNS)),
  title: text(),
  easy: optText(),
  steps: z.array(stepSchema),
  /** The official help page (https). */
  officialUrl: link(),
  /** When someone last checked the steps against the official page (AAAA-MM-JJ). */
  lastChecked: isoDate(),
});

export const resourceSchema = obj({
  id: id(),
  name: text(),
  description: optText(),
  easy: optText(),
  /** A number to call, as written: "3018", "0 800 235 236". */
  phone: z.optional(phone()),
  url: z.optional(link()),
  /** Shown in the "Besoin d'aide ?" block, always visible. */
  help: z._default(z.boolean(), false),
});

export const pactRuleSchema = obj({
  id: id(),
  text: text(),
  easy: optText(),
  group: z._default(z.enum(PACT_GROUPS), 'famille'),
  /** Ages the rule fits; all ages when absent. */
  ages: z.optional(z.array(ageRangeSchema)),
  /** Ticked in advance for these ages. */
  suggested: z._default(z.boolean(), false),
});

export const centreSchema = obj({
  name: text(),
  phone: optText(),
  email: optText(),
  url: z.optional(link()),
  address: optText(),
  hours: optText(),
});

export const legalSchema = obj({
  title: text(),
  text: text(),
  easy: optText(),
  officialUrl: link(),
  lastChecked: isoDate(),
});

export const guideContentSchema = obj({
  version: version(),
  lang: lang(),
  /** Stable identifier (keeps progress apart when two libraries share a page). */
  id: z.optional(id()),
  title: text(),
  intro: optText(),
  easyIntro: optText(),
  ageGroups: z.array(ageGroupSchema),
  devices: z.array(deviceSchema),
  guides: z.array(guideSchema),
  resources: z._default(z.array(resourceSchema), []),
  pactRules: z._default(z.array(pactRuleSchema), []),
  /** The centre's own contact, in the "Besoin d'aide ?" block (attributes may override it). */
  centre: z.optional(centreSchema),
  /** The legal point shown above the guide (loi du 2 mars 2022). */
  legal: z.optional(legalSchema),
}).check((ctx) => {
  const c = ctx.value;
  if (c.ageGroups.length === 0) addIssue(ctx, ['ageGroups'], '§noAgeGroup');
  if (c.devices.length === 0) addIssue(ctx, ['devices'], '§noDevice');
  if (c.guides.length === 0) addIssue(ctx, ['guides'], '§noGuide');
  checkUniqueIds(ctx, c.ageGroups, ['ageGroups']);
  checkUniqueIds(ctx, c.devices, ['devices']);
  checkUniqueIds(ctx, c.guides, ['guides']);
  checkUniqueIds(ctx, c.resources, ['resources']);
  checkUniqueIds(ctx, c.pactRules, ['pactRules']);
  const known = new Set(c.devices.map((d) => d.id));
  const list = c.devices.map((d) => d.id).join(', ');
  c.guides.forEach((g, i) => {
    const at = ['guides', i];
    if (g.appliesTo.length === 0) addIssue(ctx, [...at, 'appliesTo'], '§noAppliesTo', { list });
    g.appliesTo.forEach((d, j) => {
      if (!known.has(d))
        addIssue(ctx, [...at, 'appliesTo', j], '§unknownDevice', { device: d, list });
    });
    if (g.concerns.length === 0)
      addIssue(ctx, [...at, 'concerns'], '§noConcern', { concerns: CONCERNS.join(', ') });
    if (g.steps.length === 0) addIssue(ctx, [...at, 'steps'], '§noStep');
    if (!g.officialUrl.startsWith('https://'))
      addIssue(ctx, [...at, 'officialUrl'], '§officialHttps');
  });
  c.resources.forEach((r, i) => {
    if (!r.phone && !r.url) addIssue(ctx, ['resources', i], '§unreachable');
  });
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = guideContentSchema;

export type GuideContent = z.output<typeof guideContentSchema>;
export type GuideContentInput = z.input<typeof guideContentSchema>;
export type AgeRange = z.output<typeof ageRangeSchema>;
export type AgeGroup = z.output<typeof ageGroupSchema>;
export type Device = z.output<typeof deviceSchema>;
export type Guide = z.output<typeof guideSchema>;
export type GuideStep = z.output<typeof stepSchema>;
export type Resource = z.output<typeof resourceSchema>;
export type PactRule = z.output<typeof pactRuleSchema>;
export type Centre = z.output<typeof centreSchema>;
export type Concern = (typeof CONCERNS)[number];
export type Category = (typeof CATEGORIES)[number];
export type PactGroup = (typeof PACT_GROUPS)[number];
