/**
 * Keyed French explanations for the content rules a schema checks itself (`z.refine`,
 * `.check()`): the schema reports a key (`"§id"`) and parameters; the sentence is written here,
 * or in the prototype's own table. They are only needed when a file is wrong, so they travel with
 * the explanations loaded on demand (`explain.lazy.ts`, docs/decisions/0012 and 0014), not in the
 * bundle of a page whose content is valid.
 */

/** The sentence for one rule, from the parameters the check reported. */
export type Text = (params: Readonly<Record<string, unknown>>) => string;

/** A prototype's table of rule sentences, by key (without the `§`). */
export type Texts = Readonly<Record<string, Text>>;

/** First character of a custom issue's message that names a key of a texts table. */
export const TEXT_KEY = '§';
