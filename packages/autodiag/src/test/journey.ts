/**
 * The self-check's journeys as a person makes them, shared by the package's tests: answering the
 * statements, reading the profile, opening the staff panel (docs/decisions/0020: what is a
 * package's own stays in its `src/test/`).
 */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { click, focused, norm, q, qa, settle } from '@quartiers-douai/kit-scripts/testing';

/** The four answers of the tiny diagnostic, from "Je ne sais pas" up. */
export const A = [
  'Je ne sais pas',
  "Avec de l'aide",
  'Seul(e)',
  "Je peux montrer à quelqu'un",
] as const;

export const answerButtons = (el: Element) => qa<HTMLButtonElement>(el, '[part="answers"] button');
export const answerTexts = (el: Element) => answerButtons(el).map((b) => norm(b.textContent));

/** Answers the current statement with answer `i` (0 … 3), or skips it (`null`). */
export async function answer(el: HTMLElement, i: number | null) {
  if (i === null) await click(el, 'Passer');
  else {
    answerButtons(el)[i]!.click();
    await settle(el);
  }
}

/** From the first screen, answers the tiny diagnostic: lire, photo, arnaque, code. */
export async function run(el: HTMLElement, answers: Array<number | null>) {
  await click(el, 'Commencer');
  for (const a of answers) await answer(el, a);
}

/** The profile table as a person reads it: one line per area. */
export const profile = (el: Element) =>
  qa(el, '[part="profile"] tbody tr').map((tr) => [...tr.children].map((c) => norm(c.textContent)));
export const workshops = (el: Element) => qa(el, '.qd-workshop h5').map((h) => norm(h.textContent));

/** "Espace équipe", the code typed (the field has the focus) and Enter. */
export async function openPanel(el: HTMLElement, pin = '2468') {
  await click(el, 'Espace équipe');
  expect(focused(el)).toBe(q(el, '#pin'));
  await userEvent.keyboard(pin);
  await userEvent.keyboard('{Enter}');
  await settle(el);
}
