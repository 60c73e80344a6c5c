/**
 * What answering and submitting the form do to an answer sheet (`answer-sheet.ts`): a new answer
 * (a problem shown is checked again), a ranking moved, « Question suivante » / « Vérifier mes
 * réponses », and the check before sending. Part of the later screens (`screens.part.ts`): only
 * a form shown needs them. Only the questions asked (`showIf`) are checked and counted.
 */
import type { Answer, PollQuestion } from '../schema.js';
import { problemOf, type AnswerProblem } from './answers.js';
import type { AnswerSheet } from './answer-sheet.js';

/** What submitting the form leads to. */
export type Next =
  | { to: 'fix'; question: PollQuestion } // step by step: this question has a problem
  | { to: 'step' } // step by step: the next question
  | { to: 'summary' } // on one page: the list of answers to correct
  | { to: 'review' };

/** A new answer (`undefined`: none); a problem shown is checked again. */
export function setAnswer(s: AnswerSheet, q: PollQuestion, a: Answer | undefined): void {
  s.answers = { ...s.answers, [q.id]: a };
  if (s.errors[q.id]) s.errors = { ...s.errors, [q.id]: problemOf(q, a) };
}

/** A ranking moved: its order is its answer. */
export function setOrder(s: AnswerSheet, q: PollQuestion, order: string[]): void {
  s.orders = { ...s.orders, [q.id]: order };
  setAnswer(s, q, order);
}

/** Checks some questions; shows and returns those with a problem. */
export function check(s: AnswerSheet, questions: PollQuestion[]): PollQuestion[] {
  const errors: Record<string, AnswerProblem> = {};
  const wrong: PollQuestion[] = [];
  for (const q of questions) {
    const p = problemOf(q, s.answers[q.id]);
    if (p) {
      errors[q.id] = p;
      wrong.push(q);
    }
  }
  s.errors = errors;
  return wrong;
}

/** « Question suivante » / « Vérifier mes réponses ». */
export function submit(s: AnswerSheet, steps: boolean): Next {
  const shown = s.shown;
  if (steps) {
    const question = shown[s.step]!;
    if (check(s, [question]).length > 0) return { to: 'fix', question };
    if (s.step + 1 < shown.length) {
      s.step++;
      return { to: 'step' };
    }
  } else if (check(s, shown).length > 0) {
    s.showSummary = true;
    return { to: 'summary' };
  }
  s.showSummary = false;
  return { to: 'review' };
}

/** Before sending: the first question asked with a problem (its place), its list shown on one page. */
export function firstWrong(s: AnswerSheet, steps: boolean): number | undefined {
  const shown = s.shown;
  const wrong = check(s, shown)[0];
  if (!wrong) return undefined;
  s.showSummary = !steps;
  return shown.indexOf(wrong);
}
