/** @quartiers-douai/scenario — pure exports (no side effects). Import './define' to register the elements. */
export * from './schema.js';
export { allPaths, canEnd, nextOf, reachable, type StoryGraph } from './graph.js';
export { scenarioTexts } from './texts.lazy.js';
export {
  DIAGRAMS_COMMAND,
  DIAGRAMS_END,
  DIAGRAMS_START,
  diagramsSectionOf,
  firstWords,
  mermaidText,
  storyDiagramsMarkdown,
  storyToMermaid,
  withDiagramsSection,
  type DiagramStory,
} from './diagram.js';
export {
  QdScenario,
  type ScenarioChoiceDetail,
  type ScenarioEndDetail,
} from './scenario/scenario.js';
export { QdScenarioDebrief } from './debrief/debrief.js';
export { scenarioMessages, type ScenarioKey } from './messages.js';
