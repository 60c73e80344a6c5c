/** A self-check content checked as the element checks it; a test that gives a broken one fails at once. */
import { validateContent } from '@quartiers-douai/core';
import {
  AUTODIAG_CONTENT_VERSION,
  autodiagContentSchema,
  type AutodiagContent,
} from '../schema.js';
import { autodiagTexts } from '../texts.lazy.js';

export const parseDiag = (input: unknown): AutodiagContent => {
  const r = validateContent(autodiagContentSchema, input, {
    supportedVersion: AUTODIAG_CONTENT_VERSION,
    packageName: 'test',
    texts: autodiagTexts,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.data;
};
