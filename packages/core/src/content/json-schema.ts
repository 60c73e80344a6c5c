/**
 * The JSON Schema of a content schema, for editors (`schema.json`, docs/decisions/0007): zod's
 * `toJSONSchema` (input side), plus the bounds of the kit's own rules (schema-kit.ts: `int()`,
 * `text()`, `num()`…). Those rules are `z.refine`s, which zod cannot describe: this module reads
 * each rule's `§key` and values back and writes the keywords zod writes for its built-in checks
 * (`"type": "integer"`, `minimum`, `maxLength`…), in the same order.
 *
 * Build time only (qd-build, schema tests): it is exported by its own subpath,
 * `@quartiers-douai/core/json-schema`, not by the package's index, so that the generator stays out
 * of every CDN bundle, core.js included (docs/decisions/0002: the generator is not shipped).
 */
import * as z from 'zod/mini';
import type { $ZodType, JSONSchema } from 'zod/v4/core';
import { TEXT_KEY } from './texts.js';

type Json = JSONSchema.BaseSchema;
type Params = Readonly<Record<string, unknown>>;

/** What one kit rule adds to the JSON Schema of the value it checks. */
const keywords: Record<string, (json: Json, p: Params) => void> = {
  text: (json) => {
    json.minLength = 1;
  },
  textMax: (json, p) => {
    json.maxLength = Number(p.max);
  },
  int: (json, p) => {
    json.type = 'integer';
    json.minimum = Number(p.min);
    json.maximum = Number(p.max);
  },
  num: (json, p) => {
    json.minimum = Number(p.min);
    json.maximum = Number(p.max);
  },
  positive: (json) => {
    json.exclusiveMinimum = 0;
  },
  list: (json, p) => {
    // zod writes an array's bounds before its "type".
    const rest = { ...json };
    for (const k of Object.keys(json)) delete json[k];
    if (Number(p.min) > 0) json.minItems = Number(p.min);
    if (p.max !== undefined) json.maxItems = Number(p.max);
    Object.assign(json, rest);
  },
};

/** The kit rule a check is (its key and values), or undefined for any other check. */
export function kitRule(check: unknown): { key: string; params: Params } | undefined {
  type Check = { _zod?: { def?: { check?: string; error?: unknown; params?: Params } } };
  const def = (check as Check | undefined)?._zod?.def;
  // Only an error function without parameters can be a refine's `message` (zod 4 normalizeParams
  // keeps it as `() => message`); any other is left alone.
  if (def?.check !== 'custom' || typeof def.error !== 'function' || def.error.length > 0)
    return undefined;
  const message: unknown = (def.error as () => unknown)();
  if (typeof message !== 'string' || !message.startsWith(TEXT_KEY)) return undefined;
  const key = message.slice(TEXT_KEY.length);
  return Object.hasOwn(keywords, key) ? { key, params: def.params ?? {} } : undefined;
}

/**
 * `schema`'s JSON Schema for editors: what `z.toJSONSchema(schema, { io: 'input', unrepresentable:
 * 'any' })` writes, with the kit rules' bounds as zod writes those of its built-in checks.
 */
export function contentJsonSchema(schema: $ZodType): Json {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      for (const check of zodSchema._zod.def.checks ?? []) {
        const rule = kitRule(check);
        if (rule) keywords[rule.key]!(jsonSchema, rule.params);
      }
    },
  });
}
