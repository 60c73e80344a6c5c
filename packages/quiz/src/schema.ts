/**
 * Content schema of `<qd-quiz>` (zod/mini): the single source of truth for the TypeScript types,
 * the runtime validation, and `schema.json` for editors. Its own rules report `§key`s: their
 * French sentences are in `texts.lazy.ts` (loaded only when a file is wrong).
 */
import * as z from 'zod/mini';
import {
  addIssue,
  assetUrl,
  checkUniqueIds,
  id,
  image,
  int,
  lang,
  num,
  obj,
  optText,
  text,
  version,
} from '@quartiers-douai/core';

/** Highest content `version` this package understands. */
export const QUIZ_CONTENT_VERSION = 1;

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true-false',
  'text',
  'ordering',
  'matching',
  'blanks',
  'image-zone',
] as const;
export const AUDIENCES = ['junior', 'ados', 'adultes'] as const;
export const MODES = ['training', 'challenge'] as const;

export const choiceSchema = obj({
  /** The choice as shown (rich text, inline). */
  text: text(),
  /** Easy-to-read variant. */
  easy: optText(),
  correct: z.optional(z.boolean()),
  /** Shown after answering, when this choice was picked. */
  feedback: optText(),
  /** For matching: what goes with `text` (several choices may share one, to sort into groups). */
  match: optText(),
  /** Easy-to-read variant of `match`. */
  easyMatch: optText(),
  /**
   * For image-zone: where this part of the picture is, in % of its width (`x`, `w`) and height
   * (`y`, `h`) from the top left; `text` is what it is ("Barre d'adresse").
   */
  at: z.optional(obj({ x: num(0, 100), y: num(0, 100), w: num(1, 100), h: num(1, 100) })),
});

export const questionSchema = obj({
  id: id(),
  type: z.enum(QUESTION_TYPES),
  prompt: text(),
  easy: optText(),
  image: z.optional(image()),
  /**
   * A sound or a video with the question (never played by itself). A video has captions in the
   * content's language (a WebVTT file), or says why it needs none, as the festival's films do.
   */
  media: z.optional(
    obj({
      /** The file: a path ("media/appel.mp3") or an https address. */
      src: assetUrl(),
      /** A sound or a video. */
      kind: z.enum(['audio', 'video']),
      /** The captions (.vtt), for a video. */
      captions: z.optional(assetUrl()),
      /** Why a video has no captions (no speech…). */
      captionsNotNeeded: optText(),
      /** What is said and heard, as text. */
      transcript: optText(),
    }),
  ),
  /**
   * For single, multiple and true-false (true-false may omit them: "Vrai"/"Faux"); for ordering,
   * the items written in the right order (the quiz shows them mixed); for matching, the items
   * each with its `match`.
   */
  choices: z.optional(z.array(choiceSchema)),
  /** For true-false without `choices`: is the statement true? */
  correct: z.optional(z.boolean()),
  /**
   * For blanks: the sentence, each gap in braces with its accepted answers separated by `|`
   * ("Au moins {12|douze} caractères"); case, accents and extra spaces are ignored.
   */
  sentence: optText(),
  /** For text questions: accepted answers (case, accents and extra spaces are ignored). */
  answers: z.optional(z.array(text())),
  explanation: optText(),
  /** Easy-to-read variant of the explanation. */
  easyExplanation: optText(),
});

export const quizContentSchema = obj({
  version: version(),
  lang: lang(),
  /** Optional stable identifier (used to keep progress apart when two quizzes share a page). */
  id: z.optional(id()),
  title: text(),
  description: optText(),
  easyDescription: optText(),
  audience: z._default(z.enum(AUDIENCES), 'adultes'),
  mode: z._default(z.enum(MODES), 'training'),
  /** How many questions to draw from the pool for one round (all when absent). */
  draw: z.optional(int(1)),
  shuffle: z._default(z.boolean(), false),
  /** Share of right answers needed to pass, from 0 to 1 (e.g. 0.7). */
  passScore: z.optional(num(0, 1)),
  questions: z.array(questionSchema),
}).check((ctx) => {
  const c = ctx.value;
  if (c.questions.length === 0) {
    addIssue(ctx, ['questions'], '§noQuestion');
  }
  checkUniqueIds(ctx, c.questions, ['questions']);
  c.questions.forEach((q, i) => {
    const at = ['questions', i];
    const choices = q.choices ?? [];
    const right = choices.filter((ch) => ch.correct === true).length;
    const m = q.media;
    if (m?.kind === 'video' && !m.captions && !m.captionsNotNeeded)
      addIssue(ctx, [...at, 'media', 'captions'], '§captions');
    switch (q.type) {
      case 'image-zone':
        if (!q.image?.width || !q.image.height) addIssue(ctx, [...at, 'image'], '§zoneImage');
        choices.forEach((ch, j) => ch.at || addIssue(ctx, [...at, 'choices', j, 'at'], '§zoneAt'));
      // falls through: one right zone, as one right choice
      case 'single':
      case 'multiple':
        if (choices.length < 2) {
          addIssue(ctx, [...at, 'choices'], '§twoChoices');
        } else if (q.type !== 'multiple' && right !== 1) {
          addIssue(ctx, [...at, 'choices'], '§oneRight', { right });
        } else if (right < 1) {
          addIssue(ctx, [...at, 'choices'], '§someRight');
        }
        break;
      case 'true-false':
        if (q.choices === undefined) {
          if (q.correct === undefined) addIssue(ctx, [...at, 'correct'], '§trueFalseCorrect');
        } else if (choices.length !== 2) {
          addIssue(ctx, [...at, 'choices'], '§trueFalseChoices');
        } else if (right !== 1) {
          addIssue(ctx, [...at, 'choices'], '§oneRight', { right });
        }
        break;
      case 'ordering':
      case 'matching':
        if (choices.length < 2) addIssue(ctx, [...at, 'choices'], '§twoChoices');
        if (q.type === 'matching')
          choices.forEach((ch, j) => {
            if (!ch.match?.trim()) addIssue(ctx, [...at, 'choices', j, 'match'], '§match');
          });
        break;
      case 'blanks':
        if (!/\{[^{}]*[^{}\s|][^{}]*\}/.test(q.sentence ?? ''))
          addIssue(ctx, [...at, 'sentence'], '§blanks');
        break;
      case 'text':
        if (!q.answers || q.answers.length === 0) {
          addIssue(ctx, [...at, 'answers'], '§textAnswers');
        }
        break;
    }
  });
  if (c.draw !== undefined && c.draw > c.questions.length && c.questions.length > 0) {
    addIssue(ctx, ['draw'], '§drawTooBig', { draw: c.draw, count: c.questions.length });
  }
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = quizContentSchema;

export type QuizContent = z.output<typeof quizContentSchema>;
export type QuizContentInput = z.input<typeof quizContentSchema>;
export type QuizQuestion = z.output<typeof questionSchema>;
export type QuizChoice = z.output<typeof choiceSchema>;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Audience = (typeof AUDIENCES)[number];
