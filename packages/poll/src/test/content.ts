/** A poll content checked as the element checks it; a test that gives a broken one fails at once. */
import { validateContent } from '@quartiers-douai/core';
import { pollContentSchema, POLL_CONTENT_VERSION, type PollContent } from '../schema.js';
import { pollTexts } from '../texts.lazy.js';

export const parsePoll = (c: unknown): PollContent => {
  const r = validateContent(pollContentSchema, c, {
    supportedVersion: POLL_CONTENT_VERSION,
    packageName: 'test',
    texts: pollTexts,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.data;
};
