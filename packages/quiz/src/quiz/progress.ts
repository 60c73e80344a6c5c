/** What `<qd-quiz>` keeps on the device when `storage` is opted in: the round in progress. */
import * as z from 'zod/mini';

export const PROGRESS_VERSION = 1;

const answerSchema = z.union([z.object({ choices: z.array(z.number().check(z.int(), z.gte(0))) }), z.object({ text: z.string() })]);

export const progressSchema = z.object({
  ids: z.array(z.string()),
  orders: z.array(z.array(z.number().check(z.int(), z.gte(0)))),
  index: z.number().check(z.int(), z.gte(0)),
  answers: z.array(z.nullable(answerSchema)),
  checked: z.boolean(),
  mistakesOnly: z.boolean(),
  finished: z.boolean(),
});

export type Progress = z.infer<typeof progressSchema>;
