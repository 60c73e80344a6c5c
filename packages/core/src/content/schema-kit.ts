/**
 * Building blocks for every content schema (zod/mini), with French messages a worker understands.
 * A prototype's `schema.ts` composes these; it never writes its own URL or image rules.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { isSafeAssetUrl, isSafeLink } from '../util/url.js';
import { TEXT_KEY } from './texts.js';

/** Objects keep unknown fields (they are warned about, not fatal). */
export const obj = <S extends Record<string, $ZodType>>(shape: S) => z.looseObject(shape);

/** A non-empty text. */
export const text = () => z.string().check(z.trim(), z.minLength(1));

/** An optional text. */
export const optText = () => z.optional(z.string());

/** A content identifier: letters, digits, `-` and `_`. */
export const id = () =>
  z
    .string()
    .check(z.refine((s) => /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(s), { message: `${TEXT_KEY}id` }));

/** The content file's format version (integer ≥ 1). */
export const version = () => z.number().check(z.int(), z.gte(1));

export const lang = () => z._default(z.enum(['fr', 'en', 'ar']), 'fr');

/** A link a resident may follow: https, mailto or tel. */
export const link = () => z.string().check(z.refine(isSafeLink, { message: `${TEXT_KEY}link` }));

/** An image, audio or file address: relative path or https. */
export const assetUrl = () =>
  z.string().check(z.refine(isSafeAssetUrl, { message: `${TEXT_KEY}asset` }));

/** A real calendar day: `Date.parse` accepts "2026-02-30" (as 2 March) in some browsers. */
function isCalendarDate(s: string): boolean {
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === s;
}

/** ISO date `AAAA-MM-JJ`. */
export const isoDate = () =>
  z.string().check(
    z.refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), {
      message: `${TEXT_KEY}date`,
    }),
  );

/** An image with its text alternative. `alt` may be "" only when `decorative` is true. */
export const image = () =>
  obj({
    src: assetUrl(),
    alt: z.string(),
    decorative: z.optional(z.boolean()),
    width: z.optional(z.number().check(z.gt(0))),
    height: z.optional(z.number().check(z.gt(0))),
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
