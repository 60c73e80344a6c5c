import { describe, it, expect, afterEach } from 'vitest';
import { insertRandomly, randomBelow, randomKey } from './keep-ballot.js';
import { choiceOrder, moveItem, problemOf, toBallot } from './answers.js';
import { validateContent } from '@quartiers-douai/core';
import { pollContentSchema, type PollContent } from '../schema.js';
import { samples } from '../fixtures.js';
import { pollTexts } from '../texts.lazy.js';

afterEach(() => localStorage.clear());

const fete = (() => {
  const r = validateContent(pollContentSchema, samples.fete, {
    supportedVersion: 1,
    packageName: 'test',
    texts: pollTexts,
  });
  if (!r.ok) throw new Error('invalid sample');
  return r.data as PollContent;
})();

describe('ballot box order', () => {
  it('inserts at the place the random source says', () => {
    expect(insertRandomly(['a', 'b'], 'x', () => 0)).toEqual(['x', 'a', 'b']);
    expect(insertRandomly(['a', 'b'], 'x', () => 1)).toEqual(['a', 'x', 'b']);
    expect(insertRandomly(['a', 'b'], 'x', (n) => n - 1)).toEqual(['a', 'b', 'x']);
  });

  it('the order of the box says nothing about the order of the votes', () => {
    let box: number[] = [];
    for (let i = 0; i < 30; i++) box = insertRandomly(box, i);
    expect([...box].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(box).not.toEqual([...box].sort((a, b) => a - b));
    // the last voter is not at the end more often than chance allows (30 places): 200 trials
    let last = 0;
    for (let t = 0; t < 200; t++) {
      let b: number[] = [];
      for (let i = 0; i < 30; i++) b = insertRandomly(b, i);
      if (b[b.length - 1] === 29) last++;
    }
    expect(last).toBeLessThan(30);
  });

  it('random numbers stay in range; keys are 128-bit hex', () => {
    for (let i = 0; i < 100; i++) expect(randomBelow(3)).toBeLessThan(3);
    expect(randomKey()).toMatch(/^[0-9a-f]{32}$/);
    expect(randomKey()).not.toBe(randomKey());
  });
});

describe('answers', () => {
  const q = (id: string) => fete.questions.find((x) => x.id === id)!;

  it('toBallot keeps only given answers, trims texts and orders multiple choices as the content', () => {
    expect(
      toBallot(fete, {
        date: '5-juin',
        activites: ['bal', 'maquillage'],
        bilan: undefined,
        idees: '  Oui  ',
        'coup-de-main': '',
      }),
    ).toEqual({
      pollId: 'fete-quartier-2027',
      answers: { date: '5-juin', activites: ['maquillage', 'bal'], idees: 'Oui' },
    });
  });

  it('problems: required, too many choices, too long (counted in characters, after trimming)', () => {
    expect(problemOf(q('date'), undefined)).toEqual({ key: 'needChoice' });
    expect(problemOf(q('bilan'), undefined)).toBeUndefined();
    expect(problemOf(q('activites'), ['a', 'b', 'c', 'd'])).toEqual({
      key: 'tooManyChoices',
      params: { count: 4, max: 3, extra: 1 },
    });
    expect(problemOf(q('idees'), `  ${'🙂'.repeat(500)}  `)).toBeUndefined();
    expect(problemOf(q('idees'), '🙂'.repeat(501))).toEqual({
      key: 'tooLong',
      params: { count: 501, max: 500, extra: 1 },
    });
  });

  it('moveItem and choiceOrder', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(choiceOrder(q('repas'))).toEqual([
      'barbecue',
      'couscous',
      'auberge-espagnole',
      'frites',
    ]);
  });
});
