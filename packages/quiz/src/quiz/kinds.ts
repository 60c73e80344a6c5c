/**
 * The question types whose code comes later (docs/decisions/0016, 0019): `ordering` (and the
 * types that follow it) each live in a part of the bundle, `<type>.part.ts`, fetched only when a
 * content has a question of that type (when the content comes, ahead of « Commencer » and of
 * printing). A part defines its element `<qd-quiz-<type>>` (the question, and its paper version),
 * brings its French texts, and tells how its answers are checked and said (`Kind`). A content
 * with none of these types fetches nothing more.
 */
import { onDemand, type Catalog } from '@quartiers-douai/core';
import { quizMessages, type KindKey } from '../messages.js';
import type { QuestionType, QuizContent } from '../schema.js';
import type { Wording } from './answer-text.js';
import type { Answer, RoundQuestion } from './engine.js';

/** How a question type loaded later checks and says its answers (no DOM). */
export interface Kind {
  /** Right or wrong (the answer is not empty). */
  correct(rq: RoundQuestion, a: Answer): boolean;
  /** What was answered, as plain texts. */
  given(w: Wording, rq: RoundQuestion, a: Answer): string[];
  /** The right answer, as plain texts (« La bonne réponse : … »). */
  right(w: Wording, rq: RoundQuestion): string[];
  /** What « Écouter » reads after the question. */
  spoken(w: Wording, rq: RoundQuestion): string[];
  /** The message when « Valider » is pressed with no answer. */
  ask?: KindKey;
}

/** What a part exports (`media.part.ts` has no `kind`: it is not a type). */
export interface KindPart {
  kind?: Kind;
  fr: Partial<Catalog<KindKey>>;
}

const kinds: Partial<Record<QuestionType | 'media', Kind>> = {};

const part = (type: QuestionType | 'media', importer: () => Promise<KindPart>) =>
  onDemand(importer, (m) => {
    Object.assign(quizMessages.fr, m.fr);
    kinds[type] = m.kind;
  });

const parts: Partial<Record<QuestionType | 'media', ReturnType<typeof part>>> = {
  ordering: part('ordering', () => import('./ordering.part.js')),
  matching: part('matching', () => import('./matching.part.js')),
  blanks: part('blanks', () => import('./blanks.part.js')),
  'image-zone': part('image-zone', () => import('./image-zone.part.js')),
  // (not a type: a sound or a video in any question)
  media: part('media', () => import('./media.part.js')),
};

/** The types of a content that have a part (and `media` when a question has a sound or a video). */
const typesOf = (c: QuizContent | undefined) =>
  [...new Set(c?.questions.flatMap((q) => [q.type, q.media ? ('media' as const) : q.type]))].filter(
    (t) => parts[t],
  );

/** The checks of a type loaded later, once it is here (`undefined` for the first four types). */
export const kindOf = (type: QuestionType): Kind | undefined => kinds[type];

/** Whether a type is one of those loaded later (its element is `<qd-quiz-<type>>`). */
export const isLater = (type: QuestionType): boolean => !!parts[type];

/** Whether the parts `c` needs are here. */
export const kindsHere = (c: QuizContent | undefined): boolean =>
  typesOf(c).every((t) => parts[t]!.here);

/** Fetches the parts `c` needs (once per page); rejects offline, and the next call tries again. */
export const loadKinds = (c: QuizContent | undefined): Promise<unknown> =>
  Promise.all(typesOf(c).map((t) => parts[t]!.load()));
