/**
 * The maker's draft: every field as typed (strings), kept on the device while the resident works,
 * and its two-way conversion with a tutorial file (`toTutorial` / `fromTutorial`). The exported
 * file *is* a tutorial content file, with every photo and voice inside it as a `data:` address.
 */
import { LEVELS, type Level } from './common.js';
import type { Tutorial, TutorialInput } from './tutorial-schema.js';

export interface DraftStep {
  title: string;
  text: string;
  easy: string;
  image?: { src: string; alt: string };
  audio?: { src: string; transcript: string };
}

export interface Draft {
  id: string;
  lang: 'fr' | 'en' | 'ar';
  title: string;
  summary: string;
  easy: string;
  author: string;
  centre: string;
  licence: string;
  level: Level;
  duration: string;
  /** One per line. */
  materials: string;
  /** Separated by commas. */
  tags: string;
  createdAt: string;
  steps: DraftStep[];
}

/** The address of the JSON Schema written at the top of an exported file (editors' autocompletion). */
export const SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@quartiers-douai/tutos@0/schema.json';

export const emptyStep = (): DraftStep => ({ title: '', text: '', easy: '' });

export const emptyDraft = (today = new Date().toISOString().slice(0, 10)): Draft => ({
  id: '',
  lang: 'fr',
  title: '',
  summary: '',
  easy: '',
  author: '',
  centre: '',
  licence: 'CC BY-SA 4.0',
  level: 'debutant',
  duration: '',
  materials: '',
  tags: '',
  createdAt: today,
  steps: [emptyStep()],
});

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Any stored or imported value → a well-formed draft (wrong types become empty fields). */
export function normalizeDraft(raw: unknown): Draft {
  const o = rec(raw);
  const d = emptyDraft(str(o['createdAt']) || undefined);
  const steps = Array.isArray(o['steps']) ? o['steps'] : [];
  const lang = str(o['lang']);
  const level = str(o['level']);
  return {
    ...d,
    id: str(o['id']),
    lang: lang === 'en' || lang === 'ar' ? lang : 'fr',
    title: str(o['title']),
    summary: str(o['summary']),
    easy: str(o['easy']),
    author: str(o['author']),
    centre: str(o['centre']),
    licence: typeof o['licence'] === 'string' ? o['licence'] : d.licence,
    level: (LEVELS as readonly string[]).includes(level) ? (level as Level) : 'debutant',
    duration: str(o['duration']),
    materials: str(o['materials']),
    tags: str(o['tags']),
    steps: steps.map((s) => {
      const x = rec(s);
      const image = rec(x['image']);
      const audio = rec(x['audio']);
      return {
        title: str(x['title']),
        text: str(x['text']),
        easy: str(x['easy']),
        ...(str(image['src']) ? { image: { src: str(image['src']), alt: str(image['alt']) } } : {}),
        ...(str(audio['src'])
          ? { audio: { src: str(audio['src']), transcript: str(audio['transcript']) } }
          : {}),
      };
    }),
  };
}

/** An identifier from a title: « Créer une adresse e-mail » → `creer-une-adresse-e-mail`. */
export function slug(title: string): string {
  const s = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'mon-tuto';
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const commas = (s: string) =>
  s
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
/** `{ [k]: v }` when `v` has something, else nothing. */
const opt = <K extends string>(k: K, v: string) =>
  (v.trim() ? { [k]: v.trim() } : {}) as Partial<Record<K, string>>;

/** The draft as a tutorial file (before validation). */
export function toTutorial(d: Draft): TutorialInput {
  const minutes = Number(d.duration.trim());
  return {
    version: 1,
    lang: d.lang,
    id: d.id || slug(d.title),
    title: d.title.trim(),
    summary: d.summary.trim(),
    ...opt('easy', d.easy),
    ...opt('author', d.author),
    ...opt('centre', d.centre),
    licence: d.licence.trim() || 'CC BY-SA 4.0',
    level: d.level,
    ...(d.duration.trim() ? { duration: minutes } : {}),
    materials: lines(d.materials),
    steps: d.steps.map((s) => ({
      title: s.title.trim(),
      text: s.text.trim(),
      ...opt('easy', s.easy),
      ...(s.image ? { image: { src: s.image.src, alt: s.image.alt.trim() } } : {}),
      ...(s.audio ? { audio: { src: s.audio.src, transcript: s.audio.transcript.trim() } } : {}),
    })),
    tags: commas(d.tags),
    ...opt('createdAt', d.createdAt),
  };
}

/** A tutorial (a file opened, or the element's content) as a draft to edit. */
export function fromTutorial(t: Tutorial): Draft {
  return {
    id: t.id,
    lang: t.lang,
    title: t.title,
    summary: t.summary,
    easy: t.easy ?? '',
    author: t.author ?? '',
    centre: t.centre ?? '',
    licence: t.licence,
    level: t.level,
    duration: t.duration === undefined ? '' : String(t.duration),
    materials: t.materials.join('\n'),
    tags: t.tags.join(', '),
    createdAt: t.createdAt ?? '',
    steps: t.steps.map((s) => ({
      title: s.title,
      text: s.text,
      easy: s.easy ?? '',
      ...(s.image ? { image: { src: s.image.src, alt: s.image.alt } } : {}),
      ...(s.audio ? { audio: { src: s.audio.src, transcript: s.audio.transcript } } : {}),
    })),
  };
}
