/**
 * Content schema of one tutorial (zod/mini), built from core's bricks: read by `<qd-tuto>`,
 * written and exported by `<qd-tuto-maker>` (the exported file *is* a content file).
 */
import * as z from 'zod/mini';
import {
  id,
  image,
  int,
  isSafeAssetUrl,
  isoDate,
  lang,
  list,
  obj,
  optText,
  rule,
  text,
  version,
} from '@quartiers-douai/core';
import { LEVELS } from './common.js';

export { LEVELS, TUTO_CONTENT_VERSION, isPageUrl, type Level } from './common.js';

/** The licence of a tutorial when the file does not say. */
export const DEFAULT_LICENCE = 'CC BY-SA 4.0';

/** Longest author name: a first name or a pseudonym, never a full identity. */
export const AUTHOR_MAX = 40;

/** Most steps in a tutorial (a longer one is better split in two). */
export const MAX_STEPS = 40;

/**
 * A recorded or attached voice: a relative path, an https address, or an inline sound as made by
 * `<qd-tuto-maker>` (`data:audio/webm;codecs=opus;base64,…`, `data:audio/mpeg;base64,…`).
 */
export const isSafeAudioUrl = (value: string): boolean =>
  isSafeAssetUrl(
    value,
    /^data:audio\/(webm|ogg|mpeg|mp4|mp3|wav|x-wav|aac|x-m4a)(;codecs=[a-z0-9.]+)?;base64,[a-z0-9+/=]+$/i,
  );

/** A first name or a pseudonym: short, no e-mail address, no phone number. */
export const isPseudonym = (s: string): boolean =>
  s.trim() !== '' && s.length <= AUTHOR_MAX && !/[@\d]/.test(s);

export const audioSchema = obj({
  src: z.string().check(rule(isSafeAudioUrl, 'audio')),
  /** What is said, written out: required (people who cannot hear, or not here, read it). */
  transcript: text(),
});

export const stepSchema = obj({
  title: text(),
  /** What to do, in the kit's rich text (paragraphs, lists, **gras**, links). */
  text: text(),
  /** Easy-to-read variant (FALC). */
  easy: optText(),
  image: z.optional(image()),
  audio: z.optional(audioSchema),
});

export const tutorialSchema = obj({
  version: version(),
  lang: lang(),
  id: id(),
  title: text(),
  /** What one will know how to do, in a sentence or two. */
  summary: text(),
  /** Easy-to-read summary (FALC). */
  easy: optText(),
  /** First name or pseudonym of who made it (never a full name, an e-mail or a phone). */
  author: z.optional(z.string().check(rule(isPseudonym, 'author', { max: AUTHOR_MAX }))),
  /** The centre where it was made. */
  centre: optText(),
  licence: z._default(text(), DEFAULT_LICENCE),
  level: z._default(z.enum(LEVELS), 'debutant'),
  /** About how long it takes, in minutes. */
  duration: z.optional(int(1, 600)),
  /** What you need (a phone, an e-mail address…). */
  materials: z._default(z.array(text()), []),
  steps: list(stepSchema, 1, MAX_STEPS),
  tags: z._default(z.array(text()), []),
  /** When it was made (AAAA-MM-JJ). */
  createdAt: z.optional(isoDate()),
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = tutorialSchema;

export type Tutorial = z.output<typeof tutorialSchema>;
export type TutorialInput = z.input<typeof tutorialSchema>;
export type TutoStep = z.output<typeof stepSchema>;
export type TutoAudio = z.output<typeof audioSchema>;
