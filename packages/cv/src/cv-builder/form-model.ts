/**
 * The CV form's model, without any DOM: the steps, the repeating lists (where each lives in the
 * CV, its fields, its dates), paths into the CV (`setIn`, `getIn`), the checks of the identity
 * step and of dates, and month names. `<qd-cv-builder>` and its parts render it; the checks give
 * message keys, which the element translates.
 */
import { LICENCES, type Cv, type CvLang } from '../schema.js';
import type { BuilderKey } from '../messages.js';

export type Key = string | number;
export type Obj = Record<string, unknown>;

/** The steps, in order. */
export const STEPS = [
  'identity',
  'objective',
  'experience',
  'education',
  'skills',
  'languages',
  'interests',
  'preview',
] as const;
export type StepId = (typeof STEPS)[number];

/** The end of a step's message keys: `step…` (its name), `help…` (its help). */
export const STEP_KEYS = {
  identity: 'Identity',
  objective: 'Objective',
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  languages: 'Languages',
  interests: 'Interests',
  preview: 'Preview',
} as const;

export type ListKey =
  | 'profiles'
  | 'work'
  | 'volunteer'
  | 'education'
  | 'certificates'
  | 'skills'
  | 'languages'
  | 'interests';
export type FieldKind = 'text' | 'lines' | 'level' | 'fluency' | 'url';
export type FieldDef = [prop: string, label: BuilderKey, hint?: BuilderKey, kind?: FieldKind];
/** One repeating list of the CV (jobs, diplomas…): its texts, its place, its fields. */
export interface ListDef {
  key: ListKey;
  title: BuilderKey;
  item: BuilderKey;
  /** Where the list lives in the CV (`basics.profiles` or a top-level section). */
  path: Key[];
  fields: FieldDef[];
  dates?: 'range' | 'single';
}

export const LISTS: Record<ListKey, ListDef> = {
  profiles: {
    key: 'profiles',
    title: 'listProfiles',
    item: 'itemProfiles',
    path: ['basics', 'profiles'],
    fields: [
      ['network', 'fNetwork'],
      ['url', 'fUrl', undefined, 'url'],
    ],
  },
  work: {
    key: 'work',
    title: 'listWork',
    item: 'itemWork',
    path: ['work'],
    fields: [
      ['position', 'fPosition'],
      ['name', 'fEmployer'],
      ['location', 'fWhere'],
      ['highlights', 'fTasks', 'fTasksHint', 'lines'],
    ],
    dates: 'range',
  },
  volunteer: {
    key: 'volunteer',
    title: 'listVolunteer',
    item: 'itemVolunteer',
    path: ['volunteer'],
    fields: [
      ['position', 'fRole'],
      ['organization', 'fOrganization'],
      ['highlights', 'fTasks', undefined, 'lines'],
    ],
    dates: 'range',
  },
  education: {
    key: 'education',
    title: 'listEducation',
    item: 'itemEducation',
    path: ['education'],
    fields: [
      ['studyType', 'fDiploma', 'fDiplomaHint'],
      ['area', 'fArea'],
      ['institution', 'fSchool'],
    ],
    dates: 'range',
  },
  certificates: {
    key: 'certificates',
    title: 'listCertificates',
    item: 'itemCertificates',
    path: ['certificates'],
    fields: [
      ['name', 'fCertificate', 'fCertificateHint'],
      ['issuer', 'fIssuer'],
    ],
    dates: 'single',
  },
  skills: {
    key: 'skills',
    title: 'listSkills',
    item: 'itemSkills',
    path: ['skills'],
    fields: [
      ['name', 'fSkill', 'fSkillHint'],
      ['level', 'fLevel', undefined, 'level'],
      ['keywords', 'fDetails', undefined, 'lines'],
    ],
  },
  languages: {
    key: 'languages',
    title: 'listLanguages',
    item: 'itemLanguages',
    path: ['languages'],
    fields: [
      ['language', 'fLanguage'],
      ['fluency', 'fFluency', undefined, 'fluency'],
    ],
  },
  interests: {
    key: 'interests',
    title: 'listInterests',
    item: 'itemInterests',
    path: ['interests'],
    fields: [
      ['name', 'fInterest', 'fInterestHint'],
      ['keywords', 'fDetails', undefined, 'lines'],
    ],
  },
};

/** The driving licences always offered (others show once held). */
export const COMMON_LICENCES = ['AM', 'A', 'B', 'BE', 'C', 'CE', 'D'] as const;
/** The languages a CV can be written in, each named in itself. */
export const CV_LANGS: Array<[CvLang, string]> = [
  ['fr', 'Français'],
  ['en', 'English'],
  ['ar', 'العربية'],
];

/** A copy of `o` without `key`. */
export const without = <T extends Record<string, unknown>>(o: T, key: string): T =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as T;

/** A copy of `o` without the keys that start with `prefix`. */
export const withoutPrefix = <T extends Record<string, unknown>>(o: T, prefix: string): T =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith(prefix))) as T;

export const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** An updated copy of `o` with `value` at `path`; empty values remove their key (and empty parents). */
export function setIn(o: unknown, path: Key[], value: unknown): unknown {
  const [k, ...rest] = path;
  if (k === undefined) return value;
  if (Array.isArray(o)) {
    const copy = [...(o as unknown[])];
    copy[k as number] = setIn(copy[k as number], rest, value);
    return copy;
  }
  const obj = (o as Obj | undefined) ?? {};
  const next = setIn(obj[k], rest, value);
  return isEmpty(next) ? without(obj, String(k)) : { ...obj, [k]: next };
}

/** The value at `path` (undefined when a step of it is missing). */
export function getIn(o: unknown, path: Key[]): unknown {
  return path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Obj)[k]), o);
}

/** The entries of a list in the CV (none: an empty list). */
export const entriesOf = (cv: Cv, def: ListDef): Obj[] =>
  (getIn(cv, def.path) as Obj[] | undefined) ?? [];

/** What names an entry: its first field, trimmed (`''` when not written yet). */
export function entryTitle(def: ListDef, entry: Obj): string {
  const v = entry[def.fields[0]![0]];
  return typeof v === 'string' ? v.trim() : '';
}

/** The list with entry `i` moved by one place (`by`), or undefined at an end. */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] | undefined {
  const j = i + by;
  if (j < 0 || j >= list.length) return undefined;
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** The list with `entry` put back at `i`. */
export function restored<T>(list: readonly T[], i: number, entry: T): T[] {
  const next = [...list];
  next.splice(i, 0, entry);
  return next;
}

/** The licences held once `l` is ticked (`on`) or unticked, in the order of `LICENCES`. */
export function withLicence(
  held: readonly string[],
  l: (typeof LICENCES)[number],
  on: boolean,
): Array<(typeof LICENCES)[number]> {
  return on
    ? LICENCES.filter((c) => c === l || held.includes(c))
    : (held.filter((c) => c !== l) as Array<(typeof LICENCES)[number]>);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An e-mail address that looks like one (something@somewhere.tld, no space). */
export const emailOk = (e: string): boolean => EMAIL.test(e);
/** A phone number: ten digits, or an international one (`+`) of eight digits or more. */
export const phoneOk = (p: string): boolean =>
  p.replace(/\D/g, '').length >= 10 ||
  (p.trim().startsWith('+') && p.replace(/\D/g, '').length >= 8);

export type IdentityError = 'errName' | 'errContact' | 'errEmail' | 'errPhone';

/**
 * Checks of the identity step, by field id: a name and one contact (reported on `email`), and a
 * well-formed e-mail and phone. Nothing else is required.
 */
export function identityErrors(cv: Cv): Record<string, IdentityError> {
  const b = cv.basics ?? {};
  const e: Record<string, IdentityError> = {};
  const email = b.email?.trim() ?? '';
  const phone = b.phone?.trim() ?? '';
  if (!b.name?.trim()) e['name'] = 'errName';
  if (!email && !phone) e['email'] = 'errContact';
  else if (email && !emailOk(email)) e['email'] = 'errEmail';
  if (phone && !phoneOk(phone)) e['phone'] = 'errPhone';
  return e;
}

/**
 * The identity step after field `id` changed (`committed`: left), given the errors `shown`: a
 * field in error is checked again as it is typed; an e-mail or phone, once left and filled, is
 * checked too; a phone given clears « un moyen de vous joindre » on the e-mail. Gives the errors to
 * show (undefined: none) by field id, for the fields to check again only.
 */
export function recheckIdentity(
  cv: Cv,
  shown: Readonly<Record<string, unknown>>,
  id: string,
  committed: boolean,
): Record<string, IdentityError | undefined> {
  const filled = committed && !!cv.basics?.[id as 'email' | 'phone'];
  if (!(shown[id] || (filled && (id === 'email' || id === 'phone')))) return {};
  const errs = identityErrors(cv);
  const again: Record<string, IdentityError | undefined> = { [id]: errs[id] };
  if (committed && id === 'phone' && shown['email'] && !errs['email']) again['email'] = undefined;
  return again;
}

/** The CV lacks what every CV needs (a name, one contact). */
export function minimumMissing(cv: Cv): boolean {
  const e = identityErrors(cv);
  return !!(e['name'] || e['email'] === 'errContact');
}

/** A month (`01`–`12`, or `''`) and a year as typed: the CV's date, or what is wrong. */
export function readDate(
  month: string,
  year: string,
): { value?: string; error?: 'errMonthOnly' | 'errYear' } {
  const y = year.trim();
  const valid = /^\d{4}$/.test(y) && +y >= 1940 && +y <= 2100;
  const value = valid ? (month ? `${y}-${month}` : y) : undefined;
  if (!y && month) return { error: 'errMonthOnly' };
  if (y && !valid) return { error: 'errYear' };
  return { value };
}

/** An entry whose end (month or year) comes before its start. */
export function endsBeforeStart(entry: Obj): boolean {
  const [s, f] = [entry['startDate'], entry['endDate']] as [string | undefined, string | undefined];
  return !!(s && f && f.slice(0, 7) < s.slice(0, 7));
}

/** Month codes and names in a language, built once per language (a date formatter is slow to build). */
const monthNamesByLocale = new Map<string, ReadonlyArray<readonly [string, string]>>();
export function monthNames(locale: string): ReadonlyArray<readonly [string, string]> {
  let names = monthNamesByLocale.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long' });
    names = Array.from(
      { length: 12 },
      (_, k) => [String(k + 1).padStart(2, '0'), format.format(new Date(2000, k, 1))] as const,
    );
    monthNamesByLocale.set(locale, names);
  }
  return names;
}
