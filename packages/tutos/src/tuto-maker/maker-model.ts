/**
 * The maker's model, without a DOM: what the resident's actions do to a draft (a field typed, a
 * step added, moved, removed or put back, a photo or a voice added or removed), what is still
 * missing before the tutorial can be shared, the file it is shared as, and a file opened. Every function returns
 * a new draft and leaves the one it is given as it was; `<qd-tuto-maker>` keeps the draft, saves
 * it, and says what happened.
 */
import {
  issuesToProblems,
  parseJsonText,
  problemToString,
  type Texts,
  type ZodIssueLike,
} from '@quartiers-douai/core';
import {
  SCHEMA_URL,
  emptyDraft,
  emptyStep,
  toTutorial,
  type Draft,
  type DraftStep,
} from '../draft.js';
import { AUDIO_MAX_MB, dataUrlBytes } from '../media.js';
import type { MakerKey } from '../maker-messages.js';
import { tutoContentSpec } from '../shared.js';
import {
  MAX_STEPS,
  isPseudonym,
  isSafeAudioUrl,
  tutorialSchema,
  type Tutorial,
} from '../tutorial-schema.js';

/** The tutorial's own text fields (the level is chosen, the rest is set by the maker). */
export type DraftField = Exclude<keyof Draft, 'steps' | 'level' | 'lang' | 'id' | 'createdAt'>;

/** `qd-export`: the tutorial was exported to a file. */
export interface TutoExportDetail {
  id: string;
  steps: number;
  /** Size of the file, in bytes. */
  bytes: number;
}

/** `qd-import`: a tutorial file was opened. */
export interface TutoImportDetail {
  id: string;
}

/** The largest tutorial file the maker opens (photos and voices included). */
export const MAX_OPEN_BYTES = 30 * 1024 * 1024;

/** A step taken out of the draft, kept to be put back (« Annuler la suppression »). */
export interface RemovedStep {
  index: number;
  step: DraftStep;
}

/** What is missing or wrong in a field: the message to show, and its step number if any. */
export interface Missing {
  key: MakerKey;
  n?: number;
}

const withSteps = (d: Draft, steps: DraftStep[]): Draft => ({ ...d, steps });

/** The draft with step `i` changed (`patch` replaces the fields it has). */
export const withStepChanged = (d: Draft, i: number, patch: Partial<DraftStep>): Draft =>
  withSteps(
    d,
    d.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)),
  );

/** Whether one more step may be added (a tutorial has `MAX_STEPS` at most). */
export const canAddStep = (d: Draft): boolean => d.steps.length < MAX_STEPS;

/** The draft with an empty step at the end. */
export const withStepAdded = (d: Draft): Draft => withSteps(d, [...d.steps, emptyStep()]);

/** The draft with step `i` moved by one place; `undefined` when it cannot go further. */
export function withStepMoved(d: Draft, i: number, by: -1 | 1): Draft | undefined {
  const j = i + by;
  if (i < 0 || j < 0 || j >= d.steps.length) return undefined;
  const steps = [...d.steps];
  [steps[i], steps[j]] = [steps[j]!, steps[i]!];
  return withSteps(d, steps);
}

/**
 * The draft without step `i`, and the step removed (to put it back). A tutorial always has one
 * step: removing the last one leaves an empty step.
 */
export function withStepRemoved(
  d: Draft,
  i: number,
): { draft: Draft; removed: RemovedStep } | undefined {
  const step = d.steps[i];
  if (!step) return undefined;
  const steps = d.steps.filter((_, j) => j !== i);
  return {
    draft: withSteps(d, steps.length > 0 ? steps : [emptyStep()]),
    removed: { index: i, step },
  };
}

/** The draft with a removed step back at its place. */
export function withStepRestored(d: Draft, r: RemovedStep): Draft {
  const steps = [...d.steps];
  steps.splice(r.index, 0, r.step);
  return withSteps(d, steps);
}

/** The draft with a photo (a `data:` address) at step `i`; a description already written stays. */
export const withPhoto = (d: Draft, i: number, src: string): Draft =>
  withStepChanged(d, i, { image: { src, alt: d.steps[i]?.image?.alt ?? '' } });

/** The draft with a voice (a `data:` address) at step `i`; what is said, if written, stays. */
export const withVoice = (d: Draft, i: number, src: string): Draft =>
  withStepChanged(d, i, { audio: { src, transcript: d.steps[i]?.audio?.transcript ?? '' } });

/** The draft without the photo (`image`) or the voice (`audio`) of step `i`. */
export function withoutMedia(d: Draft, i: number, media: 'image' | 'audio'): Draft {
  return withSteps(
    d,
    d.steps.map((s, j) => {
      if (j !== i) return s;
      const { [media]: _removed, ...rest } = s;
      return rest;
    }),
  );
}

/** Whether a sound read as a `data:` address may be kept: a sound, `AUDIO_MAX_MB` at most. */
export const isAcceptableVoice = (src: string): boolean =>
  dataUrlBytes(src) <= AUDIO_MAX_MB * 1024 * 1024 && isSafeAudioUrl(src);

/** What is missing or wrong before sharing, by field id, in the order of the form. */
export function whatIsMissing(d: Draft): Record<string, Missing> {
  const e: Record<string, Missing> = {};
  if (!d.title.trim()) e['f-title'] = { key: 'errTitle' };
  if (!d.summary.trim()) e['f-summary'] = { key: 'errSummary' };
  if (d.author.trim() && !isPseudonym(d.author.trim())) e['f-author'] = { key: 'errAuthor' };
  const minutes = Number(d.duration.trim());
  if (d.duration.trim() && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 600))
    e['f-duration'] = { key: 'errDuration' };
  d.steps.forEach((s, i) => {
    const n = i + 1;
    if (!s.title.trim()) e[`s${i}-title`] = { key: 'errStepTitle', n };
    if (!s.text.trim()) e[`s${i}-text`] = { key: 'errStepText', n };
    if (s.image && !s.image.alt.trim()) e[`s${i}-alt`] = { key: 'errAlt', n };
    if (s.audio && !s.audio.transcript.trim()) e[`s${i}-transcript`] = { key: 'errTranscript', n };
  });
  return e;
}

/** Whether the draft is ready to share: nothing missing, and a valid tutorial. */
export const isReadyToShare = (d: Draft): boolean => tutorialFile(d) !== undefined;

/** The file a draft is shared as (JSON with its `$schema`), when it is ready to share. */
export function tutorialFile(
  d: Draft,
): { name: string; text: string; detail: TutoExportDetail } | undefined {
  if (Object.keys(whatIsMissing(d)).length > 0) return undefined;
  const parsed = tutorialSchema.safeParse(toTutorial(d));
  if (!parsed.success) return undefined;
  const { id, steps } = parsed.data;
  const text = JSON.stringify({ $schema: SCHEMA_URL, ...parsed.data }, null, 2) + '\n';
  const detail = { id, steps: steps.length, bytes: new Blob([text]).size };
  return { name: `${id}.json`, text, detail };
}

/**
 * Whether the draft is still the one the maker started from (nothing typed): a file opened then
 * replaces it without asking.
 */
export const isUntouched = (d: Draft, start?: Draft): boolean =>
  JSON.stringify(d) === JSON.stringify(start ?? emptyDraft(d.createdAt));

/**
 * A tutorial file opened (as exported here or elsewhere): the tutorial, or why it is refused, in
 * French as in the error panel (`path : what to change`, three at most). The tutos' own rule
 * sentences (texts.lazy.ts) come on demand, so the reason of a file that breaks them comes later.
 */
export function readTutorialFile(
  text: string,
): { tutorial: Tutorial } | { refused: string | Promise<string> } {
  const json = parseJsonText(text);
  if (!json.ok) return { refused: json.problem.message };
  const r = tutorialSchema.safeParse(json.value);
  if (r.success) return { tutorial: r.data };
  const issues = r.error.issues as unknown as ZodIssueLike[];
  const explain = (texts?: { default: Texts }) =>
    issuesToProblems(issues, [], texts?.default).slice(0, 3).map(problemToString).join(' ; ');
  return { refused: tutoContentSpec.texts!().then(explain, () => explain()) };
}
