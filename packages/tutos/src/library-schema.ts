/**
 * Content schema of the library index read by `<qd-tuto-library>` (zod/mini): a file of its own,
 * so that the reader's bundle never carries it.
 */
import * as z from 'zod/mini';
import { assetUrl, int, lang, obj, optText, rule, text, version } from '@quartiers-douai/core';
import { LEVELS, isPageUrl } from './common.js';

export const libraryEntrySchema = obj({
  title: text(),
  summary: optText(),
  tags: z._default(z.array(text()), []),
  /** The tutorial's content file (`scanner-un-document.json`), read by `<qd-tuto>`. */
  src: z.optional(assetUrl()),
  /** The page where it is published (`/tutos/scanner/` or https). */
  url: z.optional(z.string().check(rule(isPageUrl, 'page'))),
  level: z.optional(z.enum(LEVELS)),
  /** Minutes. */
  duration: z.optional(int(1, 600)),
}).check((ctx) => {
  if (!ctx.value.src && !ctx.value.url)
    ctx.issues.push({ code: 'custom', input: ctx.value, path: [], message: '§entryWhere' });
});

export const libraryIndexSchema = obj({
  version: version(),
  lang: lang(),
  title: text(),
  description: optText(),
  tutorials: z.array(libraryEntrySchema),
});

export type LibraryIndex = z.output<typeof libraryIndexSchema>;
export type LibraryIndexInput = z.input<typeof libraryIndexSchema>;
export type LibraryEntry = z.output<typeof libraryEntrySchema>;
