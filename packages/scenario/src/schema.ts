/**
 * Content schema of `<qd-scenario>` (zod/mini): one interactive story, its characters, its graph
 * of nodes (messages, then choices or an ending) and its debrief. The single source of truth for
 * the TypeScript types, the run-time validation and `schema.json`. The graph rules (every `next`
 * exists, every node is reachable, every path ends) report `§key`s whose French sentences are in
 * `texts.lazy.ts`, loaded only when a file is wrong (docs/decisions/0014).
 */
import * as z from 'zod/mini';
import {
  addIssue,
  checkUniqueIds,
  id,
  image,
  lang,
  link,
  obj,
  optText,
  phone,
  text,
  version,
} from '@quartiers-douai/core';
import { canEnd, nodeOf, reachable } from './graph.js';

/** Highest content `version` this package understands. */
export const SCENARIO_CONTENT_VERSION = 1;

export const AUDIENCES = ['junior', 'ados', 'adultes'] as const;
export const END_KINDS = ['good', 'neutral', 'bad'] as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export const characterSchema = obj({
  id: id(),
  name: text(),
  /** A picture of the character; without one, the initial of the name is shown. */
  avatar: z.optional(image()),
});

export const messageSchema = obj({
  /** Who writes it: a character's `id`. Absent: a narration line (what happens). */
  from: z.optional(z.string()),
  text: text(),
  /** Easy-to-read variant (FALC). */
  easy: optText(),
  image: z.optional(image()),
});

export const choiceSchema = obj({
  /** What the player does or answers (shown on the button, then in the thread). */
  text: text(),
  easy: optText(),
  /** The node it leads to. */
  next: z.string(),
  /** A label for the debrief and the events (e.g. "temoin-agit"); never personal. */
  tag: z.optional(id()),
});

export const endSchema = obj({
  kind: z.enum(END_KINDS),
  /** What happened, in a sentence or two. */
  summary: text(),
  easySummary: optText(),
  /** What to remember. */
  advice: text(),
  easyAdvice: optText(),
});

export const nodeSchema = obj({
  messages: z.array(messageSchema),
  /** What the player can do next (at least one), or… */
  choices: z.optional(z.array(choiceSchema)),
  /** …how the story ends here. */
  end: z.optional(endSchema),
});

export const resourceSchema = obj({
  label: text(),
  /** Web address (https) of the help. */
  url: link(),
  /** Phone number to call, as written on a poster (e.g. "3018"). */
  phone: z.optional(phone()),
  description: optText(),
});

export const debriefSchema = obj({
  /** Questions to talk about as a group. */
  questions: z.array(text()),
  /** What everyone should remember. */
  keyPoints: z.array(text()),
  /** Where to find help (the 3018, sites…). */
  resources: z.array(resourceSchema),
});

export const scenarioContentSchema = obj({
  version: version(),
  lang: lang(),
  id: id(),
  title: text(),
  description: optText(),
  easyDescription: optText(),
  audience: z._default(z.enum(AUDIENCES), 'ados'),
  characters: z.array(characterSchema),
  /** The node the story starts at. */
  start: z.string(),
  nodes: z.record(z.string(), nodeSchema),
  debrief: debriefSchema,
}).check((ctx) => {
  const s = ctx.value;
  checkUniqueIds(ctx, s.characters, ['characters']);
  const who = new Set(s.characters.map((c) => c.id));
  const ids = Object.keys(s.nodes);
  if (ids.length === 0) addIssue(ctx, ['nodes'], '§noNode');
  else if (!nodeOf(s, s.start))
    addIssue(ctx, ['start'], '§startUnknown', { start: s.start, first: ids[0] });
  for (const [nodeId, node] of Object.entries(s.nodes)) {
    const at = ['nodes', nodeId];
    if (!ID.test(nodeId)) addIssue(ctx, at, '§nodeId', { node: nodeId });
    node.messages.forEach((m, i) => {
      if (m.from !== undefined && !who.has(m.from))
        addIssue(ctx, [...at, 'messages', i, 'from'], '§fromUnknown', { from: m.from });
    });
    const choices = node.choices;
    if (choices && node.end) addIssue(ctx, at, '§choicesAndEnd', { node: nodeId });
    else if (!node.end && (!choices || choices.length === 0))
      addIssue(ctx, at, '§deadEnd', { node: nodeId });
    choices?.forEach((c, i) => {
      if (!nodeOf(s, c.next))
        addIssue(ctx, [...at, 'choices', i, 'next'], '§nextUnknown', {
          node: nodeId,
          next: c.next,
        });
    });
  }
  if (!nodeOf(s, s.start)) return;
  const seen = reachable(s);
  const ends = canEnd(s);
  for (const nodeId of ids) {
    if (!seen.has(nodeId)) addIssue(ctx, ['nodes', nodeId], '§unreachable', { node: nodeId });
    else if (!ends.has(nodeId) && (s.nodes[nodeId]?.choices?.length ?? 0) > 0)
      addIssue(ctx, ['nodes', nodeId], '§noWayOut', { node: nodeId });
  }
});

/** Kept for the build: `schema.json` is generated from `contentSchema`. */
export const contentSchema = scenarioContentSchema;

export type ScenarioContent = z.output<typeof scenarioContentSchema>;
export type ScenarioContentInput = z.input<typeof scenarioContentSchema>;
export type StoryNode = z.output<typeof nodeSchema>;
export type StoryMessage = z.output<typeof messageSchema>;
export type StoryChoice = z.output<typeof choiceSchema>;
export type StoryEnd = z.output<typeof endSchema>;
export type Character = z.output<typeof characterSchema>;
export type EndKind = (typeof END_KINDS)[number];
