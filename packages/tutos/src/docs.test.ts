/// <reference types="vite/client" />
/**
 * docs/tutos.md quotes the messages a worker sees when a tutorial or a library index is wrong:
 * each quote is checked against what the schema really says for a broken copy of a fixture, and
 * every rule of texts.lazy.ts must be quoted (a new rule fails here until the page explains it).
 */
import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import doc from '../../../docs/tutos.md?raw';
import { TUTO_CONTENT_VERSION, libraryIndexSchema, tutorialSchema } from './schema.js';
import { tutoTexts } from './texts.lazy.js';
import { clone, libraryIndex, tinyTuto } from './fixtures.js';

const problems = (schema: Parameters<typeof validateContent>[0], input: unknown): string[] => {
  const r = validateContent(schema, input, {
    supportedVersion: TUTO_CONTENT_VERSION,
    packageName: '@quartiers-douai/tutos',
    texts: tutoTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};

interface Case {
  /** A broken copy of the tiny tutorial or of the library index, as the page's example says. */
  broken: () => { schema: Parameters<typeof validateContent>[0]; input: unknown };
  path: string;
  params?: Record<string, unknown>;
}

const tuto = (f: (t: ReturnType<typeof clone<typeof tinyTuto>>) => void) => () => {
  const t = clone(tinyTuto);
  f(t);
  return { schema: tutorialSchema, input: t };
};
const library = (f: (l: ReturnType<typeof clone<typeof libraryIndex>>) => void) => () => {
  const l = clone(libraryIndex);
  f(l);
  return { schema: libraryIndexSchema, input: l };
};

const cases: Record<string, Case> = {
  audio: {
    broken: tuto((t) => (t.steps[1]!.audio!.src = 'javascript:alert(1)')),
    path: 'steps[1].audio.src',
  },
  author: {
    broken: tuto((t) => (t.author = 'samia.b@exemple.fr')),
    path: 'author',
    params: { max: 40 },
  },
  page: {
    broken: library((l) => (l.tutorials[0]!.url = 'http://centre.fr/tutos/scanner/')),
    path: 'tutorials[0].url',
  },
  entryWhere: {
    broken: library((l) => {
      delete l.tutorials[0]!.src;
      delete l.tutorials[0]!.url;
    }),
    path: 'tutorials[0]',
  },
};

describe('docs/tutos.md · the rules and their messages', () => {
  it('explains every rule of the tutorial and library files', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(tutoTexts).sort());
  });

  it.each(Object.entries(cases))('quotes the message of %s as a worker sees it', (key, c) => {
    const { schema, input } = c.broken();
    const message = `${c.path} : ${tutoTexts[key]!(c.params ?? {})}`;
    expect(problems(schema, input)).toContain(message);
    expect(doc, `docs/tutos.md devrait citer :\n${message}`).toContain(`\`${message}\``);
  });
});
