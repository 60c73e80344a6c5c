/**
 * The poll's door to `showIf` (docs/decisions/0025): its code (`show-if.part.ts`) comes with the
 * later screens, and only for a poll whose content uses it (core's `onDemand`); until then, and
 * for every other poll, every question is asked.
 */
import { onDemand } from '@quartiers-douai/core';
import { pollMessages } from '../messages.js';
import type { PollContent, PollQuestion } from '../schema.js';
import type { Answers } from './answers.js';

let part: typeof import('./show-if.part.js') | undefined;

const code = onDemand(
  () => import('./show-if.part.js'),
  (m) => {
    Object.assign(pollMessages.fr, m.showIfFr);
    part = m;
  },
);

/** The content asks some questions only after given answers. */
export const usesShowIf = (c?: PollContent): boolean => !!c?.questions.some((q) => q.showIf);

/** Fetches the code of `showIf` (once per page); rejects offline, and the next call tries again. */
export const loadShowIf = code.load;

/** The questions asked, given the answers so far. */
export const shownOf = (questions: PollQuestion[], answers: Answers): PollQuestion[] =>
  part ? part.visible(questions, answers) : questions;

/** What an answer changed in the questions asked (message keys and counts). */
export const shownNews = (before: PollQuestion[], after: PollQuestion[]) =>
  part ? part.news(before, after) : [];
