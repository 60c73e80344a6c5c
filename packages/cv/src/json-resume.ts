/**
 * JSON Resume in and out. Importing keeps every field (known ones are used, the others are listed
 * so the person knows what the builder does not show); exporting gives a JSON Resume v1.0.0
 * document (its top level admits no other key: the kit's additions are inside `basics` and `meta`).
 */
import {
  parseJsonText,
  problemToString,
  validateContent,
  type Problem,
} from '@quartiers-douai/core';
import { CV_CONTENT_VERSION, cvSchema, type Cv } from './schema.js';
// Static on purpose: an import is explained at once (importCv is synchronous), so the builder's
// bundle keeps these sentences; the elements' error panels load the same file on demand.
import { cvTexts } from './texts.lazy.js';

/** `$schema` of exported files. */
export const JSON_RESUME_SCHEMA =
  'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** The top-level keys of a JSON Resume document (nothing else is allowed there). */
export const JSON_RESUME_KEYS = [
  '$schema',
  'basics',
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
  'meta',
] as const;

/** A CV file is refused above this size (a CV with its photo is far below). */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ImportCvResult =
  { ok: true; cv: Cv; ignored: string[] } | { ok: false; problems: Problem[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An imported value → a CV, or French problems. `ignored` lists the fields kept but not shown. */
export function importCv(value: unknown): ImportCvResult {
  if (!isRecord(value) || !JSON_RESUME_KEYS.some((k) => k !== '$schema' && k in value)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message:
            'ce fichier ne ressemble pas à un CV : il ne contient aucune des rubriques d\'un CV au format JSON Resume ("basics", "work", "education"…)',
        },
      ],
    };
  }
  const r = validateContent(cvSchema, value, {
    supportedVersion: CV_CONTENT_VERSION,
    packageName: '@quartiers-douai/cv',
    texts: cvTexts,
  });
  if (!r.ok) return r;
  return { ok: true, cv: r.data, ignored: r.warnings.map((w) => w.path) };
}

/** The text of a chosen file → a CV, or French problems (bad JSON with its line, wrong file…). */
export function importCvText(text: string): ImportCvResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? importCv(parsed.value) : { ok: false, problems: [parsed.problem] };
}

/** Problems as one French sentence, for a status message. */
export function problemsSentence(problems: Problem[]): string {
  const listed = problems.slice(0, 3).map(problemToString);
  return listed.join(' ; ') + (problems.length > 3 ? ` (et ${problems.length - 3} autres)` : '');
}

/** The CV as a JSON Resume v1.0.0 document (a fresh object). */
export function toJsonResume(cv: Cv, now = new Date()): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(cv)) as Record<string, unknown>;
  const out: Record<string, unknown> = { $schema: JSON_RESUME_SCHEMA };
  for (const k of JSON_RESUME_KEYS) if (k !== '$schema' && copy[k] !== undefined) out[k] = copy[k];
  const meta = isRecord(out.meta) ? out.meta : {};
  const kit = isRecord(meta['x-qd']) ? meta['x-qd'] : {};
  out.meta = {
    ...meta,
    lastModified: now.toISOString().slice(0, 19),
    'x-qd': { ...kit, version: CV_CONTENT_VERSION },
  };
  return out;
}

/** A file name such as `cv-samira-benali.json`. */
export function cvFileName(cv: Cv, ext: string): string {
  const slug = (cv.basics?.name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `cv${slug ? `-${slug}` : ''}.${ext}`;
}
