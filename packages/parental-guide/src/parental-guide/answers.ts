/**
 * The parent's answers and ticks, without DOM: a fresh start, what saved answers still mean for
 * the library shown now, a step left unanswered, adding and removing a child's profile, ticking a
 * step of a guide.
 */
import { stepKey, type GuideMatch } from '../engine.js';
import type { Concern, GuideContent } from '../schema.js';
import type { Child, GuideData } from '../storage.js';

/** The three questions, in order. */
export const STEPS = ['children', 'devices', 'concerns'] as const;
export type Step = (typeof STEPS)[number];
/** At most this many children's profiles. */
export const MAX_CHILDREN = 8;

/** What the guide keeps: the saved data, with the ticked steps as a set. */
export interface GuideState {
  screen: GuideData['screen'];
  step: number;
  children: Child[];
  devices: string[];
  concerns: Concern[];
  /** `child/guide/step` keys of the steps marked done (`stepKey`). */
  done: ReadonlySet<string>;
}

/** Where a family starts: the first screen, one child with no name nor age, nothing ticked. */
export const freshState = (): GuideState => ({
  screen: 'start',
  step: 0,
  children: [{ id: 'c1', name: '', ageGroup: null }],
  devices: [],
  concerns: [],
  done: new Set(),
});

/** Saved answers, without the ages and devices the library no longer has. */
export function restoredState(c: GuideContent, d: GuideData): GuideState {
  const ages = new Set(c.ageGroups.map((g) => g.id));
  return {
    screen: d.screen,
    step: d.step,
    children: d.children.map((ch) => ({
      ...ch,
      ageGroup: ch.ageGroup && ages.has(ch.ageGroup) ? ch.ageGroup : null,
    })),
    devices: d.devices.filter((id) => c.devices.some((x) => x.id === id)),
    concerns: d.concerns,
    done: new Set(d.done),
  };
}

/** What is saved on the device. */
export const savedData = (s: GuideState): GuideData => ({
  screen: s.screen,
  step: s.step,
  children: s.children,
  devices: s.devices,
  concerns: s.concerns,
  done: [...s.done],
});

/** The step was left without an answer (said to be skipped). */
export function unanswered(s: GuideState, step: Step): boolean {
  if (step === 'children') return s.children.every((ch) => !ch.ageGroup);
  return (step === 'devices' ? s.devices : s.concerns).length === 0;
}

/** « Passer »: the answers of that step cleared. */
export function skipped(s: GuideState, step: Step): Partial<GuideState> {
  if (step === 'children') return { children: s.children.map((ch) => ({ ...ch, ageGroup: null })) };
  return step === 'devices' ? { devices: [] } : { concerns: [] };
}

/** « Ajouter un enfant »: a new profile, with an id no other profile has. */
export function withProfile(children: readonly Child[]): Child[] {
  const used = new Set(children.map((ch) => ch.id));
  let n = children.length + 1;
  while (used.has(`c${n}`)) n++;
  return [...children, { id: `c${n}`, name: '', ageGroup: null }];
}

/** A profile removed, with the steps ticked for that child. */
export function withoutProfile(s: GuideState, i: number): Pick<GuideState, 'children' | 'done'> {
  const gone = s.children[i]?.id;
  return {
    children: s.children.filter((_, k) => k !== i),
    done: new Set([...s.done].filter((k) => !k.startsWith(`${gone}/`))),
  };
}

/** `list` with `value` in it (`on`) or not, each value once. */
export const toggled = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

/** The ticked steps, with step `step` of a child's guide ticked (`on`) or not. */
export function ticked(
  done: ReadonlySet<string>,
  child: Child,
  guideId: string,
  step: number,
  on: boolean,
): ReadonlySet<string> {
  const next = new Set(done);
  const key = stepKey(child.id, guideId, step);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}

/** How many steps of a child's guide are ticked. */
export const doneIn = (done: ReadonlySet<string>, child: Child, m: GuideMatch): number =>
  m.guide.steps.filter((_, k) => done.has(stepKey(child.id, m.guide.id, k))).length;
