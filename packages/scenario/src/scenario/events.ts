/** What `<qd-scenario>`'s events carry (`qd-choice`, `qd-end`). */
import type { EndKind } from '../story-schema.js';

/** `qd-choice`: the player chose. Nothing personal: where, which choice, where it leads. */
export interface ScenarioChoiceDetail {
  /** The node the choice was made at. */
  node: string;
  /** Its index among the node's choices. */
  choice: number;
  next: string;
  tag?: string;
}

/** `qd-end`: the story reached an ending. */
export interface ScenarioEndDetail {
  kind: EndKind;
  /** The node ids of the way taken, from the start to the ending. */
  path: string[];
}
