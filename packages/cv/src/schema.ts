/**
 * Content schema of `<qd-cv-builder>` and `<qd-cv-preview>` (zod/mini): a CV in the JSON Resume
 * format (https://jsonresume.org/schema, v1.0.0), plus the kit's French additions under two
 * namespaced keys that JSON Resume allows (`basics["x-qd"]`, `meta["x-qd"]`), so that every CV is
 * a valid JSON Resume document. The single source of truth for the TypeScript types, the form, the
 * runtime validation, and `schema.json` for editors. Its own rules report `§key`s: their French
 * sentences are in `texts.lazy.ts` (docs/decisions/0014).
 *
 * The schema is lenient where the form is strict (an e-mail being typed, a date being corrected):
 * a draft is always valid content, so it can be previewed and saved at any moment.
 */
import * as z from 'zod/mini';
import { addIssue, obj, optText } from '@quartiers-douai/core';

/** Highest `meta["x-qd"].version` this package understands. */
export const CV_CONTENT_VERSION = 1;

/** The three layouts: classic, two columns, and one plain column that ATS robots read well. */
export const TEMPLATES = ['sobre', 'moderne', 'ats'] as const;
/** CEFR levels (CECRL) for languages, plus the mother tongue. */
export const FLUENCIES = ['native', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
/** Skill levels (stored as codes, shown in the CV's language). */
export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
/** French driving licence categories (permis de conduire). */
export const LICENCES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;
/** Accent colours offered by the builder (each ≥ 4.5:1 on white); any `#rrggbb` is accepted. */
export const ACCENTS = {
  bleu: '#0b57d0',
  vert: '#146c2e',
  bordeaux: '#8c1d40',
  violet: '#6b3fa0',
  petrole: '#00677f',
  gris: '#3c4043',
} as const;

/** A stored photo: at most this many characters (a 200 KB JPEG is ≈ 273,000 in base64). */
export const MAX_PHOTO_CHARS = 280_000;

/**
 * A photo is an image from the device, kept in the CV itself: a PNG, JPEG or WebP `data:` address
 * in base64. Never a web address nor a path: showing it would make the browser call a site
 * (with the page as referrer), and « la photo n'est jamais envoyée ».
 */
export const PHOTO_DATA_URL = /^data:image\/(?:png|jpeg|webp);base64,[A-Za-z0-9+/]*={0,2}$/;

/** Is this a photo the kit may show (see `PHOTO_DATA_URL`)? */
export const isPhotoDataUrl = (s: unknown): s is string =>
  typeof s === 'string' && PHOTO_DATA_URL.test(s);

/** JSON Resume dates: `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`. */
export const isPartialDate = (s: string): boolean =>
  /^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(s);

const partialDate = () =>
  z.optional(z.string().check(z.refine(isPartialDate, { message: '§partialDate' })));
const lines = () => z.optional(z.array(z.string()));

export const locationSchema = obj({
  address: optText(),
  postalCode: optText(),
  city: optText(),
  countryCode: optText(),
  region: optText(),
});

export const profileSchema = obj({ network: optText(), username: optText(), url: optText() });

/** The kit's French additions about the person: `basics["x-qd"]`. */
export const frenchAdditionsSchema = obj({
  /** "Poste recherché", e.g. "Agent d'entretien". */
  targetJob: optText(),
  /** "Disponibilité", e.g. "Immédiate" or "Le week-end". */
  availability: optText(),
  /** "Mobilité", e.g. "Douai et 20 km autour, en bus". */
  mobility: optText(),
  /** "Véhiculé(e)". */
  vehicle: z.optional(z.boolean()),
  /** Driving licences (permis B, C…). */
  licences: z.optional(z.array(z.enum(LICENCES))),
  /** "Savoir-être": soft skills, one per item. */
  softSkills: lines(),
  /**
   * Photo as a `data:image/jpeg;base64,…` address (made smaller in the browser, never uploaded;
   * png and webp are read too). Never a web address nor a path (`PHOTO_DATA_URL`).
   */
  photo: z.optional(
    z.string().check(
      z.refine(isPhotoDataUrl, { message: '§photoAddress' }),
      z.refine((s) => s.length <= MAX_PHOTO_CHARS, { message: '§photoTooBig' }),
    ),
  ),
});

export const basicsSchema = obj({
  name: optText(),
  /** The CV's headline (JSON Resume), e.g. "Agent d'entretien". */
  label: optText(),
  /** JSON Resume's picture address (kept, not shown: the kit's photo is `x-qd.photo`). */
  image: optText(),
  email: optText(),
  phone: optText(),
  url: optText(),
  summary: optText(),
  location: z.optional(locationSchema),
  profiles: z.optional(z.array(profileSchema)),
  'x-qd': z.optional(frenchAdditionsSchema),
});

const dated = {
  startDate: partialDate(),
  /** Absent while the job, training… is still going on ("en cours"). */
  endDate: partialDate(),
};

export const workSchema = obj({
  /** Employer. */
  name: optText(),
  position: optText(),
  location: optText(),
  description: optText(),
  url: optText(),
  ...dated,
  summary: optText(),
  highlights: lines(),
});

export const volunteerSchema = obj({
  organization: optText(),
  position: optText(),
  url: optText(),
  ...dated,
  summary: optText(),
  highlights: lines(),
});

export const educationSchema = obj({
  institution: optText(),
  url: optText(),
  /** Field, e.g. "Comptabilité". */
  area: optText(),
  /** Diploma, e.g. "CAP", "Licence". */
  studyType: optText(),
  ...dated,
  score: optText(),
  courses: lines(),
});

export const certificateSchema = obj({
  name: optText(),
  date: partialDate(),
  url: optText(),
  issuer: optText(),
});
export const skillSchema = obj({ name: optText(), level: optText(), keywords: lines() });
export const languageSchema = obj({ language: optText(), fluency: optText() });
export const interestSchema = obj({ name: optText(), keywords: lines() });
export const referenceSchema = obj({ name: optText(), reference: optText() });
export const projectSchema = obj({
  name: optText(),
  description: optText(),
  highlights: lines(),
  keywords: lines(),
  ...dated,
  url: optText(),
  roles: lines(),
  entity: optText(),
  type: optText(),
});

/** The kit's settings of this CV: `meta["x-qd"]`. */
export const kitMetaSchema = obj({
  /** Version of the kit's format (1); whole number, checked below with a French message. */
  version: z.optional(z.number()),
  /** Language of the CV (its headings, and right-to-left for Arabic). */
  lang: z.optional(z.enum(['fr', 'en', 'ar'])),
  template: z.optional(z.enum(TEMPLATES)),
  /** Accent colour `#rrggbb`. */
  accent: z.optional(
    z.string().check(z.refine((s) => /^#[0-9a-f]{6}$/i.test(s), { message: '§accent' })),
  ),
});

export const metaSchema = obj({
  canonical: optText(),
  version: optText(),
  lastModified: optText(),
  'x-qd': z.optional(kitMetaSchema),
});

export const cvSchema = obj({
  $schema: optText(),
  basics: z.optional(basicsSchema),
  work: z.optional(z.array(workSchema)),
  volunteer: z.optional(z.array(volunteerSchema)),
  education: z.optional(z.array(educationSchema)),
  certificates: z.optional(z.array(certificateSchema)),
  skills: z.optional(z.array(skillSchema)),
  languages: z.optional(z.array(languageSchema)),
  interests: z.optional(z.array(interestSchema)),
  references: z.optional(z.array(referenceSchema)),
  projects: z.optional(z.array(projectSchema)),
  meta: z.optional(metaSchema),
}).check((ctx) => {
  const v = ctx.value.meta?.['x-qd']?.version;
  if (v !== undefined && !(Number.isInteger(v) && v >= 1)) {
    addIssue(ctx, ['meta', 'x-qd', 'version'], '§versionInteger');
  } else if (v !== undefined && v > CV_CONTENT_VERSION) {
    addIssue(ctx, ['meta', 'x-qd', 'version'], '§versionNewer', {
      version: v,
      supported: CV_CONTENT_VERSION,
    });
  }
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = cvSchema;

export type Cv = z.output<typeof cvSchema>;
export type CvInput = z.input<typeof cvSchema>;
export type CvBasics = z.output<typeof basicsSchema>;
export type CvFrenchAdditions = z.output<typeof frenchAdditionsSchema>;
export type CvWork = z.output<typeof workSchema>;
export type CvEducation = z.output<typeof educationSchema>;
export type CvTemplate = (typeof TEMPLATES)[number];
export type CvLang = 'fr' | 'en' | 'ar';
export type Licence = (typeof LICENCES)[number];
