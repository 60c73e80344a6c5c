import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { contentJsonSchema } from '@quartiers-douai/core/json-schema';
import { __CONST___CONTENT_VERSION, __camel__ContentSchema, contentSchema } from './schema.js';
import { __camel__Texts } from './texts.lazy.js';
import { clone, samples } from './fixtures.js';
import committedJsonSchema from '../schema.json';

const check = (input: unknown) =>
  validateContent(__camel__ContentSchema, input, {
    supportedVersion: __CONST___CONTENT_VERSION,
    packageName: '@quartiers-douai/__name__',
    texts: __camel__Texts,
  });
const problems = (input: unknown): string[] => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};

describe('schema · samples', () => {
  it.each(Object.entries(samples))('%s is valid, without unknown fields', (_name, sample) => {
    const r = check(sample);
    expect(r.ok ? r.warnings : r.problems.map(problemToString)).toEqual([]);
  });

  it.each(Object.entries(samples))('%s is valid against schema.json (editors)', (_name, sample) => {
    // The JSON Schema that VS Code reads through "$schema", read back by zod (test only).
    const editor = zod.fromJSONSchema(
      committedJsonSchema as Parameters<typeof zod.fromJSONSchema>[0],
    );
    expect(editor.safeParse(sample).error?.issues ?? []).toEqual([]);
  });

  it('schema.json is up to date with the zod schema (run `pnpm build` to refresh it)', () => {
    const fresh = contentJsonSchema(contentSchema);
    const { title: _t, $id: _i, ...committed } = committedJsonSchema as Record<string, unknown>;
    expect(JSON.stringify(committed, null, 2)).toBe(JSON.stringify(fresh, null, 2));
  });
});

describe('schema · rules explained in French', () => {
  it('a blank title: the path, and what to change', () => {
    expect(problems({ ...clone(samples.premiersPas), title: ' ' })[0]).toMatch(/^title : /);
  });

  it('« Facile à lire » on one screen only: says which field to add', () => {
    const c = clone(samples.premiersPas);
    delete c.next.easy;
    expect(problems(c)).toEqual([
      'easyIntro : le texte « Facile à lire » n\'est écrit que pour cet écran : ajoutez aussi "next.easy" (ou retirez celui-ci), pour que tout passe en Facile à lire',
    ]);
  });
});
