/**
 * The whole content schema of `<qd-scenario>`: the story (`story-schema.ts`) and the rules of its
 * memory (`memory-check.ts`: variables declared, set and of the right kind, conditions well
 * formed, every step met and no game stuck once the conditions are taken into account). What
 * `./schema`, `schema.json`, the tests and the tools check; the element gets the memory's rules
 * with the memory's code (docs/decisions/0027).
 */
import { storySchema } from './story-schema.js';
import { checkMemory } from './memory-check.js';

export * from './story-schema.js';

export const scenarioContentSchema = storySchema.check(checkMemory);

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = scenarioContentSchema;
