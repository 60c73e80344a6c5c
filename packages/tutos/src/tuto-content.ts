/** How the tutorial elements (reader and maker) check their content. */
import type { ContentSpec } from '@quartiers-douai/core';
import { TUTO_CONTENT_VERSION, tutorialSchema, type Tutorial } from './tutorial-schema.js';

export const tutoContentSpec: ContentSpec<Tutorial> = {
  schema: tutorialSchema,
  version: TUTO_CONTENT_VERSION,
  packageName: '@quartiers-douai/tutos',
  // Rule sentences, fetched only for a wrong file (docs/decisions/0014).
  texts: () => import('./texts.lazy.js'),
};

/** The page of a Creative Commons 4.0 licence ("CC BY-SA 4.0" → its French deed), if it is one. */
export function licenceUrl(licence: string): string | undefined {
  const m = /^CC[ -](BY(?:-NC)?(?:-SA|-ND)?) 4\.0$/i.exec(licence.trim());
  return m ? `https://creativecommons.org/licenses/${m[1]!.toLowerCase()}/4.0/deed.fr` : undefined;
}
