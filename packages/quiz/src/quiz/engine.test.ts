import { describe, it, expect } from 'vitest';
import * as z from 'zod/mini';
import { buildRound, choicesOf, isAnswered, isCorrect, scoreOf } from './engine.js';
import { quizContentSchema, type QuizContent } from '../schema.js';
import { largePool, quizWith, samples } from '../fixtures.js';

const parse = (input: unknown): QuizContent => z.parse(quizContentSchema, input);
const round = (c: QuizContent, seed?: string) => buildRound(c, { seed });
const ids = (c: QuizContent, seed?: string) => round(c, seed).map((rq) => rq.question.id);

describe('engine · drawing and order', () => {
  it('keeps content order and every question when draw and shuffle are absent', () => {
    const c = parse(samples.junior);
    expect(ids(c)).toEqual(c.questions.map((q) => q.id));
  });

  it('shows the items of an ordering question mixed, never already in order, even without shuffle', () => {
    const c = parse(quizWith(['ordre-mot-de-passe', 'ordre-sauvegarde']));
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      for (const rq of round(c, seed)) {
        const order = rq.choices.map((ch) => ch.index);
        expect(order).not.toEqual([...order].sort());
        expect([...order].sort()).toEqual([0, 1, 2, 3]);
      }
    }
  });

  it('draws exactly `draw` distinct questions from the pool', () => {
    const c = parse({ ...largePool(50), draw: 10 });
    const drawn = ids(c, 'atelier');
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn).size).toBe(10);
  });

  it('gives the same draw and order for the same seed, and another for another seed', () => {
    const c = parse({ ...largePool(50), draw: 10, shuffle: true });
    expect(ids(c, 'seed-a')).toEqual(ids(c, 'seed-a'));
    expect(ids(c, 'seed-a')).not.toEqual(ids(c, 'seed-b'));
    const choicesA = round(c, 'seed-a').map((rq) => rq.choices.map((ch) => ch.index));
    expect(round(c, 'seed-a').map((rq) => rq.choices.map((ch) => ch.index))).toEqual(choicesA);
  });

  it('shuffles choices only when asked, and never Vrai/Faux', () => {
    const c = parse({ ...largePool(30), shuffle: true });
    const rounds = round(c, 'x');
    const shuffledSomewhere = rounds.some((rq) => rq.choices.some((ch, i) => ch.index !== i));
    expect(shuffledSomewhere).toBe(true);
    for (const rq of rounds.filter(
      (r) => r.question.type === 'true-false' && !r.question.choices,
    )) {
      expect(rq.choices.map((ch) => ch.tf)).toEqual(['true', 'false']);
    }
    const plain = parse({ ...largePool(30), shuffle: false });
    expect(round(plain, 'x').every((rq) => rq.choices.every((ch, i) => ch.index === i))).toBe(true);
  });

  it('replays only the given ids, in that order', () => {
    const c = parse(samples.adultes);
    expect(
      buildRound(c, { only: ['faux-conseiller', 'faux-colis'] }).map((r) => r.question.id),
    ).toEqual(['faux-conseiller', 'faux-colis']);
  });
});

describe('engine · scoring', () => {
  const c = parse(quizWith(['faux-colis', 'signes-alerte', 'ameli-mot-de-passe', 'nom-arnaque']));
  const [single, multiple, trueFalse, text] = round(c);

  it('single choice: right only with the correct choice', () => {
    expect(isCorrect(single!, { choices: [1] })).toBe(true);
    expect(isCorrect(single!, { choices: [0] })).toBe(false);
  });

  it('multiple choice: all-or-nothing', () => {
    expect(isCorrect(multiple!, { choices: [0, 1, 2] })).toBe(true);
    expect(isCorrect(multiple!, { choices: [2, 0, 1] })).toBe(true);
    expect(isCorrect(multiple!, { choices: [0, 1] })).toBe(false);
    expect(isCorrect(multiple!, { choices: [0, 1, 2, 3] })).toBe(false);
  });

  it('true-false without choices: Vrai/Faux from `correct`', () => {
    expect(choicesOf(trueFalse!.question).map((ch) => [ch.tf, ch.correct])).toEqual([
      ['true', false],
      ['false', true],
    ]);
    expect(isCorrect(trueFalse!, { choices: [1] })).toBe(true);
    expect(isCorrect(trueFalse!, { choices: [0] })).toBe(false);
  });

  it('text: ignores case, accents, apostrophes and extra spaces', () => {
    for (const ok of ['hameçonnage', '  HAMECONNAGE ', 'Hameçonnage.', 'phishing', 'Filoutage']) {
      expect(isCorrect(text!, { text: ok }), ok).toBe(true);
    }
    for (const ko of ['', 'hameçon', 'spam'])
      expect(isCorrect(text!, { text: ko }), ko).toBe(false);
  });

  it('an empty answer is not an answer', () => {
    expect(isAnswered(undefined)).toBe(false);
    expect(isAnswered({ choices: [] })).toBe(false);
    expect(isAnswered({ text: '   ' })).toBe(false);
    expect(isAnswered({ text: 'x' })).toBe(true);
  });

  it('score, total and pass mark', () => {
    const r = (correct: boolean) => ({ questionId: 'q', correct, answer: { choices: [] } });
    expect(scoreOf([r(true), r(true), r(false)], 0.7)).toEqual({
      score: 2,
      total: 3,
      passed: false,
    });
    expect(scoreOf([r(true), r(true), r(true), r(false)], 0.75)).toEqual({
      score: 3,
      total: 4,
      passed: true,
    });
    expect(scoreOf([r(true)], undefined).passed).toBeUndefined();
  });
});
