/**
 * The library's search, without a DOM: the words of a search and the entries that have them all,
 * the topics of an index, and the entries found for a search and the ticked topics. Compared
 * without case, accents, hyphens nor apostrophes (« E-mail » is « email »).
 */
import { normalizeAnswer } from '@quartiers-douai/core';
import type { LibraryEntry } from '../library-schema.js';

/** Compared without case, accents, hyphens nor apostrophes (« E-mail » is « email »). */
const fold = (s: string): string => normalizeAnswer(s).replace(/[-'.]/g, '');

/** The words of a search, as compared: no case, no accents, no apostrophe styles. */
export const searchWords = (query: string): string[] =>
  fold(query)
    .split(/[\s,;]+/)
    .filter(Boolean);

/** Whether an entry has every word of the search in its title, summary or tags. */
export function matches(entry: LibraryEntry, words: readonly string[]): boolean {
  const hay = fold([entry.title, entry.summary ?? '', ...entry.tags].join(' '));
  return words.every((w) => hay.includes(w));
}

/** Every topic of the entries once (its key, its first spelling), in French alphabetical order. */
export function topicsOf(entries: readonly LibraryEntry[]): Array<[key: string, label: string]> {
  const seen = new Map<string, string>();
  for (const e of entries)
    for (const t of e.tags) if (!seen.has(normalizeAnswer(t))) seen.set(normalizeAnswer(t), t);
  return [...seen].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
}

/**
 * The entries that have every word of the search and, when topics are ticked (their keys), any
 * of them; each with its place in the index.
 */
export function found(
  entries: readonly LibraryEntry[],
  query: string,
  picked: ReadonlySet<string>,
): Array<[LibraryEntry, number]> {
  const words = searchWords(query);
  return entries
    .map((e, i) => [e, i] as [LibraryEntry, number])
    .filter(
      ([e]) =>
        matches(e, words) &&
        (picked.size === 0 || e.tags.some((t) => picked.has(normalizeAnswer(t)))),
    );
}
