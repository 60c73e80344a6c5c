/// <reference types="vite/client" />
/**
 * docs/scenarios.md quotes the messages a worker sees when a story file is wrong: each quote is
 * checked against what the schema really says for a broken copy of the tiny story, and every rule
 * of texts.lazy.ts must be quoted (a new rule fails here until the page explains it).
 */
import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import doc from '../../../docs/scenarios.md?raw';
import {
  SCENARIO_CONTENT_VERSION,
  scenarioContentSchema,
  type ScenarioContentInput,
} from './schema.js';
import { scenarioTexts } from './texts.lazy.js';
import { clone, tinyStory } from './fixtures.js';

const problems = (input: ScenarioContentInput): string[] => {
  const r = validateContent(scenarioContentSchema, input, {
    supportedVersion: SCENARIO_CONTENT_VERSION,
    packageName: '@quartiers-douai/scenario',
    texts: scenarioTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

const end = { kind: 'good' as const, summary: 'Fin.', advice: 'À retenir.' };

interface Case {
  /** Breaks a copy of the tiny story the way the page's example says. */
  breakIt: (s: ScenarioContentInput) => void;
  /** Where the problem is, and the parameters of its sentence. */
  path: string;
  params?: Record<string, string>;
}

const cases: Record<string, Case> = {
  noNode: { breakIt: (s) => (s.nodes = {}), path: 'nodes' },
  startUnknown: {
    breakIt: (s) => (s.start = 'depart'),
    path: 'start',
    params: { start: 'depart', first: 'debut' },
  },
  nodeId: {
    breakIt: (s) => (s.nodes['Début'] = { messages: [], end }),
    path: 'nodes.Début',
    params: { node: 'Début' },
  },
  fromUnknown: {
    breakIt: (s) => (s.nodes['debut']!.messages[1]!.from = 'samuel'),
    path: 'nodes.debut.messages[1].from',
    params: { from: 'samuel' },
  },
  choicesAndEnd: {
    breakIt: (s) => (s.nodes['ignore']!.choices = [{ text: 'Et après ?', next: 'fin-bien' }]),
    path: 'nodes.ignore',
    params: { node: 'ignore' },
  },
  deadEnd: {
    breakIt: (s) => (s.nodes['montre']!.choices = []),
    path: 'nodes.montre',
    params: { node: 'montre' },
  },
  nextUnknown: {
    breakIt: (s) => (s.nodes['debut']!.choices![0]!.next = 'nulle-part'),
    path: 'nodes.debut.choices[0].next',
    params: { node: 'debut', next: 'nulle-part' },
  },
  unreachable: {
    breakIt: (s) => (s.nodes['brouillon'] = { messages: [], end }),
    path: 'nodes.brouillon',
    params: { node: 'brouillon' },
  },
  noWayOut: {
    breakIt: (s) => {
      s.nodes['debut']!.choices!.push({ text: 'J’hésite', next: 'hesite' });
      s.nodes['hesite'] = {
        messages: [{ text: 'Tu hésites.' }],
        choices: [{ text: 'J’hésite encore', next: 'hesite' }],
      };
    },
    path: 'nodes.hesite',
    params: { node: 'hesite' },
  },
  // The story's memory (docs/decisions/0027).
  varUnknown: {
    breakIt: (s) => (s.nodes['debut']!.choices![0]!.set = { aVu: true }),
    path: 'nodes.debut.choices[0].set.aVu',
    params: { name: 'aVu' },
  },
  varKind: {
    breakIt: (s) => {
      s.variables = [{ name: 'confiance', kind: 'counter' }];
      s.nodes['debut']!.choices![0]!.set = { confiance: true };
    },
    path: 'nodes.debut.choices[0].set.confiance',
    params: { name: 'confiance', kind: 'counter' },
  },
  varNeverSet: {
    breakIt: (s) => {
      s.variables = [{ name: 'aVu', kind: 'flag' }];
      s.nodes['montre']!.choices![0]!.if = { var: 'aVu', is: true };
    },
    path: 'variables[0]',
    params: { name: 'aVu' },
  },
  condShape: {
    breakIt: (s) => {
      s.variables = [{ name: 'confiance', kind: 'counter' }];
      s.nodes['debut']!.choices![0]!.add = { confiance: 1 };
      s.nodes['montre']!.choices![0]!.if = { var: 'confiance', atLeast: 1, atMost: 3 };
    },
    path: 'nodes.montre.choices[0].if',
  },
  scoreTwice: {
    breakIt: (s) => {
      s.variables = [{ name: 'confiance', kind: 'counter' }];
      s.nodes['fin-bien']!.end!.score = 3;
      s.nodes['fin-bien']!.end!.scoreFrom = 'confiance';
    },
    path: 'nodes.fin-bien.end',
  },
  neverMet: {
    breakIt: (s) => {
      s.variables = [{ name: 'confiance', kind: 'counter' }];
      s.nodes['debut']!.choices![0]!.add = { confiance: 1 };
      s.nodes['montre']!.choices![1]!.if = { var: 'confiance', atLeast: 2 };
    },
    path: 'nodes.fin-mal',
    params: { node: 'fin-mal' },
  },
  stuck: {
    breakIt: (s) => {
      s.variables = [{ name: 'aVu', kind: 'flag' }];
      s.nodes['debut']!.choices![1]!.set = { aVu: true };
      s.nodes['montre']!.choices![0]!.if = { var: 'aVu', is: true };
      s.nodes['montre']!.choices![1]!.if = { var: 'aVu', is: true };
    },
    path: 'nodes.montre',
    params: { node: 'montre' },
  },
};

describe('docs/scenarios.md · the rules and their messages', () => {
  it('explains every rule of the story files', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(scenarioTexts).sort());
  });

  it.each(Object.entries(cases))('quotes the message of %s as a worker sees it', (key, c) => {
    const story = clone(tinyStory);
    c.breakIt(story);
    const message = `${c.path} : ${scenarioTexts[key]!(c.params ?? {})}`;
    expect(problems(story)).toContain(message);
    expect(doc, `docs/scenarios.md devrait citer :\n${message}`).toContain(`\`${message}\``);
  });
});
