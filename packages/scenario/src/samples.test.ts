import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { SCENARIO_CONTENT_VERSION, scenarioContentSchema, type ScenarioContent } from './schema.js';
import { scenarioTexts } from './texts.lazy.js';
import { allPaths } from './graph.js';
import { samples } from './fixtures.js';

const check = (input: unknown) =>
  validateContent(scenarioContentSchema, input, {
    supportedVersion: SCENARIO_CONTENT_VERSION,
    packageName: '@quartiers-douai/scenario',
    texts: scenarioTexts,
  });

const expected = ['anonyme', 'cadeau', 'photo', 'fake', 'groupe'];

describe('the five sample stories', () => {
  it('are there: the group photo, the anonymous account, the gift in the game, true or fake, the class group', () => {
    const names = Object.keys(samples);
    expect(names).toHaveLength(5);
    for (const word of expected) expect(names.some((n) => n.includes(word))).toBe(true);
  });

  describe.each(Object.entries(samples))('%s', (_name, sample) => {
    const r = check(sample);
    const story = (r.ok ? r.data : undefined) as ScenarioContent | undefined;

    it('is valid, without unknown fields', () => {
      expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
    });

    it('has at least 3 endings, of at least two kinds, and a debrief with questions, key points and help', () => {
      const ends = Object.values(story!.nodes).filter((n) => n.end);
      expect(ends.length).toBeGreaterThanOrEqual(3);
      expect(new Set(ends.map((n) => n.end!.kind)).size).toBeGreaterThanOrEqual(2);
      expect(story!.debrief.questions.length).toBeGreaterThanOrEqual(2);
      expect(story!.debrief.keyPoints.length).toBeGreaterThanOrEqual(2);
      expect(story!.debrief.resources.length).toBeGreaterThanOrEqual(1);
    });

    it('every path from the start reaches an ending, and every ending is reached', () => {
      const paths = allPaths(story!);
      expect(paths.length).toBeGreaterThanOrEqual(3);
      const reached = new Set(paths.map((p) => p.at(-1)));
      const ends = Object.keys(story!.nodes).filter((id) => story!.nodes[id]!.end);
      expect([...reached].sort()).toEqual(ends.sort());
    });

    it('every message and choice has an easy-read variant', () => {
      for (const node of Object.values(story!.nodes)) {
        for (const m of node.messages)
          expect([m.text, m.easy?.length ?? 0]).not.toEqual([m.text, 0]);
        for (const c of node.choices ?? [])
          expect([c.text, c.easy?.length ?? 0]).not.toEqual([c.text, 0]);
      }
    });
  });

  it('the anonymous-account story gives the 3018 with its web address', () => {
    const s = Object.entries(samples).find(([n]) => n.includes('anonyme'))![1];
    const r = s.debrief.resources.find((x) => x.phone === '3018');
    expect(r?.url).toMatch(/^https:\/\/(www\.)?e-enfance\.org/);
  });
});
