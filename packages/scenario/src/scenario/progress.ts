/**
 * What `<qd-scenario>` keeps on the device when `storage` is opted in: the way taken (each step, and
 * the choice made there) and the values of the story's variables. Version 1; a progress saved
 * without `vars` (a story without memory, or saved before the memory) loads the same: the values
 * are always played again from the way taken, the saved ones are a record for the export.
 */
import * as z from 'zod/mini';
import { int } from '@quartiers-douai/core';

export const PROGRESS_VERSION = 1;

export const progressSchema = z.object({
  steps: z.array(z.object({ node: z.string(), choice: z.optional(int(0)) })),
  vars: z.optional(z.record(z.string(), z.union([z.boolean(), z.number()]))),
});

export type Progress = z.infer<typeof progressSchema>;
