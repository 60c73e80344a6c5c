/**
 * The poll's rules, free of DOM: what counts as an answer, what is wrong with it, the ballot.
 * Only the later screens need them (`screens.part.ts`): a poll's first file has none.
 */
import {
  DEFAULT_MAX_LENGTH,
  type Answer,
  type Ballot,
  type PollContent,
  type PollQuestion,
} from '../schema.js';
import { shownOf } from './show-if.js';

export { choiceOrder } from './choice-order.js';

/** The answers being composed, by question id. */
export type Answers = Record<string, Answer | undefined>;

/** What is wrong with an answer: a message key of `pollMessages` and its parameters. */
export interface AnswerProblem {
  key:
    | 'needChoice'
    | 'needChoices'
    | 'needRanking'
    | 'needScale'
    | 'needText'
    | 'tooManyChoices'
    | 'tooLong';
  params?: Record<string, number>;
}

export const maxLengthOf = (q: PollQuestion): number => q.maxLength ?? DEFAULT_MAX_LENGTH;

/** Length as a person counts it: characters, not UTF-16 units (an emoji or an Arabic letter is one). */
export const lengthOf = (s: string): number => [...s].length;

/** A text answer as kept: trimmed. */
const cleanText = (a: Answer | undefined): string => (typeof a === 'string' ? a.trim() : '');

export function isAnswered(q: PollQuestion, a: Answer | undefined): boolean {
  switch (q.type) {
    case 'single':
      return typeof a === 'string' && a !== '';
    case 'multiple':
    case 'ranking':
      return Array.isArray(a) && a.length > 0;
    case 'scale':
      return typeof a === 'number';
    case 'text':
      return cleanText(a) !== '';
  }
}

/** The first problem of an answer (required and limits), or `undefined` when it can be sent. */
export function problemOf(q: PollQuestion, a: Answer | undefined): AnswerProblem | undefined {
  if (!isAnswered(q, a)) {
    if (!q.required) return undefined;
    const key = (
      {
        single: 'needChoice',
        multiple: 'needChoices',
        ranking: 'needRanking',
        scale: 'needScale',
        text: 'needText',
      } as const
    )[q.type];
    return q.type === 'scale' ? { key, params: { min: q.scale!.min, max: q.scale!.max } } : { key };
  }
  if (
    q.type === 'multiple' &&
    q.maxChoices !== undefined &&
    Array.isArray(a) &&
    a.length > q.maxChoices
  ) {
    return {
      key: 'tooManyChoices',
      params: { count: a.length, max: q.maxChoices, extra: a.length - q.maxChoices },
    };
  }
  if (q.type === 'text') {
    const length = lengthOf(cleanText(a));
    const max = maxLengthOf(q);
    if (length > max)
      return { key: 'tooLong', params: { count: length, max, extra: length - max } };
  }
  return undefined;
}

/**
 * The ballot: the poll id and the given answers to the questions asked only (texts trimmed,
 * choices in content order); a question not asked (`showIf`) is absent, like one not answered.
 */
export function toBallot(c: PollContent, answers: Answers): Ballot {
  const out: Ballot['answers'] = {};
  for (const q of shownOf(c.questions, answers)) {
    const a = answers[q.id];
    if (!isAnswered(q, a)) continue;
    if (q.type === 'text') out[q.id] = cleanText(a);
    else if (q.type === 'multiple')
      out[q.id] = (q.choices ?? []).map((ch) => ch.id).filter((id) => (a as string[]).includes(id));
    else out[q.id] = Array.isArray(a) ? [...a] : a!;
  }
  return { pollId: c.id, answers: out };
}

/** Moves `from` to `to` in a copy of `list`. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item!);
  return out;
}
