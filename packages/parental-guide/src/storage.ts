/**
 * What the elements keep on the device, only when the page opts in (`storage="local"|"session"`):
 * the answers and ticked steps of the guide, and the family agreement being written.
 * First names stay on the device; they are never sent in events.
 */
import * as z from 'zod/mini';
import { CONCERNS } from './schema.js';

export const GUIDE_DATA_VERSION = 1;
export const PACT_DATA_VERSION = 1;

const short = (max: number) => z.string().check(z.maxLength(max));

export const childSchema = z.object({
  id: short(40),
  name: short(60),
  ageGroup: z.nullable(short(60)),
});

export const guideDataSchema = z.object({
  screen: z.enum(['start', 'questions', 'guide', 'pact']),
  step: z.number().check(z.int(), z.gte(0), z.lte(2)),
  children: z.array(childSchema).check(z.minLength(1), z.maxLength(8)),
  devices: z.array(short(60)),
  concerns: z.array(z.enum(CONCERNS)),
  /** `child/guide/step` keys of the steps marked done. */
  done: z.array(short(200)),
});

export const pactDataSchema = z.object({
  ages: z.array(short(60)),
  /** Rules the family ticked, and unticked, where it changed the suggestion (ids). */
  ticked: z.array(short(60)),
  unticked: z.array(short(60)),
  custom: z.array(short(200)).check(z.maxLength(20)),
  signatories: short(500),
  preview: z.boolean(),
});

export type Child = z.infer<typeof childSchema>;
export type GuideData = z.infer<typeof guideDataSchema>;
export type PactData = z.infer<typeof pactDataSchema>;
