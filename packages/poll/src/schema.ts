/**
 * Content schemas of `<qd-poll>` and `<qd-poll-results>` (zod/mini): the single source of truth
 * for the TypeScript types, the runtime validation, and `schema.json` / `results/schema.json` for
 * editors. Their own rules report `§key`s: the French sentences are in `texts.lazy.ts` (loaded only
 * when a file is wrong, docs/decisions/0014).
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
  obj,
  optText,
  text,
  version,
} from '@quartiers-douai/core';

import { checkShowIf } from './show-if-rules.js';

/** Highest content `version` this package understands (poll and results files). */
export const POLL_CONTENT_VERSION = 1;

export const QUESTION_TYPES = ['single', 'multiple', 'ranking', 'scale', 'text'] as const;
export const RESULTS_VISIBILITY = ['after-vote', 'after-close', 'never'] as const;

/** Longest free-text answer accepted when the content sets no `maxLength`. */
export const DEFAULT_MAX_LENGTH = 500;
/** A scale has at most this many points (an 11-point 0–10 scale is the longest usable one). */
export const MAX_SCALE_POINTS = 11;

export const choiceSchema = obj({
  /** Stable identifier, stored in the ballots (changing the text later keeps the results). */
  id: id(),
  /** The choice as shown (rich text, inline). */
  text: text(),
  /** Easy-to-read variant. */
  easy: optText(),
  image: z.optional(image()),
});

export const scaleSchema = obj({
  min: int(),
  max: int(),
  /** What the lowest value means, e.g. "Pas du tout d'accord". */
  minLabel: optText(),
  /** What the highest value means, e.g. "Tout à fait d'accord". */
  maxLabel: optText(),
});

/**
 * One condition of `showIf`: the earlier question `question` got one of the answers `anyOf`
 * (choice ids; points of a scale), or any answer (`answered: true`). Declarative only: nothing is
 * evaluated from text.
 */
export const conditionSchema = obj({
  question: id(),
  anyOf: z.optional(
    z.array(
      z.custom<string | number>((v) => typeof v === 'string' || typeof v === 'number', {
        message: '§showIfAnswerType',
      }),
    ),
  ),
  answered: z.optional(z.boolean()),
});

/**
 * When a question is asked: one condition, or all of a list (`all`), or one of a list (`any`).
 * A question not asked is neither shown, required nor counted, and is absent from the ballot.
 */
export const showIfSchema = obj({
  ...conditionSchema.shape,
  question: z.optional(id()),
  all: z.optional(z.array(conditionSchema)),
  any: z.optional(z.array(conditionSchema)),
});

export const questionSchema = obj({
  id: id(),
  type: z.enum(QUESTION_TYPES),
  prompt: text(),
  /** Easy-to-read variant of the prompt. */
  easy: optText(),
  /** A short help shown under the prompt. */
  help: optText(),
  required: z._default(z.boolean(), false),
  /** For single, multiple and ranking. */
  choices: z.optional(z.array(choiceSchema)),
  /** Shows the choices in a different order to each person (against the "first choice" bias). */
  shuffle: z._default(z.boolean(), false),
  /** For multiple: most choices a person may tick. */
  maxChoices: z.optional(int(1)),
  /** For scale. */
  scale: z.optional(scaleSchema),
  /** For text: longest answer, in characters (500 when absent). */
  maxLength: z.optional(int(1, 5000)),
  /** Asked only after given answers to earlier questions (docs/decisions/0025). */
  showIf: z.optional(showIfSchema),
});

export const pollContentSchema = obj({
  version: version(),
  lang: lang(),
  /** Identifies the poll in the ballots, on the device (one vote per device) and in the exports. */
  id: id(),
  title: text(),
  description: optText(),
  easyDescription: optText(),
  /** First day of voting (AAAA-MM-JJ, included). */
  opensAt: z.optional(isoDate()),
  /** Last day of voting (AAAA-MM-JJ, included). */
  closesAt: z.optional(isoDate()),
  /** When `<qd-poll-results>` may show the results. */
  results: z._default(z.enum(RESULTS_VISIBILITY), 'after-close'),
  /** Who receives the answers, what for, for how long. Required when the poll sends them (`action`). */
  privacy: optText(),
  questions: z.array(questionSchema),
}).check((ctx) => {
  const c = ctx.value;
  if (c.questions.length === 0) addIssue(ctx, ['questions'], '§noQuestion');
  checkUniqueIds(ctx, c.questions, ['questions']);
  if (c.opensAt && c.closesAt && c.opensAt > c.closesAt) {
    addIssue(ctx, ['closesAt'], '§closesBeforeOpens', {
      opensAt: c.opensAt,
      closesAt: c.closesAt,
    });
  }
  c.questions.forEach((q, i) => {
    const at = ['questions', i];
    const choices = q.choices ?? [];
    const withChoices = q.type === 'single' || q.type === 'multiple' || q.type === 'ranking';
    if (withChoices) {
      if (choices.length < 2) addIssue(ctx, [...at, 'choices'], '§twoChoices');
      checkUniqueIds(ctx, choices, [...at, 'choices']);
    } else if (q.choices) {
      addIssue(ctx, [...at, 'choices'], '§noChoices', { type: q.type });
    }
    if (q.maxChoices !== undefined) {
      if (q.type !== 'multiple') addIssue(ctx, [...at, 'maxChoices'], '§maxChoicesOnlyMultiple');
      else if (q.maxChoices > choices.length && choices.length >= 2)
        addIssue(ctx, [...at, 'maxChoices'], '§maxChoicesTooBig', { count: choices.length });
    }
    if (q.type === 'scale') {
      const s = q.scale;
      if (!s) addIssue(ctx, [...at, 'scale'], '§scaleMissing');
      else if (s.max <= s.min)
        addIssue(ctx, [...at, 'scale', 'max'], '§scaleMaxBelowMin', { min: s.min, max: s.max });
      else if (s.max - s.min + 1 > MAX_SCALE_POINTS)
        addIssue(ctx, [...at, 'scale'], '§scaleTooLong', {
          points: s.max - s.min + 1,
          most: MAX_SCALE_POINTS,
        });
    } else if (q.scale) {
      addIssue(ctx, [...at, 'scale'], '§scaleOnlyScale');
    }
    if (q.maxLength !== undefined && q.type !== 'text')
      addIssue(ctx, [...at, 'maxLength'], '§maxLengthOnlyText');
  });
  checkShowIf(ctx, c.questions);
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = pollContentSchema;

/** One answer: a choice id (single), choice ids (multiple; ranking, best first), a number (scale), a text. */
export type Answer = string | string[] | number;

const isAnswer = (a: unknown): a is Answer =>
  typeof a === 'string' ||
  (typeof a === 'number' && Number.isFinite(a)) ||
  (Array.isArray(a) && a.every((x) => typeof x === 'string'));

/**
 * The answers of a ballot, by question id. A hand-written check rather than `z.record(z.union(…))`:
 * the same rule for ~0.9 KB less in the CDN bundle (measured).
 */
export const answersSchema = z.custom<Record<string, Answer>>(
  (v) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isAnswer),
  {
    message:
      "réponses illisibles : chaque réponse est un identifiant de choix, une liste d'identifiants, un nombre ou un texte",
  },
);

/** A ballot: the poll and the answers — no identity, no date. */
export const ballotSchema = z.object({
  pollId: z.string(),
  answers: answersSchema,
});

/**
 * A results file for `<qd-poll-results>`: the poll (for the texts) and its ballots, exactly as the
 * staff panel's "JSON" export gives them; or the poll alone with the `local` attribute.
 */
export const resultsContentSchema = obj({
  version: version(),
  poll: pollContentSchema,
  /** Date of the count, shown as "Résultats au …" (AAAA-MM-JJ). */
  updated: z.optional(isoDate()),
  ballots: z._default(z.array(obj({ pollId: z.optional(z.string()), answers: answersSchema })), []),
}).check((ctx) => {
  ctx.value.ballots.forEach((b, i) => {
    if (b.pollId !== undefined && b.pollId !== ctx.value.poll.id) {
      addIssue(ctx, ['ballots', i, 'pollId'], '§otherPoll', {
        ballot: b.pollId,
        poll: ctx.value.poll.id,
      });
    }
  });
});

export type PollContent = z.output<typeof pollContentSchema>;
export type PollContentInput = z.input<typeof pollContentSchema>;
export type PollQuestion = z.output<typeof questionSchema>;
export type ShowIf = z.output<typeof showIfSchema>;
export type ShowIfCondition = z.output<typeof conditionSchema>;
export type PollChoice = z.output<typeof choiceSchema>;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type ResultsVisibility = (typeof RESULTS_VISIBILITY)[number];
export type Ballot = z.output<typeof ballotSchema>;
export type ResultsContent = z.output<typeof resultsContentSchema>;
export type ResultsContentInput = z.input<typeof resultsContentSchema>;
