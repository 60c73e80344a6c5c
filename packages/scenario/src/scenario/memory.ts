/**
 * The parts of `<qd-scenario>` (docs/decisions/0027), each fetched once per page (core's
 * `onDemand`), its French texts joining the element's catalog: the memory (`memory.part.ts`), only
 * for a story that uses it (`usesMemory`); the progress kept on the device (`progress.part.ts`),
 * only with `storage` opted in.
 */
import { onDemand } from '@quartiers-douai/core';
import { scenarioMessages } from '../messages.js';
import type { ScenarioContent } from '../story-schema.js';

export type MemoryModule = typeof import('./memory.part.js');
export type ProgressModule = typeof import('./progress.part.js');

/** The progress part (`storage` opted in): its French text joins the element's catalog. */
export const progressCode = onDemand(
  () => import('./progress.part.js'),
  (m) => Object.assign(scenarioMessages.fr, m.progressFr),
);

let here: MemoryModule | undefined;

const code = onDemand(
  () => import('./memory.part.js'),
  (m) => {
    Object.assign(scenarioMessages.fr, m.memoryFr);
    here = m;
  },
);

export const memoryCode = {
  /** Fetches the part (once per page); rejects offline, and the next call tries again. */
  load: code.load,
  /** The module, once it has come. */
  get value(): MemoryModule | undefined {
    return here;
  },
};

/** A story with variables, conditions or scores: it needs the memory part. */
export const usesMemory = (c: ScenarioContent): boolean =>
  !!c.variables?.length ||
  Object.values(c.nodes).some(
    (n) =>
      n.if ||
      n.end?.score !== undefined ||
      n.end?.scoreFrom !== undefined ||
      n.choices?.some((ch) => ch.if || ch.set || ch.add),
  );
