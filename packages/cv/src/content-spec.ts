import type { ContentSpec } from '@quartiers-douai/core';
import { CV_CONTENT_VERSION, cvSchema, type Cv } from './schema.js';

/** How both CV elements (builder and preview) check their content. */
export const cvContentSpec: ContentSpec<Cv> = {
  schema: cvSchema,
  version: CV_CONTENT_VERSION,
  packageName: '@quartiers-douai/cv',
  // Rule sentences, fetched only for a wrong file (docs/decisions/0014).
  texts: () => import('./texts.lazy.js'),
};
