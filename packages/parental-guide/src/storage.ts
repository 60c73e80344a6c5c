/**
 * What the elements keep on the device, only when the page opts in (`storage="local"|"session"`):
 * the answers and ticked steps of the guide, and the family agreement being written.
 * First names stay on the device; they are never sent in events.
 */
import * as z from 'zod/mini';
import { int, list, seedFrom, textMax } from '@quartiers-douai/core';
import { CONCERNS, type GuideContent } from './schema.js';

export const GUIDE_DATA_VERSION = 1;
export const PACT_DATA_VERSION = 1;

export const childSchema = z.object({
  id: textMax(40),
  name: textMax(60),
  ageGroup: z.nullable(textMax(60)),
});

export const guideDataSchema = z.object({
  screen: z.enum(['start', 'questions', 'guide', 'pact']),
  step: int(0, 2),
  children: list(childSchema, 1, 8),
  devices: z.array(textMax(60)),
  concerns: z.array(z.enum(CONCERNS)),
  /** `child/guide/step` keys of the steps marked done. */
  done: z.array(textMax(200)),
});

export const pactDataSchema = z.object({
  ages: z.array(textMax(60)),
  /** Rules the family ticked, and unticked, where it changed the suggestion (ids). */
  ticked: z.array(textMax(60)),
  unticked: z.array(textMax(60)),
  custom: list(textMax(200), 0, 20),
  signatories: textMax(500),
  preview: z.boolean(),
});

export type Child = z.infer<typeof childSchema>;
export type GuideData = z.infer<typeof guideDataSchema>;
export type PactData = z.infer<typeof pactDataSchema>;

/** Key of a library's agreement in the device store (the guide erases it with its own data). */
export const pactStoreId = (c: GuideContent): string =>
  c.id ?? seedFrom(`${c.title}|${c.pactRules.map((r) => r.id).join(',')}`).toString(36);

/** Key of a library's answers and ticked steps in the device store. */
export const guideStoreId = (c: GuideContent): string =>
  c.id ?? seedFrom(`${c.title}|${c.guides.map((g) => g.id).join(',')}`).toString(36);
