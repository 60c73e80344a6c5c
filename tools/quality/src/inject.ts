/**
 * Puts a payload into every string field of a content, found by walking its JSON Schema: the
 * fields present in the sample and the optional text fields it leaves out, in objects, lists and
 * maps by key. Fields whose payload
 * makes the content invalid (identifiers, links, enumerations…) get their sample value back, so
 * the payloads that remain reach the screen.
 */
import { validateContent } from '@quartiers-douai/core';
import type { $ZodType } from 'zod/v4/core';
import type { JsonSchema } from './prototypes.js';

type Json = unknown;

function branch(schema: JsonSchema, value: Json): JsonSchema {
  const options = schema.anyOf ?? schema.oneOf;
  if (!options) return schema;
  const kind = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'object'
        : typeof value;
  return (
    options.find((o) => o.type === kind || (Array.isArray(o.type) && o.type.includes(kind))) ??
    options[0]!
  );
}

const isFreeString = (s: JsonSchema) =>
  (s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'))) &&
  !s.enum &&
  s.const === undefined;

/** Replaces every free-text string (schema `type: string` without enum/const) by `pick()`. */
export function injectStrings(
  value: Json,
  schema: JsonSchema | undefined,
  pick: () => string,
): Json {
  if (!schema) return value;
  const s = branch(schema, value);
  if (isFreeString(s) && (typeof value === 'string' || value === undefined)) return pick();
  if (Array.isArray(value) && s.items) return value.map((v) => injectStrings(v, s.items, pick));
  if (value && typeof value === 'object' && !Array.isArray(value) && s.properties) {
    const out: Record<string, Json> = { ...(value as Record<string, Json>) };
    for (const [key, prop] of Object.entries(s.properties)) {
      if (key === '$schema') continue;
      if (key in out) out[key] = injectStrings(out[key], prop, pick);
      else if (isFreeString(branch(prop, undefined))) out[key] = pick();
    }
    return out;
  }
  // A map by key (`z.record`, e.g. a story's steps by id): every value, the keys untouched.
  const values = s.additionalProperties;
  if (value && typeof value === 'object' && !Array.isArray(value) && typeof values === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, Json>).map(([k, v]) => [
        k,
        injectStrings(v, values, pick),
      ]),
    );
  return value;
}

/** `questions[2].choices` → ['questions', 2, 'choices'] */
export function parsePath(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

function getAt(v: Json, path: Array<string | number>): Json {
  return path.reduce<Json>(
    (acc, k) =>
      acc && typeof acc === 'object' ? (acc as Record<string | number, Json>)[k] : undefined,
    v,
  );
}

function setAt(v: Json, path: Array<string | number>, next: Json): void {
  const parent = getAt(v, path.slice(0, -1)) as Record<string | number, Json> | undefined;
  if (!parent || typeof parent !== 'object') return;
  const key = path[path.length - 1]!;
  if (next === undefined) delete parent[key];
  else parent[key] = next;
}

/**
 * Gives back the sample's value wherever the payload made the content invalid, until it is valid.
 * Returns the content, or undefined if it cannot be made valid (the gate then reports it).
 */
export function keepValid(injected: Json, original: Json, schema: $ZodType): Json | undefined {
  const content = structuredClone(injected);
  for (let round = 0; round < 20; round++) {
    const r = validateContent(schema, content, { supportedVersion: 999, packageName: 'quality' });
    if (r.ok) return content;
    let changed = false;
    for (const p of r.problems) {
      for (let path = parsePath(p.path); path.length > 0; path = path.slice(0, -1)) {
        const before = getAt(original, path);
        if (JSON.stringify(getAt(content, path)) !== JSON.stringify(before)) {
          setAt(content, path, structuredClone(before));
          changed = true;
          break;
        }
      }
    }
    if (!changed) return undefined;
  }
  return undefined;
}
