/** The order a question's choices are shown in (a poll's first file needs it for the answers in progress). */
import { createRng, shuffle } from '@quartiers-douai/core';
import type { PollQuestion } from '../schema.js';

/** Order in which a question's choices are shown: the content's, or shuffled for this person. */
export function choiceOrder(q: PollQuestion, seed?: string): string[] {
  const ids = (q.choices ?? []).map((ch) => ch.id);
  return q.shuffle
    ? shuffle(ids, createRng(seed === undefined ? undefined : `${seed}:${q.id}`))
    : ids;
}
