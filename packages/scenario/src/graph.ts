/**
 * The story as a graph: which node leads where. Pure functions shared by the schema's rules, the
 * tests (every path of every sample is played) and the docs (the diagram of a story).
 */

/** The shape these functions need (the schema's output, or a draft being checked). */
export interface StoryGraph {
  start: string;
  nodes: Readonly<
    Record<
      string,
      {
        choices?: ReadonlyArray<{ next: string }> | undefined;
        end?: { kind: string } | undefined;
      }
    >
  >;
}

/**
 * The step named `id`, if the story has one: its own steps only (a `next` or a `start` named
 * `toString` or `constructor` is not a step, though every object answers to those names).
 */
export const nodeOf = <N>(g: { nodes: Readonly<Record<string, N>> }, id: string): N | undefined =>
  Object.hasOwn(g.nodes, id) ? g.nodes[id] : undefined;

/** Where a node leads (its choices' `next`, existing or not). */
export const nextOf = (g: StoryGraph, id: string): string[] =>
  (nodeOf(g, id)?.choices ?? []).map((c) => c.next);

/** Nodes reachable from `start` (following existing nodes only). */
export function reachable(g: StoryGraph): Set<string> {
  const seen = new Set<string>();
  const todo = nodeOf(g, g.start) ? [g.start] : [];
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of nextOf(g, id)) if (nodeOf(g, n) && !seen.has(n)) todo.push(n);
  }
  return seen;
}

/** Nodes from which some ending can be reached (an ending reaches itself). */
export function canEnd(g: StoryGraph): Set<string> {
  const ok = new Set(Object.keys(g.nodes).filter((id) => g.nodes[id]?.end));
  for (let grew = true; grew;) {
    grew = false;
    for (const id of Object.keys(g.nodes)) {
      if (!ok.has(id) && nextOf(g, id).some((n) => ok.has(n))) {
        ok.add(id);
        grew = true;
      }
    }
  }
  return ok;
}

/**
 * Every way through the story from `start` to an ending, as lists of node ids. A path never takes
 * the same choice twice, so a loop (e.g. "try again") is followed once; `limit` stops a runaway
 * story (the samples have a few dozen paths).
 */
export function allPaths(g: StoryGraph, limit = 10_000): string[][] {
  const out: string[][] = [];
  const walk = (id: string, path: string[], taken: Set<string>) => {
    if (out.length >= limit) return;
    const node = nodeOf(g, id);
    if (!node) return;
    const here = [...path, id];
    if (node.end) {
      out.push(here);
      return;
    }
    (node.choices ?? []).forEach((c, i) => {
      const edge = `${id}#${i}`;
      if (taken.has(edge)) return;
      walk(c.next, here, new Set(taken).add(edge));
    });
  };
  walk(g.start, [], new Set());
  return out;
}
