/**
 * Benchmark (not a test): time from giving a 50-question pool to <qd-quiz> until its first question
 * is on screen — parse + validate + start screen, then "Commencer" + first question. Prints median
 * and p90 over many runs, and the ratio to a 3-question quiz measured in the same run (the machine is
 * noisy: compare ratios, not absolute figures). Budget from the issue: < 16 ms.
 * Run: `pnpm bench` in packages/quiz.
 */
import { it, expect } from 'vitest';
import '../src/define.js';
import { largePool, quizWith } from '../src/fixtures.js';
import type { QdQuiz } from '../src/quiz/quiz.js';

const RUNS = 40;

async function firstQuestion(content: unknown): Promise<number> {
  const el = document.createElement('qd-quiz') as QdQuiz;
  const t0 = performance.now();
  el.content = JSON.parse(JSON.stringify(content));
  document.body.append(el);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('.qd-button--primary')!.click();
  await el.updateComplete;
  const heading = el.shadowRoot!.querySelector('#question-heading');
  el.getBoundingClientRect(); // include style and layout
  const t = performance.now() - t0;
  expect(heading).not.toBeNull();
  el.remove();
  return t;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p90: s[Math.floor(s.length * 0.9)]! };
};

it('50-question pool: parse and render the first question', async () => {
  const pool = largePool(50);
  const small = quizWith(['faux-colis', 'signes-alerte', 'nom-arnaque']);
  for (let i = 0; i < 5; i++) await firstQuestion(pool); // warm-up
  const big: number[] = [];
  const little: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    big.push(await firstQuestion(pool));
    little.push(await firstQuestion(small));
  }
  const b = stats(big);
  const l = stats(little);
  console.log(
    `[bench] qd-quiz first question — 50 questions: median ${b.median.toFixed(2)} ms, p90 ${b.p90.toFixed(2)} ms; ` +
      `3 questions: median ${l.median.toFixed(2)} ms; ratio 50/3 = ${(b.median / l.median).toFixed(2)}; budget 16 ms`,
  );
});
