/** What `<qd-quiz>` keeps on the device when `storage` is opted in: the round in progress. */
import * as z from 'zod/mini';
import { int } from '@quartiers-douai/core';

export const PROGRESS_VERSION = 1;

const index = () => int(0);

/** An answer: chosen choice indices, a written text, or the words of the gaps (`{}`: not answered yet). */
export const answerSchema = z.object({
  choices: z.optional(z.array(index())),
  text: z.optional(z.string()),
  texts: z.optional(z.array(z.string())),
});

export const progressSchema = z.object({
  ids: z.array(z.string()),
  orders: z.array(z.array(index())),
  index: index(),
  answers: z.array(answerSchema),
  checked: z.boolean(),
  mistakesOnly: z.boolean(),
  finished: z.boolean(),
});

export type Progress = z.infer<typeof progressSchema>;
