/**
 * One person's answers to a poll while they answer (no DOM): the answers, the order each
 * question's choices are shown in (a ranking's current ranking), the problems shown, the question
 * of a poll answered step by step, and what submitting the form leads to. `<qd-poll>` keeps one
 * and renders it; the answers in progress it keeps on the device are its `draft`.
 */
import type { Answer, PollQuestion } from '../schema.js';
import { choiceOrder, problemOf, type AnswerProblem, type Answers } from './answers.js';
import type { Draft } from './device.js';

/** What submitting the form leads to. */
export type Next =
  | { to: 'fix'; question: PollQuestion } // step by step: this question has a problem
  | { to: 'step' } // step by step: the next question
  | { to: 'summary' } // on one page: the list of answers to correct
  | { to: 'review' };

export class AnswerSheet {
  answers: Answers = {};
  /** Order in which each question's choices are shown (and, for a ranking, the current ranking). */
  orders: Record<string, string[]>;
  errors: Record<string, AnswerProblem | undefined> = {};
  /** The question shown, step by step. */
  step = 0;
  /** The list of answers to correct is shown (on one page). */
  showSummary = false;

  constructor(
    readonly questions: PollQuestion[],
    seed?: string,
  ) {
    this.orders = Object.fromEntries(questions.map((q) => [q.id, choiceOrder(q, seed)]));
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
    this.step = Math.min(d.step, (steps ? this.questions.length : 1) - 1);
    return true;
  }

  /** A new answer (`undefined`: none); a problem shown is checked again. */
  set(q: PollQuestion, a: Answer | undefined): void {
    this.answers = { ...this.answers, [q.id]: a };
    if (this.errors[q.id]) this.errors = { ...this.errors, [q.id]: problemOf(q, a) };
  }

  /** A ranking moved: its order is its answer. */
  reorder(q: PollQuestion, order: string[]): void {
    this.orders = { ...this.orders, [q.id]: order };
    this.set(q, order);
  }

  /** Checks some questions; shows and returns those with a problem. */
  check(questions: PollQuestion[]): PollQuestion[] {
    const errors: Record<string, AnswerProblem> = {};
    const wrong: PollQuestion[] = [];
    for (const q of questions) {
      const p = problemOf(q, this.answers[q.id]);
      if (p) {
        errors[q.id] = p;
        wrong.push(q);
      }
    }
    this.errors = errors;
    return wrong;
  }

  /** « Question suivante » / « Vérifier mes réponses ». */
  submit(steps: boolean): Next {
    if (steps) {
      const question = this.questions[this.step]!;
      if (this.check([question]).length > 0) return { to: 'fix', question };
      if (this.step + 1 < this.questions.length) {
        this.step++;
        return { to: 'step' };
      }
    } else if (this.check(this.questions).length > 0) {
      this.showSummary = true;
      return { to: 'summary' };
    }
    this.showSummary = false;
    return { to: 'review' };
  }

  /** « Question précédente »: false on the first question. */
  back(): boolean {
    this.errors = {};
    if (this.step === 0) return false;
    this.step--;
    return true;
  }

  /** Back to question `index` (« Modifier » on the review). */
  edit(index: number, steps: boolean): void {
    if (steps) this.step = index;
  }

  /** Before sending: the first question with a problem (its index), its list shown on one page. */
  firstWrong(steps: boolean): number | undefined {
    const wrong = this.check(this.questions)[0];
    if (!wrong) return undefined;
    this.showSummary = !steps;
    return this.questions.indexOf(wrong);
  }
}
