/**
 * A round of the quiz as it is kept on the device (`progress.ts`), free of DOM: a new round of
 * drawn questions, a saved round found again in the content (or refused when the content changed),
 * the results of a round, and the key its progress is kept under.
 */
import { seedFrom } from '@quartiers-douai/core';
import type { QuizContent } from '../schema.js';
import {
  choicesOf,
  isAnswered,
  isCorrect,
  type QuestionResult,
  type RoundQuestion,
} from './engine.js';
import type { Progress } from './progress.js';

/** Key of this content for stored progress: its `id`, else a hash of title and question ids. */
export function storeIdOf(c: QuizContent): string {
  return c.id ?? seedFrom(`${c.title}|${c.questions.map((q) => q.id).join(',')}`).toString(36);
}

/** A round of `questions`, at its first question, nothing answered. */
export function newRound(questions: RoundQuestion[], mistakesOnly: boolean): Progress {
  return {
    ids: questions.map((rq) => rq.question.id),
    orders: questions.map((rq) => rq.choices.map((c) => c.index)),
    index: 0,
    answers: questions.map(() => ({})),
    checked: false,
    mistakesOnly,
    finished: false,
  };
}

/**
 * The questions of a saved round, in its order and with its order of choices; `undefined` when
 * the round no longer matches the content (a question or a choice gone, a position out of range).
 */
export function savedQuestions(content: QuizContent, p: Progress): RoundQuestion[] | undefined {
  const byId = new Map(content.questions.map((q) => [q.id, q]));
  const rqs: RoundQuestion[] = [];
  for (const [i, id] of p.ids.entries()) {
    const q = byId.get(id);
    const order = p.orders[i];
    if (!q || !order) return undefined;
    const all = choicesOf(q);
    if (order.length !== all.length || order.some((k) => !all[k])) return undefined;
    rqs.push({ question: q, choices: order.map((k) => all[k]!) });
  }
  if (rqs.length === 0 || p.index >= rqs.length || p.answers.length !== rqs.length)
    return undefined;
  return rqs;
}

/** Right or wrong, and the answer given, for each question of the round (none: no round). */
export function resultsOf(questions: RoundQuestion[], r: Progress | undefined): QuestionResult[] {
  if (!r) return [];
  return questions.map((rq, i) => {
    const answer = r.answers[i] ?? {};
    return {
      questionId: rq.question.id,
      correct: isAnswered(answer) && isCorrect(rq, answer),
      answer,
    };
  });
}
