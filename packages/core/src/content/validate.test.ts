import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { jsonErrorOffset, parseJsonText, unknownFields, validateContent } from './validate.js';
import { obj, text, version, lang } from './schema-kit.js';
import { demoContent, demoSchema } from '../test/test-element.js';

afterEach(() => vi.restoreAllMocks());

const options = { supportedVersion: 1, packageName: '@quartiers-douai/quiz' };

describe('validateContent › valid content', () => {
  it('returns the typed data, with defaults filled in', () => {
    const { lang: _omitted, ...withoutLang } = demoContent;
    const r = validateContent(demoSchema, withoutLang, options);
    expect(r).toEqual({ ok: true, data: { ...withoutLang, lang: 'fr' }, warnings: [] });
  });

  it('keeps unknown fields in data and lists each with its path', () => {
    const schema = obj({
      version: version(),
      items: z.array(obj({ label: text(), extra: z.optional(obj({ note: text() })) })),
      byId: z.optional(z.record(z.string(), obj({ label: text() }))),
      choice: z.optional(z.union([obj({ a: text() }), obj({ b: text() })])),
    });
    const input = {
      version: 1,
      $schema: './schema.json',
      $comment: 'brouillon',
      titel: 'faute',
      items: [{ label: 'un' }, { label: 'deux', colour: 'rouge', extra: { note: 'n', size: 2 } }],
      byId: { x: { label: 'x', lable: 'faute' } },
      choice: { b: 'b', c: 'c' },
    };
    const r = validateContent(schema, input, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      titel: 'faute',
      items: [{}, { colour: 'rouge', extra: { size: 2 } }],
    });
    expect(r.warnings.map((w) => w.path)).toEqual([
      'titel',
      'items[1].colour',
      'items[1].extra.size',
      'byId.x.lable',
      'choice.c',
    ]);
    expect(r.warnings[0]!.message).toBe(
      "champ inconnu, gardé mais non utilisé : vérifiez l'orthographe (« titel »)",
    );
  });

  it('unknownFields walks through optional, default and pipe wrappers', () => {
    const schema = obj({
      lang: lang(),
      inner: z.optional(
        z.pipe(
          obj({ a: text() }),
          z.transform((v) => v),
        ),
      ),
    });
    expect(unknownFields(schema, { lang: 'fr', inner: { a: 'x', b: 'y' } })).toEqual([
      {
        path: 'inner.b',
        message: "champ inconnu, gardé mais non utilisé : vérifiez l'orthographe (« b »)",
      },
    ]);
  });
});

describe('validateContent › fields named like what every object has (constructor, __proto__, toString)', () => {
  const schema = obj({
    version: version(),
    items: z.array(obj({ label: text(), extra: z.optional(obj({ note: text() })) })),
    byId: z.optional(z.record(z.string(), obj({ label: text() }))),
    choice: z.optional(z.union([obj({ a: text() }), obj({ b: text() })])),
  });
  // As a file is read: JSON.parse makes "__proto__" a field of its own, not the object's prototype.
  const file = JSON.parse(`{
    "version": 1,
    "constructor": 1,
    "__proto__": { "polluted": true },
    "toString": "x",
    "items": [
      { "label": "un", "constructor": { "a": 1 }, "__proto__": { "label": "autre" } },
      { "label": "deux", "extra": { "note": "n", "toString": "x", "valueOf": 2 } }
    ],
    "byId": { "x": { "label": "x", "hasOwnProperty": "y" } },
    "choice": { "b": "b", "constructor": "c" }
  }`) as unknown;

  it('each is an unknown field like any other, at the top and nested: kept out, listed with its path', () => {
    const r = validateContent(schema, file, options);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.path)).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'items[0].constructor',
      'items[0].__proto__',
      'items[1].extra.toString',
      'items[1].extra.valueOf',
      'byId.x.hasOwnProperty',
      'choice.constructor',
    ]);
    expect(r.warnings[1]!.message).toBe(
      "champ inconnu, gardé mais non utilisé : vérifiez l'orthographe (« __proto__ »)",
    );
    // Nothing reaches the prototypes: the data reads as it was written, no object gains a field.
    expect(r.data.items[0]!.label).toBe('un');
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('a wrong file with such fields is explained, not thrown', () => {
    const wrong = { ...(file as object), items: 'pas une liste' };
    const r = validateContent(schema, wrong, options);
    expect(r).toMatchObject({ ok: false, problems: [{ path: 'items' }] });
  });

  it('unknownFields never throws, whatever the field names (fast-check)', () => {
    const names = fc.constantFrom(
      'constructor',
      '__proto__',
      'toString',
      'valueOf',
      'hasOwnProperty',
      'isPrototypeOf',
      '__defineGetter__',
      'label',
      'extra',
      'note',
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(names, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const parsed = JSON.parse(JSON.stringify({ version: 1, items: [v], byId: { x: v } }));
        expect(() => unknownFields(schema, parsed)).not.toThrow();
        expect(() => validateContent(schema, parsed, options)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateContent › what a content file must be', () => {
  it.each([
    [
      [demoContent],
      'le fichier contient une liste [ … ] : il doit contenir un objet entre accolades { … } avec "version", "title"…',
    ],
    ['Bonjour', 'le fichier doit contenir un objet entre accolades { … } avec "version", "title"…'],
    [null, 'le fichier doit contenir un objet entre accolades { … } avec "version", "title"…'],
  ])('%j is refused with a French explanation', (input, message) => {
    expect(validateContent(demoSchema, input, options)).toEqual({
      ok: false,
      problems: [{ path: '', message }],
    });
  });

  it('a newer version is explained alone, whatever else the file contains', () => {
    const r = validateContent(demoSchema, { version: 2, questions: 'format inconnu' }, options);
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          path: 'version',
          message:
            "ce contenu est en version 2, mais ce composant ne comprend que jusqu'à la version 1 : mettez à jour @quartiers-douai/quiz, ou utilisez un contenu en version 1",
        },
      ],
    });
  });

  it('the supported version itself is accepted; a version that is not a whole number is a schema problem', () => {
    expect(validateContent(demoSchema, demoContent, options).ok).toBe(true);
    const r = validateContent(demoSchema, { ...demoContent, version: 1.5 }, options);
    expect(r).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'version',
          message:
            'doit être un nombre entier supérieur ou égal à 1, sans virgule ni guillemets, par exemple 1',
        },
      ],
    });
  });
});

describe('parseJsonText › JSON syntax errors name the line and the column', () => {
  const where = (t: string) => {
    const r = parseJsonText(t);
    if (r.ok) throw new Error('expected a syntax error');
    return /\(ligne (\d+), colonne (\d+)\)/.exec(r.problem.message)?.slice(1).map(Number);
  };

  it.each([
    ['{"version": 1,}', [1, 15]], // comma after the last field
    ['{\n  "version": 1\n  "title": "Bonjour"\n}', [3, 3]], // missing comma
    ["{'version': 1}", [1, 2]], // single quotes
    ['{"title": “Bonjour”}', [1, 11]], // curly quotes from a word processor
    ['{"version": 1, "title": tru}', [1, 25]], // a word Chromium reports without a position
    ['{"version": 1', [1, 14]], // cut short
    ['{"title": "Bonjour}', [1, 20]], // unclosed text
    ['{"version": 1}}', [1, 15]], // extra closing brace
    ['{"a": "\\x"}', [1, 9]], // bad escape
    ['{"a": "ligne\ncoupée"}', [1, 13]], // raw line break inside a text
    ['{ "basics": { "name": "Samira", } }', [1, 33]], // as the CV importer reports it
    ['{ "basics": ', [1, 13]], // cut short: Chromium gives no position
  ])('%j → line and column %j', (input, expected) => {
    expect(where(input)).toEqual(expected);
  });

  it('full message says what to check, in French', () => {
    expect(parseJsonText('{"a": 1,}')).toEqual({
      ok: false,
      problem: {
        path: '',
        message:
          'le fichier n\'est pas un JSON valide (ligne 1, colonne 9) : vérifiez les virgules (pas de virgule après le dernier élément), les guillemets droits "…" et les accolades',
      },
    });
  });

  it('does not depend on the browser wording the error (Firefox and Safari give no position)', () => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError("JSON Parse error: Expected '}'");
    });
    expect(where('{\n  "version": 1,\n}')).toEqual([3, 1]);
  });

  it('an empty file says it is empty', () => {
    expect(parseJsonText(' \n ')).toEqual({
      ok: false,
      problem: { path: '', message: 'le fichier est vide : il doit contenir un objet JSON { … }' },
    });
  });

  it('valid JSON parses', () => {
    expect(parseJsonText('{"version": 1, "list": [1, -2.5e3, true, null, "\\u00e9"]}')).toEqual({
      ok: true,
      value: { version: 1, list: [1, -2500, true, null, 'é'] },
    });
  });
});

describe('jsonErrorOffset › agrees with the browser', () => {
  const parses = (t: string) => {
    try {
      JSON.parse(t);
      return true;
    } catch {
      return false;
    }
  };

  it('finds no error in any valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (t) => {
        expect(jsonErrorOffset(t)).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('finds an error exactly when JSON.parse refuses the text (JSON with one character changed)', () => {
    const nearJson = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', "'", '\\', 'x', '\n', '0', '-', '.', 'e', ' '),
      )
      .map(([t, at, ch]) => {
        const i = at % (t.length + 1);
        return at % 2 === 0 ? t.slice(0, i) + ch + t.slice(i + 1) : t.slice(0, i) + ch + t.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(nearJson, fc.string()), (t) => {
        const offset = jsonErrorOffset(t);
        expect(offset === -1).toBe(parses(t));
        expect(offset).toBeLessThanOrEqual(t.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('points where Chromium points, when Chromium gives a position', () => {
    const samples = [
      '{"a": 1.}',
      '{"a": 1e}',
      '[-01]',
      '{"a": 1,}',
      '{"a": 1',
      '{',
      '[1,2',
      "{'a': 1}",
      '{"a": 1}}',
      '[1 2]',
      '{"a" 1}',
      '{"a": -}',
      '[01]',
    ];
    for (const t of samples) {
      let position: number | undefined;
      try {
        JSON.parse(t);
      } catch (e) {
        position = Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? NaN);
      }
      if (position !== undefined && !Number.isNaN(position))
        expect([t, jsonErrorOffset(t)]).toEqual([t, position]);
    }
  });
});
