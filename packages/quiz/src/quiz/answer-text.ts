/**
 * The answers of a round as plain text, in the quiz's wording: a choice's label (Vrai / Faux in
 * the interface's language, or the content's text, easy-read variant when it is on), what the
 * person answered, the right answer. Shared by the questions, the paper version and the result
 * screen (`result.part.ts`); no DOM.
 */
import type { CoreKey, Params } from '@quartiers-douai/core';
import { richTextToPlain } from '@quartiers-douai/core';
import type { QuizKey } from '../messages.js';
import type { Answer, DisplayChoice, RoundQuestion } from './engine.js';
import { kindOf } from './kinds.js';

/** How the quiz says things: its translator, and the text or easy variant it shows. */
export interface Wording {
  t: (key: QuizKey | CoreKey, params?: Params) => string;
  pick: (text: string | undefined, easy?: string) => string | undefined;
}

/** A choice as plain text. */
export function choiceLabel(w: Wording, c: DisplayChoice): string {
  return c.tf ? w.t(c.tf) : richTextToPlain(w.pick(c.text, c.easy) ?? '');
}

/** What was answered: the chosen choices' labels, or the written text. */
export function answerTexts(w: Wording, rq: RoundQuestion, a: Answer): string[] | string {
  const kind = kindOf(rq.question.type);
  if (kind) return kind.given(w, rq, a);
  if (rq.question.type === 'text') return a.text ?? '';
  return rq.choices.filter((c) => a.choices?.includes(c.index)).map((c) => choiceLabel(w, c));
}

/** « La bonne réponse : … » (or « Les bonnes réponses : … »). */
export function rightAnswer(w: Wording, rq: RoundQuestion): string {
  const right =
    kindOf(rq.question.type)?.right(w, rq) ??
    (rq.question.type === 'text'
      ? (rq.question.answers ?? []).slice(0, 1)
      : rq.choices.filter((c) => c.correct).map((c) => choiceLabel(w, c)));
  return w.t('rightAnswer', { count: right.length, answer: right.join(' ; ') });
}
