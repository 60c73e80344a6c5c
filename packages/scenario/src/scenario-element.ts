/** What `<qd-scenario>` and `<qd-scenario-debrief>` share: their content and texts. */
import { QdContentElement, type ContentSpec } from '@quartiers-douai/core';
import { scenarioMessages, type ScenarioKey } from './messages.js';
import { SCENARIO_CONTENT_VERSION, scenarioContentSchema, type ScenarioContent } from './schema.js';

export abstract class ScenarioElement extends QdContentElement<ScenarioContent, ScenarioKey> {
  static override messages = [scenarioMessages];

  protected override get contentSpec(): ContentSpec<ScenarioContent> {
    return {
      schema: scenarioContentSchema,
      version: SCENARIO_CONTENT_VERSION,
      packageName: '@quartiers-douai/scenario',
      texts: () => import('./texts.lazy.js'),
    };
  }
}
