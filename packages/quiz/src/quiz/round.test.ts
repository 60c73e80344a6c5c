import { describe, it, expect } from 'vitest';
import * as z from 'zod/mini';
import { buildRound } from './engine.js';
import { newRound, resultsOf, savedQuestions, storeIdOf } from './round.js';
import { quizContentSchema, type QuizContent } from '../schema.js';
import { quizWith } from '../fixtures.js';

const parse = (input: unknown): QuizContent => z.parse(quizContentSchema, input);
const content = parse(
  quizWith(['faux-colis', 'ameli-mot-de-passe', 'nom-arnaque'], { shuffle: true }),
);

describe('round · kept on the device', () => {
  it('a new round starts at its first question, nothing answered, in the order drawn', () => {
    const rqs = buildRound(content, { seed: 'a' });
    const r = newRound(rqs, false);
    expect(r).toMatchObject({ index: 0, checked: false, finished: false, mistakesOnly: false });
    expect(r.ids).toEqual(rqs.map((rq) => rq.question.id));
    expect(r.orders).toEqual(rqs.map((rq) => rq.choices.map((c) => c.index)));
    expect(r.answers).toEqual([{}, {}, {}]);
    expect(newRound(rqs, true).mistakesOnly).toBe(true);
  });

  it('a saved round comes back with its order of questions and of choices', () => {
    const rqs = buildRound(content, { seed: 'b' });
    const back = savedQuestions(content, { ...newRound(rqs, false), index: 2 })!;
    expect(back.map((rq) => rq.question.id)).toEqual(rqs.map((rq) => rq.question.id));
    expect(back.map((rq) => rq.choices.map((c) => c.index))).toEqual(
      rqs.map((rq) => rq.choices.map((c) => c.index)),
    );
  });

  it('a saved round that no longer matches the content is refused', () => {
    const r = newRound(buildRound(content, { seed: 'c' }), false);
    expect(savedQuestions(content, { ...r, ids: ['faux-colis', 'disparue', 'nom-arnaque'] })).toBe(
      undefined,
    );
    expect(savedQuestions(content, { ...r, orders: [[0], ...r.orders.slice(1)] })).toBe(undefined);
    expect(savedQuestions(content, { ...r, index: 3 })).toBe(undefined);
    expect(savedQuestions(content, { ...r, answers: [{}] })).toBe(undefined);
    expect(savedQuestions(content, { ...r, ids: [], orders: [], answers: [], index: 0 })).toBe(
      undefined,
    );
  });

  it('results: right only when answered and correct; no round, no results', () => {
    const rqs = buildRound(content, { seed: 'd' });
    const answers = rqs.map((rq) =>
      rq.question.id === 'faux-colis'
        ? { choices: rq.choices.filter((c) => c.correct).map((c) => c.index) }
        : rq.question.type === 'text'
          ? { text: 'non' }
          : {},
    );
    const r = { ...newRound(rqs, false), answers };
    expect(resultsOf(rqs, r).map((x) => [x.questionId, x.correct])).toEqual(
      rqs.map((rq) => [rq.question.id, rq.question.id === 'faux-colis']),
    );
    expect(resultsOf(rqs, undefined)).toEqual([]);
  });

  it('its progress is kept under the content id, or a hash of the title and the questions', () => {
    expect(storeIdOf(content)).toBe(content.id);
    const { id: _id, ...anonymous } = content;
    const key = storeIdOf(anonymous as QuizContent);
    expect(key).toMatch(/^[0-9a-z]+$/);
    expect(storeIdOf(anonymous as QuizContent)).toBe(key);
  });
});
