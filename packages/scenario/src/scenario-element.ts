/** What `<qd-scenario>` and `<qd-scenario-debrief>` share: their content and texts. */
import { QdContentElement, type ContentSpec } from '@quartiers-douai/core';
import { scenarioMessages, type ScenarioKey } from './messages.js';
import { memoryCode } from './scenario/memory.js';
import { SCENARIO_CONTENT_VERSION, storySchema, type ScenarioContent } from './story-schema.js';

export abstract class ScenarioElement extends QdContentElement<ScenarioContent, ScenarioKey> {
  static override messages = [scenarioMessages];

  protected override get contentSpec(): ContentSpec<ScenarioContent> {
    return {
      // The memory's rules come with its code (docs/decisions/0027).
      schema: memoryCode.value?.scenarioContentSchema ?? storySchema,
      version: SCENARIO_CONTENT_VERSION,
      packageName: '@quartiers-douai/scenario',
      texts: () => import('./texts.lazy.js'),
    };
  }
}
