/**
 * Building blocks for every content schema (zod/mini), with French messages a worker understands.
 * A prototype's `schema.ts` composes these; it never writes its own URL or image rules.
 *
 * Every rule here is a `z.refine` reporting a `§key` and its values (docs/decisions/0014), never
 * one of zod's built-in checks (`z.int()`, `z.gte()`, `z.minLength()`, `z.trim()`…): each of those
 * pulls a class of its own into every CDN bundle, while `z.refine` is there anyway. The JSON
 * Schema of the editors still shows the bounds: `contentJsonSchema` (json-schema.ts, a subpath of
 * its own) reads them back from the key and its values. Prototypes use these bricks (or `rule`)
 * rather than zod's checks, in their content schemas and in the data they keep on the device.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { isSafeAssetUrl, isSafeLink } from '../util/url.js';
import { TEXT_KEY } from './texts.js';

/**
 * A content rule: `ok` says whether a value follows it; otherwise the issue's message is `§key`
 * and its `params` are `params` (the sentence is `kitTexts[key]`, loaded only when a file is wrong).
 */
export const rule = <T>(ok: (value: T) => boolean, key: string, params?: Record<string, unknown>) =>
  z.refine<T>(ok, { message: TEXT_KEY + key, params });

/** Objects keep unknown fields (they are warned about, not fatal). */
export const obj = <S extends Record<string, $ZodType>>(shape: S) => z.looseObject(shape);

/**
 * Removes the spaces around a text, as it is parsed (a title written `" Quiz "` is `"Quiz"`): a
 * plain check function, which costs nothing more, rather than `z.trim()` and its class.
 */
const trim = (payload: { value: string }): void => {
  payload.value = payload.value.trim();
};

/** A non-empty text (blank is refused), without the spaces around it. */
export const text = () =>
  z.string().check(
    trim,
    rule((s: string) => s.trim() !== '', 'text'),
  );

/** An optional text. */
export const optText = () => z.optional(z.string());

/** A text of at most `max` characters (device data: names, ids kept on the device). */
export const textMax = (max: number) =>
  z.string().check(rule((s: string) => s.length <= max, 'textMax', { max }));

/** A whole number from `min` to `max`, both included (any safe integer when absent). */
export const int = (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number()
    .check(rule((n: number) => Number.isInteger(n) && n >= min && n <= max, 'int', { min, max }));

/** A number from `min` to `max`, both included, decimals allowed (a share: `num(0, 1)`). */
export const num = (min: number, max: number) =>
  z.number().check(rule((n: number) => n >= min && n <= max, 'num', { min, max }));

/** A number greater than 0 (a size in pixels). */
export const positive = () => z.number().check(rule((n: number) => n > 0, 'positive'));

/** A list of `item`s, with at least `min` and at most `max` of them (`max` absent: no limit). */
export const list = <T extends $ZodType>(item: T, min = 0, max?: number) =>
  z
    .array(item)
    .check(
      rule(
        (a: ReadonlyArray<unknown>) => a.length >= min && a.length <= (max ?? a.length),
        'list',
        { min, max },
      ),
    );

/** A content identifier: letters, digits, `-` and `_`. */
export const id = () =>
  z.string().check(rule((s: string) => /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(s), 'id'));

/** The content file's format version (integer ≥ 1). */
export const version = () => int(1);

export const lang = () => z._default(z.enum(['fr', 'en', 'ar']), 'fr');

/** A link a resident may follow: https, mailto or tel. */
export const link = () => z.string().check(rule(isSafeLink, 'link'));

/** A phone number to call, as written on a poster: "3018", "0 800 235 236", "+33 1 23 45 67 89". */
export const phone = () =>
  z.string().check(rule((s: string) => /^\+?[0-9][0-9 .]*$/.test(s.trim()), 'phone'));

/** An image, audio or file address: relative path or https. */
export const assetUrl = () => z.string().check(rule(isSafeAssetUrl, 'asset'));

/** A real calendar day: `Date.parse` accepts "2026-02-30" (as 2 March) in some browsers. */
function isCalendarDate(s: string): boolean {
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}

/** ISO date `AAAA-MM-JJ`. */
export const isoDate = () =>
  z.string().check(rule((s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), 'date'));

/** An image with its text alternative. `alt` may be "" only when `decorative` is true. */
export const image = () =>
  obj({
    src: assetUrl(),
    alt: z.string(),
    decorative: z.optional(z.boolean()),
    width: z.optional(positive()),
    height: z.optional(positive()),
  }).check((ctx) => {
    if (ctx.value.alt.trim() === '' && ctx.value.decorative !== true) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.alt,
        path: ['alt'],
        message: `${TEXT_KEY}alt`,
      });
    }
  });

/**
 * Reports a broken rule at `path` (inside a `.check()` callback). `message` is a French sentence,
 * or better `§key` with `params`: the sentence then lives in a texts table (`texts.ts`, or the
 * prototype's `texts.lazy.ts`), downloaded only when a file is wrong (docs/decisions/0014).
 */
export function addIssue(
  ctx: { issues: Array<unknown>; value: unknown },
  path: ReadonlyArray<string | number>,
  message: string,
  params?: Record<string, unknown>,
): void {
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    path: [...path],
    message,
    ...(params ? { params } : {}),
  });
}

/** Reports repeated `id`s in a list: `questions[3].id : l'identifiant « q2 » est déjà utilisé…`. */
export function checkUniqueIds(
  ctx: { issues: Array<unknown>; value: unknown },
  items: ReadonlyArray<{ id?: string }>,
  listPath: ReadonlyArray<string | number>,
  key = 'id',
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value !== 'string') return;
    const first = seen.get(value);
    if (first !== undefined) {
      addIssue(ctx, [...listPath, index, key], `${TEXT_KEY}uniqueId`, { value, first });
    } else seen.set(value, index);
  });
}
