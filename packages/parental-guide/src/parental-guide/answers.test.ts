/** The parent's answers and ticks (answers.ts), without DOM. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  doneIn,
  freshState,
  restoredState,
  savedData,
  skipped,
  ticked,
  toggled,
  unanswered,
  withoutProfile,
  withProfile,
  type GuideState,
} from './answers.js';
import { selectGuides } from '../engine.js';
import { guideContentSchema, type GuideContent } from '../schema.js';
import { samples } from '../fixtures.js';

const lib: GuideContent = z.parse(guideContentSchema, samples.library);
const twoChildren = (): GuideState => ({
  ...freshState(),
  children: [
    { id: 'c1', name: 'Sami', ageGroup: '9-11' },
    { id: 'c2', name: '', ageGroup: null },
  ],
  done: new Set([
    'c1/android-family-link/0',
    'c2/android-family-link/0',
    'c2/android-family-link/1',
  ]),
});

describe('answers · saved and restored', () => {
  it('saves what it keeps, and reads it back as it was', () => {
    const s = { ...twoChildren(), screen: 'guide' as const, step: 2, devices: ['iphone'] };
    expect(restoredState(lib, savedData(s))).toEqual(s);
  });

  it('drops the ages and devices the library no longer has, keeps the rest', () => {
    const saved = savedData({
      ...twoChildren(),
      children: [{ id: 'c1', name: 'Sami', ageGroup: '99-100' }],
      devices: ['iphone', 'minitel'],
    });
    const s = restoredState(lib, saved);
    expect(s.children).toEqual([{ id: 'c1', name: 'Sami', ageGroup: null }]);
    expect(s.devices).toEqual(['iphone']);
    expect(s.done.size).toBe(3);
  });
});

describe('answers · steps left unanswered, and « Passer »', () => {
  it('a step is unanswered when no child has an age, no device or no concern is ticked', () => {
    const s = freshState();
    expect(unanswered(s, 'children')).toBe(true);
    expect(unanswered(twoChildren(), 'children')).toBe(false);
    expect(unanswered({ ...s, devices: ['ipad'] }, 'devices')).toBe(false);
    expect(unanswered(s, 'concerns')).toBe(true);
  });

  it('« Passer » clears that step’s answers only (first names stay)', () => {
    const s = { ...twoChildren(), devices: ['ipad'], concerns: ['achats' as const] };
    expect(skipped(s, 'children').children?.map((ch) => [ch.name, ch.ageGroup])).toEqual([
      ['Sami', null],
      ['', null],
    ]);
    expect(skipped(s, 'devices')).toEqual({ devices: [] });
    expect(skipped(s, 'concerns')).toEqual({ concerns: [] });
  });
});

describe('answers · profiles', () => {
  it('a new profile takes an id no other profile has', () => {
    const children = withProfile([
      { id: 'c1', name: '', ageGroup: null },
      { id: 'c3', name: '', ageGroup: null },
    ]);
    expect(children.map((ch) => ch.id)).toEqual(['c1', 'c3', 'c4']);
  });

  it('a removed profile takes its ticked steps with it, not the other child’s', () => {
    const { children, done } = withoutProfile(twoChildren(), 1);
    expect(children.map((ch) => ch.id)).toEqual(['c1']);
    expect([...done]).toEqual(['c1/android-family-link/0']);
  });
});

describe('answers · ticks', () => {
  it('ticks and unticks one child’s step, and counts a guide’s ticked steps', () => {
    const s = twoChildren();
    const m = selectGuides(lib, { ageGroup: null, devices: [], concerns: [] }).find(
      (x) => x.guide.id === 'android-family-link',
    )!;
    const c1 = s.children[0]!;
    expect(doneIn(s.done, c1, m)).toBe(1);
    const more = ticked(s.done, c1, m.guide.id, 3, true);
    expect(doneIn(more, c1, m)).toBe(2);
    expect(doneIn(ticked(more, c1, m.guide.id, 0, false), c1, m)).toBe(1);
    expect(doneIn(s.done, s.children[1]!, m)).toBe(2);
  });

  it('toggles a value in a list, once', () => {
    expect(toggled(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
