/// <reference types="vite/client" />
/**
 * docs/demarches.md quotes the messages a worker sees when a procedure file is wrong: each quote
 * is checked against what the schema really says for a broken copy of the tiny procedure, and
 * every rule of texts.lazy.ts must be quoted (a new rule fails here until the page explains it).
 */
import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import doc from '../../../docs/demarches.md?raw';
import {
  DEMARCHE_CONTENT_VERSION,
  demarcheContentSchema,
  type DemarcheContentInput,
} from './schema.js';
import { demarcheTexts } from './texts.lazy.js';
import { clone, tinyProcedure } from './fixtures.js';

const problems = (input: DemarcheContentInput): string[] => {
  const r = validateContent(demarcheContentSchema, input, {
    supportedVersion: DEMARCHE_CONTENT_VERSION,
    packageName: '@quartiers-douai/demarches',
    texts: demarcheTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

interface Case {
  /** Breaks a copy of the tiny procedure the way the page's example says. */
  breakIt: (d: DemarcheContentInput) => void;
  /** Where the problem is, and the parameters of its sentence. */
  path: string;
  params?: Record<string, unknown>;
}

const cases: Record<string, Case> = {
  officialHttps: {
    breakIt: (d) => (d.officialUrl = 'mailto:contact@exemple.fr'),
    path: 'officialUrl',
  },
  screenOne: {
    breakIt: (d) => (d.steps[1]!.screen = {}),
    path: 'steps[1].screen',
    params: { step: 'formulaire' },
  },
  hotspotsOnMock: {
    breakIt: (d) => (d.steps[1]!.hotspots = [{ x: 10, y: 10, w: 20, h: 10, label: 'Bouton' }]),
    path: 'steps[1].hotspots',
    params: { step: 'formulaire' },
  },
  noCorrect: {
    breakIt: (d) => (d.steps[0]!.hotspots![0]!.correct = false),
    path: 'steps[0].hotspots',
    params: { step: 'entrer' },
  },
  termTwice: {
    breakIt: (d) => d.glossary!.push({ term: 'Identifiant', definition: 'Votre nom.' }),
    path: 'glossary[1].term',
    params: { term: 'Identifiant', first: 1 },
  },
  hotspotOut: {
    breakIt: (d) => (d.steps[2]!.hotspots![0]!.x = 80),
    path: 'steps[2].hotspots[0]',
    params: { label: 'Bouton Terminer', right: 110, bottom: 30 },
  },
};

describe('docs/demarches.md · the rules and their messages', () => {
  it('explains every rule of the procedure files', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(demarcheTexts).sort());
  });

  it.each(Object.entries(cases))('quotes the message of %s as a worker sees it', (key, c) => {
    const d = clone(tinyProcedure);
    c.breakIt(d);
    const message = `${c.path} : ${demarcheTexts[key]!(c.params ?? {})}`;
    expect(problems(d)).toContain(message);
    expect(doc, `docs/demarches.md devrait citer :\n${message}`).toContain(`\`${message}\``);
  });

  it('quotes the notice of the sample forms and the training notice as shown', () => {
    const flat = doc.replace(/\s+/g, ' ');
    expect(flat).toContain('« Données d’exemple — ne saisissez pas vos vraies informations. »');
    expect(flat).toContain(
      '« Maquette d’entraînement : ce n’est pas le vrai site, rien n’est envoyé. »',
    );
  });
});
