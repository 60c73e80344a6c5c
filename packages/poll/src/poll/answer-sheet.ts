/**
 * One person's answers to a poll while they answer (no DOM): the answers, the order each
 * question's choices are shown in (a ranking's current ranking), the problems shown, the question
 * of a poll answered step by step. `<qd-poll>` keeps one and renders it; the answers in progress
 * it keeps on the device are its `draft`. What answering and submitting the form do to it comes
 * with the form (`sheet-steps.ts`, in the later screens): a first screen needs none of it.
 */
import type { PollQuestion } from '../schema.js';
import type { AnswerProblem, Answers } from './answers.js';
import { choiceOrder } from './choice-order.js';
import type { Draft } from './device.js';
import { shownOf } from './show-if.js';

export class AnswerSheet {
  answers: Answers = {};
  /** Order in which each question's choices are shown (and, for a ranking, the current ranking). */
  orders: Record<string, string[]>;
  errors: Record<string, AnswerProblem | undefined> = {};
  /** The question shown (its place among those asked), step by step. */
  step = 0;
  /** The list of answers to correct is shown (on one page). */
  showSummary = false;

  constructor(
    readonly questions: PollQuestion[],
    seed?: string,
  ) {
    this.orders = Object.fromEntries(questions.map((q) => [q.id, choiceOrder(q, seed)]));
  }

  /** The questions asked, given the answers so far (`showIf`): the only ones shown, checked, counted and sent. */
  get shown(): PollQuestion[] {
    return shownOf(this.questions, this.answers);
  }

  /** What is kept on the device while answering. */
  get draft(): Draft {
    return { answers: this.answers as Draft['answers'], orders: this.orders, step: this.step };
  }

  /** Takes back answers in progress; false (nothing changed) when they no longer match the questions. */
  restore(d: Draft, steps: boolean): boolean {
    for (const q of this.questions) {
      const order = d.orders[q.id];
      const ids = (q.choices ?? []).map((ch) => ch.id);
      if (!order || order.length !== ids.length || !ids.every((id) => order.includes(id)))
        return false;
    }
    this.answers = d.answers;
    this.orders = d.orders;
    this.step = Math.min(d.step, (steps ? this.shown.length : 1) - 1);
    return true;
  }

  /** « Question précédente »: false on the first question. */
  back(): boolean {
    this.errors = {};
    if (this.step === 0) return false;
    this.step--;
    return true;
  }

  /** Back to question `index` of those asked (« Modifier » on the review). */
  edit(index: number, steps: boolean): void {
    if (steps) this.step = index;
  }
}
