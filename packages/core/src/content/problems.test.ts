import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { formatPath, problemToString, type Problem, type ZodIssueLike } from './problems.js';
import { explainIssue, issuesToProblems } from './explain-issue.js';

/** The French problems a worker sees for `value` against `schema` (real zod issues, not hand-made). */
function problems(schema: $ZodType, value: unknown): Problem[] {
  const r = z.safeParse(schema, value, { reportInput: true });
  if (r.success) throw new Error('expected the value to be refused');
  return issuesToProblems(r.error.issues as unknown as ZodIssueLike[]);
}
const only = (schema: $ZodType, value: unknown) => {
  const list = problems(schema, value);
  expect(list).toHaveLength(1);
  return problemToString(list[0]!);
};

describe('paths', () => {
  it('formats a zod path the way the guide writes it', () => {
    expect(formatPath(['questions', 2, 'choices', 0, 'label'])).toBe(
      'questions[2].choices[0].label',
    );
    expect(formatPath([0, 'title'])).toBe('[0].title');
    expect(formatPath([])).toBe('');
  });

  it('writes a problem as "path : message", or the message alone for the whole file', () => {
    expect(problemToString({ path: 'title', message: 'ce texte est vide' })).toBe(
      'title : ce texte est vide',
    );
    expect(problemToString({ path: '', message: 'le fichier est vide' })).toBe(
      'le fichier est vide',
    );
  });

  it('prefixes a base path (e.g. stored data under "data")', () => {
    const r = z.safeParse(z.object({ step: z.number() }), { step: 'deux' }, { reportInput: true });
    expect(issuesToProblems(r.error!.issues as unknown as ZodIssueLike[], ['data'])).toEqual([
      { path: 'data.step', message: 'doit être un nombre sans guillemets, par exemple 3' },
    ]);
  });
});

describe('invalid_type', () => {
  const schema = z.object({
    title: z.string(),
    count: z.number(),
    done: z.boolean(),
    items: z.array(z.string()),
    meta: z.optional(z.object({})),
  });
  const valid = { title: 'Bonjour', count: 1, done: false, items: [] };

  it('a missing field says it is required and what to write', () => {
    const { title: _t, ...rest } = valid;
    expect(only(schema, rest)).toBe(
      'title : le champ « title » est obligatoire : ajoutez-le (un texte entre guillemets, par exemple "Bonjour")',
    );
  });

  it.each([
    ['title', 3, 'title : doit être un texte entre guillemets, par exemple "Bonjour"'],
    ['count', '3', 'count : doit être un nombre sans guillemets, par exemple 3'],
    ['done', 'oui', 'done : doit être true ou false (sans guillemets)'],
    ['items', 'un, deux', 'items : doit être une liste entre crochets [ … ]'],
    ['meta', [], 'meta : doit être un objet entre accolades { … }'],
  ])('wrong type of %s (%j)', (key, value, message) => {
    expect(only(schema, { ...valid, [key]: value })).toBe(message);
  });

  it('a whole number where a decimal was written', () => {
    expect(only(z.object({ n: z.number().check(z.int()) }), { n: 2.5 })).toBe(
      'n : doit être un nombre entier sans guillemets, par exemple 3',
    );
  });

  it('a missing list element (no field name) says the element is required', () => {
    expect(
      explainIssue({ code: 'invalid_type', path: ['items', 0], message: '', expected: 'string' }),
    ).toBe('cet élément est obligatoire');
  });
});

describe('too_small and too_big', () => {
  it.each([
    [
      z.array(z.string()).check(z.minLength(1)),
      [],
      'la liste est vide : ajoutez au moins un élément',
    ],
    [z.array(z.string()).check(z.minLength(2)), ['a'], 'au moins 2 éléments sont nécessaires'],
    [z.string().check(z.minLength(1)), '', 'ce texte est vide : écrivez quelque chose'],
    [z.string().check(z.minLength(3)), 'ab', 'au moins 3 caractères sont nécessaires'],
    [z.number().check(z.gte(1)), 0, 'doit être supérieur ou égal à 1'],
    [z.number().check(z.gt(0)), 0, 'doit être strictement plus grand que 0'],
    [z.array(z.string()).check(z.maxLength(1)), ['a', 'b'], 'au plus 1 élément est permis'],
    [
      z.array(z.string()).check(z.maxLength(3)),
      ['a', 'b', 'c', 'd'],
      'au plus 3 éléments sont permis',
    ],
    [z.string().check(z.maxLength(5)), 'trop long', 'trop long : au plus 5 caractères'],
    [z.number().check(z.lte(10)), 11, 'doit être inférieur ou égal à 10'],
    [z.number().check(z.lt(10)), 10, 'doit être strictement plus petit que 10'],
  ])('%#: %j → %s', (schema, value, message) => {
    expect(only(z.object({ v: schema }), { v: value })).toBe(`v : ${message}`);
  });
});

describe('invalid_value, invalid_format, custom', () => {
  it('a value outside a list of choices names the value and the choices', () => {
    expect(only(z.object({ lang: z.enum(['fr', 'en', 'ar']) }), { lang: 'de' })).toBe(
      'lang : valeur non reconnue (« de ») : choisissez parmi « fr », « en », « ar »',
    );
  });

  it('a fixed value says which', () => {
    expect(only(z.object({ kind: z.literal('quiz') }), { kind: 'sondage' })).toBe(
      'kind : doit valoir « quiz »',
    );
    expect(only(z.object({ n: z.literal(1) }), { n: 2 })).toBe('n : doit valoir « 1 »');
  });

  it('a badly written date or e-mail gives an example', () => {
    expect(only(z.object({ d: z.iso.date() }), { d: '01/12/2026' })).toBe(
      'd : date invalide : écrivez-la sous la forme AAAA-MM-JJ, par exemple "2026-12-01"',
    );
    expect(only(z.object({ m: z.string().check(z.email()) }), { m: 'accueil@' })).toBe(
      'm : adresse e-mail invalide, par exemple "accueil@centre-social.fr"',
    );
  });

  it('a custom check shows its own French message at its own path', () => {
    const schema = z
      .object({ a: z.string() })
      .check(
        z.refine((v) => v.a !== 'x', { message: 'choisissez autre chose que « x »', path: ['a'] }),
      );
    expect(problems(schema, { a: 'x' })).toEqual([
      { path: 'a', message: 'choisissez autre chose que « x »' },
    ]);
  });
});

describe('unions', () => {
  const choice = z.union([
    z.object({ kind: z.literal('text'), text: z.string() }),
    z.object({ kind: z.literal('image'), src: z.string(), alt: z.string() }),
  ]);

  it('explains the branch that came closest, at its own path', () => {
    expect(problems(z.object({ choice }), { choice: { kind: 'text', text: 3 } })).toEqual([
      {
        path: 'choice.text',
        message: 'doit être un texte entre guillemets, par exemple "Bonjour"',
      },
    ]);
  });

  it('a value of no expected kind at all says so', () => {
    expect(only(z.object({ v: z.union([z.string(), z.number()]) }), { v: true })).toBe(
      'v : cette valeur ne correspond à aucune des formes prévues : vérifiez-la avec le guide de rédaction',
    );
  });

  describe('discriminated unions (a "type" field chooses the shape)', () => {
    const question = z.discriminatedUnion('type', [
      z.object({ type: z.literal('qcm'), choices: z.array(z.string()) }),
      z.object({ type: z.literal('texte'), answer: z.string() }),
    ]);

    it('an unknown type names the value and the possible types', () => {
      expect(
        only(z.object({ questions: z.array(question) }), {
          questions: [{ type: 'QCM', choices: [] }],
        }),
      ).toBe(
        'questions[0].type : valeur non reconnue (« QCM ») : choisissez parmi « qcm », « texte »',
      );
    });

    it('a missing type says it is required and lists the types', () => {
      expect(only(z.object({ q: question }), { q: { choices: [] } })).toBe(
        'q.type : le champ « type » est obligatoire : choisissez parmi « qcm », « texte »',
      );
    });

    it('a known type explains that shape', () => {
      expect(only(z.object({ q: question }), { q: { type: 'texte' } })).toBe(
        'q.answer : le champ « answer » est obligatoire : ajoutez-le (un texte entre guillemets, par exemple "Bonjour")',
      );
    });
  });
});

describe('never shows zod’s English', () => {
  it.each([
    { code: 'unrecognized_keys', keys: ['a', 'b'] },
    { code: 'invalid_key' },
    { code: 'invalid_element' },
    { code: 'not_multiple_of' },
    { code: 'something_new' },
    { code: 'invalid_format', format: 'uuid' },
  ])('%j', (issue) => {
    const message = explainIssue({
      path: ['x'],
      message: 'Invalid input: expected something',
      ...issue,
    } as ZodIssueLike);
    expect(message).not.toMatch(/Invalid|expected/);
    expect(message.length).toBeGreaterThan(5);
  });
});
