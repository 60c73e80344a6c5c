/**
 * contentJsonSchema: the kit's rules (z.refine with a §key) give editors the same JSON Schema as
 * zod's built-in checks they replace, keyword for keyword and in the same order, so that every
 * committed schema.json stays byte-identical (docs/decisions/0007).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { contentJsonSchema, kitRule } from './json-schema.js';
import {
  id,
  image,
  int,
  isoDate,
  list,
  num,
  obj,
  optText,
  positive,
  rule,
  text,
  textMax,
  version,
} from './schema-kit.js';

/** What zod writes for a schema made of its built-in checks (what qd-build used to call). */
const zodJson = (schema: $ZodType) =>
  JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2);
const kitJson = (schema: $ZodType) => JSON.stringify(contentJsonSchema(schema), null, 2);

describe('contentJsonSchema › each rule as zod wrote its built-in checks', () => {
  it.each([
    ['text()', text(), z.string().check(z.trim(), z.minLength(1))],
    ['textMax(60)', textMax(60), z.string().check(z.maxLength(60))],
    ['int()', int(), z.number().check(z.int())],
    ['int(1)', int(1), z.number().check(z.int(), z.gte(1))],
    ['version()', version(), z.number().check(z.int(), z.gte(1))],
    ['int(0, 25)', int(0, 25), z.number().check(z.int(), z.gte(0), z.lte(25))],
    ['int(1, 5000)', int(1, 5000), z.number().check(z.int(), z.gte(1), z.lte(5000))],
    ['num(0, 1)', num(0, 1), z.number().check(z.gte(0), z.lte(1))],
    ['positive()', positive(), z.number().check(z.gt(0))],
    [
      'list(item, 1, 8)',
      list(z.string(), 1, 8),
      z.array(z.string()).check(z.minLength(1), z.maxLength(8)),
    ],
    ['list(item, 0, 20)', list(z.string(), 0, 20), z.array(z.string()).check(z.maxLength(20))],
    [
      'list(text(), 1)',
      list(text(), 1),
      z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    ],
    ['list(item)', list(z.string()), z.array(z.string())],
  ] as const)('%s', (_name, kit, builtIn) => {
    expect(kitJson(kit)).toBe(zodJson(builtIn));
  });

  it('inside objects, optional fields, defaults and images', () => {
    const kit = obj({
      version: version(),
      title: text(),
      draw: z.optional(int(1)),
      passScore: z.optional(num(0, 1)),
      age: z._default(int(0, 25), 12),
      image: z.optional(image()),
      lines: list(text(), 1),
    });
    const builtIn = obj({
      version: z.number().check(z.int(), z.gte(1)),
      title: z.string().check(z.trim(), z.minLength(1)),
      draw: z.optional(z.number().check(z.int(), z.gte(1))),
      passScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
      age: z._default(z.number().check(z.int(), z.gte(0), z.lte(25)), 12),
      image: z.optional(
        obj({
          src: z.string(),
          alt: z.string(),
          decorative: z.optional(z.boolean()),
          width: z.optional(z.number().check(z.gt(0))),
          height: z.optional(z.number().check(z.gt(0))),
        }),
      ),
      lines: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    });
    expect(kitJson(kit)).toBe(zodJson(builtIn));
  });

  it('other rules add nothing: ids, dates, a prototype’s own §key, plain messages', () => {
    expect(kitJson(id())).toBe(zodJson(z.string()));
    expect(kitJson(isoDate())).toBe(zodJson(z.string()));
    expect(kitJson(optText())).toBe(zodJson(z.optional(z.string())));
    expect(kitJson(z.number().check(rule((n: number) => n !== 4, 'notFour', { min: 9 })))).toBe(
      zodJson(z.number()),
    );
    expect(kitJson(z.number().check(z.refine((n) => n > 2, { message: 'plus grand que 2' })))).toBe(
      zodJson(z.number()),
    );
  });
});

describe('kitRule', () => {
  it('reads the key and the bounds of a kit rule', () => {
    expect(kitRule(int(0, 25)._zod.def.checks?.[0])).toEqual({
      key: 'int',
      params: { min: 0, max: 25 },
    });
    expect(kitRule(text()._zod.def.checks?.[1])).toEqual({ key: 'text', params: {} });
  });

  it('leaves every other check alone, without calling an error function that needs its issue', () => {
    let called = false;
    const withIssue = z.refine<number>((n) => n > 2, {
      error: (issue) => {
        called = true;
        return `trop petit : ${String(issue.input)}`;
      },
    });
    expect(kitRule(withIssue)).toBeUndefined();
    expect(called).toBe(false);
    expect(kitRule(z.gte(3))).toBeUndefined();
    expect(kitRule(undefined)).toBeUndefined();
    expect(kitRule(id()._zod.def.checks?.[0])).toBeUndefined();
  });
});
