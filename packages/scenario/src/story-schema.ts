/**
 * Content schema of `<qd-scenario>` (zod/mini): one interactive story, its characters, its memory
 * (variables), its graph of nodes (messages, then choices or an ending) and its debrief. The
 * single source of truth for the TypeScript types, the run-time validation and `schema.json`. The
 * graph rules (every `next` exists, every node is reachable, every path ends) report `§key`s whose
 * French sentences are in `texts.lazy.ts`, loaded only when a file is wrong (docs/decisions/0014).
 *
 * `storySchema` is the story without the rules of its memory; `schema.ts` adds them
 * (`scenarioContentSchema`, what every tool and test checks). The element checks a story with
 * `storySchema` first, and a story that has a memory again with the whole schema when its memory's
 * code comes (docs/decisions/0027): a story without memory never downloads those rules.
 */
import * as z from 'zod/mini';
import {
  addIssue,
  checkUniqueIds,
  id,
  image,
  int,
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

export const VAR_KINDS = ['flag', 'counter'] as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * A condition on the story's memory, declarative (nothing is evaluated from text): one test on a
 * variable — `{ "var": "confiance", "atLeast": 2 }`, `{ "var": "aParle", "is": true }` — or `all`,
 * `any`, `not` of conditions. The schema's rules check that each one has exactly one form.
 */
export interface Condition {
  var?: string | undefined;
  /** A flag is true (or false). */
  is?: boolean | undefined;
  /** A counter is at least, at most, exactly this number. */
  atLeast?: number | undefined;
  atMost?: number | undefined;
  equals?: number | undefined;
  all?: Condition[] | undefined;
  any?: Condition[] | undefined;
  not?: Condition | undefined;
}

const count = () => int(-1000, 1000);

export const conditionSchema: z.ZodMiniType<Condition> = obj({
  var: z.optional(z.string()),
  is: z.optional(z.boolean()),
  atLeast: z.optional(count()),
  atMost: z.optional(count()),
  equals: z.optional(count()),
  get all(): z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniType<Condition>>> {
    return z.optional(z.array(conditionSchema));
  },
  get any(): z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniType<Condition>>> {
    return z.optional(z.array(conditionSchema));
  },
  get not(): z.ZodMiniOptional<z.ZodMiniType<Condition>> {
    return z.optional(conditionSchema);
  },
});

/** What the story remembers: a flag (true/false) or a counter (a whole number). */
export const variableSchema = obj({
  /** How choices and conditions name it (e.g. "confiance"). */
  name: id(),
  kind: z.enum(VAR_KINDS),
  /** Its value at the start (default: false for a flag, 0 for a counter). */
  initial: z.optional(z.union([z.boolean(), count()])),
});

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
  /** Offered only when this holds (otherwise hidden, or shown disabled with `reason`). */
  if: z.optional(conditionSchema),
  /** Why the choice is not possible (then it is shown, disabled, with this reason). */
  reason: optText(),
  easyReason: optText(),
  /** Memory: flags or counters given a value by this choice (`{ "aParle": true }`). */
  set: z.optional(z.record(z.string(), z.union([z.boolean(), count()]))),
  /** Memory: numbers added to counters by this choice (`{ "confiance": 1 }`, or -1). */
  add: z.optional(z.record(z.string(), count())),
});

export const endSchema = obj({
  kind: z.enum(END_KINDS),
  /** What happened, in a sentence or two. */
  summary: text(),
  easySummary: optText(),
  /** What to remember. */
  advice: text(),
  easyAdvice: optText(),
  /** The score of this ending, shown at the end… */
  score: z.optional(count()),
  /** …or the value of a counter (its name) when the story gets here. */
  scoreFrom: z.optional(z.string()),
  /** Out of how many (« 3 sur 5 »). */
  scoreOutOf: z.optional(int(1, 1000)),
});

export const nodeSchema = obj({
  messages: z.array(messageSchema),
  /** What the player can do next (at least one), or… */
  choices: z.optional(z.array(choiceSchema)),
  /** …how the story ends here. */
  end: z.optional(endSchema),
  /** The choices that lead here are offered only when this holds (see a choice's `if`). */
  if: z.optional(conditionSchema),
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

export const storySchema = obj({
  version: version(),
  lang: lang(),
  id: id(),
  title: text(),
  description: optText(),
  easyDescription: optText(),
  audience: z._default(z.enum(AUDIENCES), 'ados'),
  characters: z.array(characterSchema),
  /** What the story remembers along the way (set by choices, tested by conditions). */
  variables: z.optional(z.array(variableSchema)),
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

export type ScenarioContent = z.output<typeof storySchema>;
export type ScenarioContentInput = z.input<typeof storySchema>;
export type StoryNode = z.output<typeof nodeSchema>;
export type StoryMessage = z.output<typeof messageSchema>;
export type StoryChoice = z.output<typeof choiceSchema>;
export type StoryEnd = z.output<typeof endSchema>;
export type Character = z.output<typeof characterSchema>;
export type EndKind = (typeof END_KINDS)[number];
export type Variable = z.output<typeof variableSchema>;
