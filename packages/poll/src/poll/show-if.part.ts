/**
 * Questions asked only after given answers (`showIf`, docs/decisions/0025), a part of the bundle
 * (docs/decisions/0016) that comes only for a poll whose content uses `showIf` (`show-if.ts`):
 * which questions are asked given the answers so far, and what to say when an answer adds or
 * removes some. A condition holds only when the question it names is itself asked.
 */
import type { Catalog } from '@quartiers-douai/core';
import type { Answer, PollQuestion, ShowIfCondition } from '../schema.js';
import { conditionsOf } from '../show-if-rules.js';
import type { Answers } from './answers.js';

export type ShowIfKey = 'showIfMore' | 'showIfLess';

export const showIfFr: Catalog<ShowIfKey> = {
  showIfMore: {
    one: 'Votre réponse ajoute une question.',
    other: 'Votre réponse ajoute {count} questions.',
  },
  showIfLess: {
    one: 'Votre réponse retire une question : elle ne vous est plus posée.',
    other: 'Votre réponse retire {count} questions : elles ne vous sont plus posées.',
  },
};

const given = (a: Answer | undefined): boolean =>
  Array.isArray(a) ? a.length > 0 : typeof a === 'string' ? a.trim() !== '' : a !== undefined;

/** The questions asked, in the content's order, given the answers so far. */
export function visible(questions: PollQuestion[], answers: Answers): PollQuestion[] {
  const asked = new Set<string>();
  const holds = (c: ShowIfCondition): boolean => {
    const a = answers[c.question];
    return (
      asked.has(c.question) &&
      given(a) &&
      (!c.anyOf || c.anyOf.some((v) => (Array.isArray(a) ? a.includes(v as string) : a === v)))
    );
  };
  return questions.filter((q) => {
    const s = q.showIf;
    const yes = !s || (s.any ? s.any.some(holds) : conditionsOf(s).every(holds));
    if (yes) asked.add(q.id);
    return yes;
  });
}

/** What an answer changed in the questions asked: how many came, how many went. */
export function news(before: PollQuestion[], after: PollQuestion[]): Array<[ShowIfKey, number]> {
  const more = after.filter((q) => !before.includes(q)).length;
  const less = before.filter((q) => !after.includes(q)).length;
  return [
    ...(more ? [['showIfMore', more] as [ShowIfKey, number]] : []),
    ...(less ? [['showIfLess', less] as [ShowIfKey, number]] : []),
  ];
}
