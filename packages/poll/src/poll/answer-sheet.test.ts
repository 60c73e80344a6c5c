/**
 * One person's answers while they answer (answer-sheet.ts, sheet-steps.ts), without a DOM: what « Question
 * suivante », « Vérifier mes réponses », « Question précédente » and « Modifier » lead to, the
 * problems shown and checked again, and the answers in progress taken back.
 */
import { describe, expect, it } from 'vitest';
import { parsePoll } from '../test/content.js';
import { samples } from '../fixtures.js';
import { AnswerSheet } from './answer-sheet.js';
import { firstWrong, setAnswer, setOrder, submit } from './sheet-steps.js';

const fete = parsePoll(samples.fete);
const sheet = () => new AnswerSheet(fete.questions, 'graine');
const q = (id: string) => fete.questions.find((x) => x.id === id)!;

describe('AnswerSheet · one page', () => {
  it('« Vérifier mes réponses » with required questions unanswered: the list of answers to correct', () => {
    const s = sheet();
    expect(submit(s, false)).toEqual({ to: 'summary' });
    expect(s.showSummary).toBe(true);
    expect(Object.keys(s.errors).sort()).toEqual(['activites', 'date']);
  });

  it('a problem shown is checked again as the person answers; answered, the review', () => {
    const s = sheet();
    submit(s, false);
    setAnswer(s, q('date'), '12-juin');
    expect(s.errors.date).toBeUndefined();
    expect(s.errors.activites).toBeDefined();
    setAnswer(s, q('activites'), ['bal']);
    expect(submit(s, false)).toEqual({ to: 'review' });
    expect(s.showSummary).toBe(false);
  });

  it('before sending: the first question with a problem, its list shown', () => {
    const s = sheet();
    setAnswer(s, q('date'), '12-juin');
    expect(firstWrong(s, false)).toBe(1);
    expect(s.showSummary).toBe(true);
    setAnswer(s, q('activites'), ['bal']);
    expect(firstWrong(s, false)).toBeUndefined();
  });
});

describe('AnswerSheet · step by step', () => {
  it('a question with a problem stays; answered, the next one; the last one leads to the review', () => {
    const s = sheet();
    expect(submit(s, true)).toEqual({ to: 'fix', question: q('date') });
    expect(s.step).toBe(0);
    setAnswer(s, q('date'), '5-juin');
    expect(submit(s, true)).toEqual({ to: 'step' });
    expect(s.step).toBe(1);
    setAnswer(s, q('activites'), ['bal']);
    for (let i = 2; i < fete.questions.length; i++) expect(submit(s, true).to).toBe('step');
    expect(submit(s, true)).toEqual({ to: 'review' });
  });

  it('« Question précédente » clears the problems; not before the first; « Modifier » goes to its question', () => {
    const s = sheet();
    submit(s, true);
    expect(s.back()).toBe(false);
    expect(s.errors).toEqual({});
    setAnswer(s, q('date'), '5-juin');
    submit(s, true);
    expect(s.back()).toBe(true);
    expect(s.step).toBe(0);
    s.edit(4, true);
    expect(s.step).toBe(4);
    s.edit(2, false);
    expect(s.step).toBe(4);
  });
});

describe('AnswerSheet · answers in progress', () => {
  it('a ranking moved: its order is its answer, and both are kept', () => {
    const s = sheet();
    setOrder(s, q('repas'), ['frites', 'barbecue', 'couscous', 'auberge-espagnole']);
    expect(s.draft.answers.repas).toEqual(['frites', 'barbecue', 'couscous', 'auberge-espagnole']);
    expect(s.draft.orders.repas).toEqual(['frites', 'barbecue', 'couscous', 'auberge-espagnole']);
  });

  it('taken back when they match the questions (the step within the poll), refused otherwise', () => {
    const kept = sheet();
    setAnswer(kept, q('date'), '19-juin');
    kept.step = 3;
    const s = sheet();
    expect(s.restore(kept.draft, true)).toBe(true);
    expect(s.answers.date).toBe('19-juin');
    expect(s.step).toBe(3);
    const page = sheet();
    expect(page.restore(kept.draft, false)).toBe(true);
    expect(page.step).toBe(0);
    const changed = { ...kept.draft, orders: { ...kept.draft.orders, repas: ['frites'] } };
    const other = sheet();
    expect(other.restore(changed, true)).toBe(false);
    expect(other.answers).toEqual({});
  });

  it('the same seed gives the same order of choices', () => {
    expect(sheet().orders).toEqual(sheet().orders);
    expect(sheet().orders.date!.slice().sort()).toEqual(
      ['5-juin', '12-juin', '19-juin', 'peu-importe'].sort(),
    );
  });
});
