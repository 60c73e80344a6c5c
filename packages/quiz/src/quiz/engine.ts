/** The quiz's rules, free of DOM: drawing a round, shuffling, checking and scoring answers. */
import { createRng, normalizeAnswer, shuffle } from '@quartiers-douai/core';
import type { QuizContent, QuizQuestion } from '../schema.js';
import { kindOf } from './kinds.js';

/** A choice as displayed. `index` is its place in the content; `tf` marks generated Vrai/Faux. */
export interface DisplayChoice {
  index: number;
  text: string;
  easy?: string | undefined;
  correct: boolean;
  feedback?: string | undefined;
  tf?: 'true' | 'false';
}

export interface RoundQuestion {
  question: QuizQuestion;
  choices: DisplayChoice[];
}

/**
 * An answer: chosen choice indices (content order), or a written text. `ordering`: the choices'
 * indices in the order the person put them.
 */
export interface Answer {
  choices?: number[] | undefined;
  text?: string | undefined;
  /** `blanks`: the words written in the gaps, in order. */
  texts?: string[] | undefined;
}

export interface QuestionResult {
  questionId: string;
  correct: boolean;
  answer: Answer;
}

/** Choices of a question in content order (true-false without choices gets Vrai/Faux). */
export function choicesOf(q: QuizQuestion): DisplayChoice[] {
  if (q.type === 'text') return [];
  if (q.type === 'true-false' && !q.choices) {
    return [
      { index: 0, text: '', correct: q.correct === true, tf: 'true' },
      { index: 1, text: '', correct: q.correct === false, tf: 'false' },
    ];
  }
  return (q.choices ?? []).map((c, index) => ({
    index,
    text: c.text,
    easy: c.easy,
    correct: c.correct === true,
    feedback: c.feedback,
  }));
}

export interface RoundOptions {
  /** Same seed, same draw and order (tests, printed versions). */
  seed?: string | number | undefined;
  /** Replay only these question ids ("Revoir mes erreurs"), in this order. */
  only?: readonly string[] | undefined;
}

/**
 * Questions of one round: `draw` of them picked from the pool, in content order unless
 * `shuffle` (then questions and choices are shuffled; true-false keeps Vrai before Faux).
 */
export function buildRound(content: QuizContent, options: RoundOptions = {}): RoundQuestion[] {
  const rng = createRng(options.seed);
  let pool = content.questions;
  if (options.only) {
    const byId = new Map(pool.map((q) => [q.id, q]));
    pool = options.only.map((id) => byId.get(id)).filter((q): q is QuizQuestion => q !== undefined);
  } else if (content.draw !== undefined && content.draw < pool.length) {
    const picked = new Set(shuffle(pool, rng).slice(0, content.draw));
    pool = pool.filter((q) => picked.has(q));
  }
  if (content.shuffle && !options.only) pool = shuffle(pool, rng);
  return pool.map((question) => {
    const choices = choicesOf(question);
    if (question.type === 'ordering' || question.type === 'matching') {
      // (always mixed, never already in order: the items, or the answers to match)
      const mixed = shuffle(choices, rng);
      const same = mixed.every((c, i) => c.index === i);
      return { question, choices: same ? [...mixed.slice(1), mixed[0]!] : mixed };
    }
    const keepOrder = question.type === 'true-false' || !content.shuffle;
    return { question, choices: keepOrder ? choices : shuffle(choices, rng) };
  });
}

/** Has the person given an answer at all? */
export function isAnswered(answer: Answer | undefined): answer is Answer {
  return (
    !!answer &&
    ((answer.text ?? '').trim() !== '' ||
      (answer.choices?.length ?? 0) > 0 ||
      !!answer.texts?.join('').trim())
  );
}

/**
 * Right or wrong: all-or-nothing for multiple choice; text ignores case, accents and spaces; the
 * types loaded later check their own (`kinds.ts`).
 */
export function isCorrect(rq: RoundQuestion, answer: Answer): boolean {
  const kind = kindOf(rq.question.type);
  if (kind) return kind.correct(rq, answer);
  if (rq.question.type === 'text') {
    const given = normalizeAnswer(answer.text ?? '');
    return given !== '' && (rq.question.answers ?? []).some((a) => normalizeAnswer(a) === given);
  }
  const chosen = new Set(answer.choices ?? []);
  const right = rq.choices.filter((c) => c.correct).map((c) => c.index);
  return chosen.size === right.length && right.every((i) => chosen.has(i));
}

export interface Score {
  score: number;
  total: number;
  /** `undefined` when the content sets no `passScore`. */
  passed: boolean | undefined;
}

export function scoreOf(results: readonly QuestionResult[], passScore: number | undefined): Score {
  const score = results.filter((r) => r.correct).length;
  const total = results.length;
  return {
    score,
    total,
    passed: passScore === undefined ? undefined : total > 0 && score / total >= passScore - 1e-9,
  };
}
