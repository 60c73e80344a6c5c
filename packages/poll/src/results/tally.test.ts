import { describe, it, expect } from 'vitest';
import { validateContent } from '@quartiers-douai/core';
import { bordaPoints, tally } from './tally.js';
import { hiddenBecause } from './visibility.js';
import { resultsContentSchema } from '../schema.js';
import { sampleResults, samples } from '../fixtures.js';
import { pollTexts } from '../texts.lazy.js';
import { parsePoll } from '../test/content.js';

const fete = parsePoll(samples.fete);

describe('tally · choices', () => {
  it('single: counts and shares of the people who answered the question', () => {
    const t = tally(fete, [
      { answers: { date: '5-juin' } },
      { answers: { date: '5-juin' } },
      { answers: { date: '19-juin' } },
      { answers: { date: '19-juin' } },
      { answers: {} },
    ]);
    expect(t.participants).toBe(5);
    const q = t.questions['date']!;
    expect(q.type === 'single' && q.respondents).toBe(4);
    expect(q.type === 'single' && q.rows.map((r) => [r.id, r.count, r.share])).toEqual([
      ['5-juin', 2, 0.5],
      ['12-juin', 0, 0],
      ['19-juin', 2, 0.5],
      ['peu-importe', 0, 0],
    ]);
  });

  it('multiple: shares may add up to more than 100 %', () => {
    const t = tally(fete, [
      { answers: { activites: ['bal', 'scene-ouverte'] } },
      { answers: { activites: ['bal'] } },
    ]).questions['activites']!;
    expect(t.type === 'multiple' && t.rows.find((r) => r.id === 'bal')).toMatchObject({
      count: 2,
      share: 1,
    });
    expect(t.type === 'multiple' && t.rows.find((r) => r.id === 'scene-ouverte')).toMatchObject({
      count: 1,
      share: 0.5,
    });
  });

  it('answers that do not fit the question are left out (unknown choice, wrong type, duplicates)', () => {
    const t = tally(fete, [
      { answers: { date: 'le-31-juin' } },
      { answers: { date: ['5-juin'] } },
      { answers: { activites: ['bal', 'bal', 'inconnu'] } },
      { answers: { bilan: 9 } },
      { answers: { bilan: '4' } },
      { answers: { idees: '   ' } },
    ]).questions;
    expect(t['date']!.respondents).toBe(0);
    expect(
      t['activites']!.type === 'multiple' &&
        t['activites']!.rows.find((r) => r.id === 'bal')!.count,
    ).toBe(1);
    expect(t['bilan']!.respondents).toBe(0);
    expect(t['idees']!.respondents).toBe(0);
  });
});

describe('tally · ranking (Borda count)', () => {
  it('n choices: 1st gets n-1 points, last 0', () => {
    expect([1, 2, 3, 4].map((p) => bordaPoints(4, p))).toEqual([3, 2, 1, 0]);
  });

  it('adds the points, sorts by points, gives the mean rank; ties keep the content order', () => {
    const t = tally(fete, [
      { answers: { repas: ['frites', 'barbecue', 'couscous', 'auberge-espagnole'] } },
      { answers: { repas: ['barbecue', 'frites', 'auberge-espagnole', 'couscous'] } },
      { answers: { repas: ['frites', 'couscous', 'barbecue', 'auberge-espagnole'] } },
    ]).questions['repas']!;
    expect(t.type).toBe('ranking');
    if (t.type !== 'ranking') return;
    // frites 3+2+3 = 8, barbecue 2+3+1 = 6, couscous 1+0+2 = 3, auberge 0+1+0 = 1
    expect(t.rows.map((r) => [r.id, r.points])).toEqual([
      ['frites', 8],
      ['barbecue', 6],
      ['couscous', 3],
      ['auberge-espagnole', 1],
    ]);
    expect(t.rows[0]!.meanRank).toBeCloseTo(4 / 3);
    expect(t.rows[0]!.share).toBeCloseTo(8 / 9);
    const tie = tally(fete, [
      { answers: { repas: ['couscous', 'barbecue', 'frites', 'auberge-espagnole'] } },
      { answers: { repas: ['barbecue', 'couscous', 'auberge-espagnole', 'frites'] } },
    ]).questions['repas']!;
    expect(tie.type === 'ranking' && tie.rows.map((r) => r.id)).toEqual([
      'barbecue',
      'couscous',
      'auberge-espagnole',
      'frites',
    ]);
  });

  it('a partial ranking gives the left-out choices 0 points', () => {
    const t = tally(fete, [{ answers: { repas: ['couscous'] } }]).questions['repas']!;
    expect(t.type === 'ranking' && t.rows.map((r) => [r.id, r.points, r.meanRank])).toEqual([
      ['couscous', 3, 1],
      ['barbecue', 0, undefined],
      ['auberge-espagnole', 0, undefined],
      ['frites', 0, undefined],
    ]);
  });
});

describe('tally · scale and text', () => {
  it('scale: mean and distribution over every value of the scale', () => {
    const t = tally(fete, [
      { answers: { bilan: 5 } },
      { answers: { bilan: 4 } },
      { answers: { bilan: 4 } },
      { answers: { bilan: 2 } },
    ]).questions['bilan']!;
    expect(t.type === 'scale' && t.mean).toBe(3.75);
    expect(t.type === 'scale' && t.rows.map((r) => [r.value, r.count])).toEqual([
      [1, 0],
      [2, 1],
      [3, 0],
      [4, 2],
      [5, 1],
    ]);
  });

  it('scale with no answer has no mean', () => {
    const t = tally(fete, []).questions['bilan']!;
    expect(t.type === 'scale' && t.mean).toBeUndefined();
  });

  it('text: the answers, trimmed, empty ones left out', () => {
    const t = tally(fete, [
      { answers: { idees: '  Un bal  ' } },
      { answers: { idees: '' } },
      { answers: { idees: 'Des crêpes' } },
    ]).questions['idees']!;
    expect(t.type === 'text' && t.texts).toEqual(['Un bal', 'Des crêpes']);
  });

  it("the sample results: 24 ballots, the toddlers' games and the shaded benches come first", () => {
    const r = validateContent(resultsContentSchema, sampleResults, {
      supportedVersion: 1,
      packageName: 'test',
      texts: pollTexts,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = tally(r.data.poll, r.data.ballots);
    expect(t.participants).toBe(24);
    const p = t.questions['priorites']!;
    expect(
      p.type === 'ranking' &&
        p.rows
          .slice(0, 2)
          .map((x) => x.id)
          .sort(),
    ).toEqual(['bancs', 'tout-petits']);
  });
});

describe('visibility rules', () => {
  const at = (results: 'after-vote' | 'after-close' | 'never') => ({
    results,
    opensAt: '2026-12-01',
    closesAt: '2026-12-20',
  });
  it('never: hidden, except in the staff panel', () => {
    expect(hiddenBecause(at('never'), '2027-01-01', true)).toBe('never');
    expect(hiddenBecause(at('never'), '2027-01-01', true, true)).toBeUndefined();
  });
  it('after-close: hidden until the day after closesAt', () => {
    expect(hiddenBecause(at('after-close'), '2026-12-20', true)).toBe('until-close');
    expect(hiddenBecause(at('after-close'), '2026-12-21', false)).toBeUndefined();
  });
  it('after-vote: shown to a device that voted, and to everyone after the close', () => {
    expect(hiddenBecause(at('after-vote'), '2026-12-10', false)).toBe('until-vote');
    expect(hiddenBecause(at('after-vote'), '2026-12-10', true)).toBeUndefined();
    expect(hiddenBecause(at('after-vote'), '2026-12-21', false)).toBeUndefined();
  });
  it('after-close without a closing date stays hidden', () => {
    expect(hiddenBecause({ results: 'after-close' }, '2030-01-01', true)).toBe('until-close');
  });
});
