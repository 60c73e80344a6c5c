/// <reference types="vite/client" />
/**
 * docs/autodiagnostic.md quotes the messages a worker sees when a diagnostic file is wrong: each
 * quote is checked against what the schema really says for a broken copy of the tiny diagnostic,
 * and every rule of texts.lazy.ts must be quoted (a new rule fails here until the page explains
 * it). The page's level computation example is checked too.
 */
import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import doc from '../../../docs/autodiagnostic.md?raw';
import {
  AUTODIAG_CONTENT_VERSION,
  autodiagContentSchema,
  type AutodiagContentInput,
} from './schema.js';
import { autodiagTexts } from './texts.lazy.js';
import { clone, tinyDiag } from './fixtures.js';

const problems = (input: AutodiagContentInput): string[] => {
  const r = validateContent(autodiagContentSchema, input, {
    supportedVersion: AUTODIAG_CONTENT_VERSION,
    packageName: '@quartiers-douai/autodiag',
    texts: autodiagTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

interface Case {
  /** Breaks a copy of the tiny diagnostic the way the page's example says. */
  breakIt: (c: AutodiagContentInput) => void;
  /** Where the problem is, and the parameters of its sentence. */
  path: string;
  params?: Record<string, string>;
}

const cases: Record<string, Case> = {
  email: {
    breakIt: (c) => (c.recommendations![0]!.workshop.contact!.email = 'accueil'),
    path: 'recommendations[0].workshop.contact.email',
  },
  firstMin: { breakIt: (c) => (c.levels[0]!.min = 0.5), path: 'levels[0].min' },
  levelOrder: {
    breakIt: (c) => (c.levels[2]!.min = 1),
    path: 'levels[2].min',
    params: { level: 'fort', before: 'moyen' },
  },
  areaUnknown: {
    breakIt: (c) => (c.items[0]!.area = 'mails'),
    path: 'items[0].area',
    params: { area: 'mails', first: 'courriel' },
  },
  areaEmpty: {
    breakIt: (c) => c.areas.push({ id: 'creation', label: 'Créer', icon: 'creation' }),
    path: 'areas[2]',
    params: { area: 'creation' },
  },
  levelUnknown: {
    breakIt: (c) => (c.recommendations![1]!.maxLevel = 'expert'),
    path: 'recommendations[1].maxLevel',
    params: { level: 'expert', levels: 'debut, moyen, fort' },
  },
};

describe('docs/autodiagnostic.md · the rules and their messages', () => {
  it('explains every rule of the diagnostic files', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(autodiagTexts).sort());
  });

  it.each(Object.entries(cases))('quotes the message of %s as a worker sees it', (key, c) => {
    const d = clone(tinyDiag);
    c.breakIt(d);
    const message = `${c.path} : ${autodiagTexts[key]!(c.params ?? {})}`;
    expect(problems(d)).toContain(message);
    expect(doc, `docs/autodiagnostic.md devrait citer :\n${message}`).toContain(`\`${message}\``);
  });

  it('is titled « Autodiagnostic » and documents every pictogram id', async () => {
    expect(doc.split('\n')[0]).toMatch(/^# Autodiagnostic/);
    const { ICONS } = await import('./schema.js');
    for (const icon of ICONS) expect(doc).toContain(`\`${icon}\``);
  });
});
