/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* story (fast-check): a graph where every step is reachable and
 *   every path ends; with a memory or not (a counter and a flag set by choices, conditions on
 *   choices that some game meets, a score per ending);
 * - `walk(el)`: plays a rendered <qd-scenario> from its start screen to an ending, the way a
 *   person would (waiting for, or skipping, the typing pause), yielding each screen's name;
 * - `keyboard(el, kb)`: the same with the keyboard only.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import { after, offers, playableWays, startVars } from './scenario/memory.part.js';
import { AUDIENCES, END_KINDS, type ScenarioContent, type ScenarioContentInput } from './schema.js';

export const tag = 'qd-scenario';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<ScenarioContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const maybe = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  return fc
    .record({
      title: words,
      description: maybe(words),
      audience: fc.constantFrom(...AUDIENCES),
      names: fc.array(words, { minLength: 0, maxLength: 3 }),
      // Step i (≥ 1) is reached from one earlier step: every step is reachable, and choices
      // only lead forward, so every path ends.
      parents: fc
        .integer({ min: 1, max: 7 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fc.nat({ max: i })))),
      texts: fc.array(words, { minLength: 24, maxLength: 24 }),
      kinds: fc.array(fc.constantFrom(...END_KINDS), { minLength: 8, maxLength: 8 }),
      easy: fc.boolean(),
      memory: fc.boolean(),
      adds: fc.array(fc.nat({ max: 2 }), { minLength: 8, maxLength: 8 }),
      scores: fc.array(fc.option(fc.nat({ max: 5 }), { nil: undefined }), {
        minLength: 8,
        maxLength: 8,
      }),
    })
    .map(
      ({
        title,
        description,
        audience,
        names,
        parents,
        texts,
        kinds,
        easy,
        memory,
        adds,
        scores,
      }) => {
        const count = parents.length + 1;
        const say = (i: number) => texts[i % texts.length]!;
        const characters = names.map((name, i) => ({ id: `p${i}`, name }));
        const nodes: ScenarioContentInput['nodes'] = {};
        for (let i = 0; i < count; i++) {
          const children = parents.flatMap((p, j) => (p === i ? [j + 1] : []));
          const messages = [
            {
              ...(characters.length > 0 ? { from: characters[i % characters.length]!.id } : {}),
              text: say(i),
              ...(easy ? { easy: say(i + 1) } : {}),
            },
          ];
          nodes[`n${i}`] =
            children.length > 0
              ? {
                  messages,
                  choices: children.map((c, k) => ({
                    text: say(c + 5),
                    ...(easy ? { easy: say(c + 6) } : {}),
                    next: `n${c}`,
                    // Memory: the root's first choice sets both variables (each is set somewhere);
                    // the others add 0 to 2 points, and any but a step's first has a condition
                    // every game meets (points never go below 0), shown with its reason if not.
                    ...(memory && i === 0 && k === 0
                      ? { add: { points: 1 }, set: { vu: true } }
                      : {}),
                    ...(memory && (i > 0 || k > 0) ? { add: { points: adds[c % 8]! } } : {}),
                    ...(memory && k > 0
                      ? {
                          if: {
                            any: [
                              { var: 'vu', is: true },
                              { var: 'points', atLeast: 0 },
                            ],
                          },
                          reason: say(c + 7),
                        }
                      : {}),
                  })),
                }
              : {
                  messages,
                  end: {
                    kind: kinds[i % kinds.length]!,
                    summary: say(i + 10),
                    advice: say(i + 11),
                    ...(memory
                      ? scores[i % 8] === undefined
                        ? { scoreFrom: 'points', scoreOutOf: 20 }
                        : { score: scores[i % 8]!, scoreOutOf: 5 }
                      : {}),
                  },
                };
        }
        return {
          version: 1,
          id: 'histoire',
          title,
          ...(description ? { description } : {}),
          audience,
          characters,
          ...(memory
            ? {
                variables: [
                  { name: 'points', kind: 'counter' as const, initial: 0 },
                  { name: 'vu', kind: 'flag' as const },
                ],
              }
            : {}),
          start: 'n0',
          nodes,
          debrief: {
            questions: [say(20)],
            keyPoints: [say(21)],
            resources: [
              { label: say(22), url: 'https://www.e-enfance.org/numero-3018/', phone: '3018' },
            ],
          },
        } satisfies ScenarioContentInput;
      },
    );
}

type Scenario = HTMLElement & { updateComplete: Promise<unknown>; data?: ScenarioContent };

async function settle(el: Scenario): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/**
 * The way through the story the walks take: the first game from the start to an ending (its memory
 * taken into account), as the node ids.
 */
function plan(el: Scenario): string[] {
  const story = el.data;
  if (!story) throw new Error('qd-scenario: no valid story to play');
  const way = playableWays(story, 1)[0];
  if (!way) throw new Error('qd-scenario: the story has no ending');
  return way.map((w) => w.node);
}

/**
 * Where the choice at step `i` of `path` is among the buttons shown (a choice hidden by its
 * condition is not among them): the values are played again along the path.
 */
function choiceAt(el: Scenario, path: string[], i: number): number {
  const c = el.data!;
  let v = startVars(c);
  for (let j = 0; j <= i; j++) {
    const shown = offers(c, path[j]!, v);
    const at = shown.findIndex((o) => !o.locked && o.choice.next === path[j + 1]);
    if (j === i) return at;
    v = after(v, shown[at]!.choice);
  }
  return -1;
}

/** Start screen → each step (skipping the typing pause) → the ending. */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const s = el as Scenario;
  const root = el.shadowRoot!;
  const skip = async () => {
    const b = root.querySelector<HTMLButtonElement>('.qd-typing button');
    if (b) {
      b.click();
      await settle(s);
    }
  };
  yield 'start';
  const path = plan(s);
  root.querySelector<HTMLButtonElement>('[part="start"] .qd-button--primary')!.click();
  await settle(s);
  for (let i = 0; i < path.length - 1; i++) {
    await skip();
    yield 'step';
    const buttons = root.querySelectorAll<HTMLButtonElement>('[part="choices"] li button');
    buttons[choiceAt(s, path, i)]!.click();
    await settle(s);
    if (s.hasAttribute('group')) {
      root.querySelector<HTMLButtonElement>('[part="choices"] > .qd-button--primary')!.click();
      await settle(s);
    }
  }
  await skip();
  if (!root.querySelector('[part="end"]'))
    throw new Error('qd-scenario: the walk did not reach an ending');
  yield 'end';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same journey with the keyboard only: Tab and Enter, the focus following the story. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  const s = el as Scenario;
  const $ = (sel: string) => el.shadowRoot!.querySelector(sel);
  const skip = async () => {
    const b = $('.qd-typing button');
    if (!b) return;
    await kb.tabTo((e) => e === b, 'Tab mène à « Tout afficher »');
    await kb.press('{Enter}');
    kb.expectFocus(
      (e) => e === ($('[part="choices"] button') ?? $('#end-heading')),
      'après « Tout afficher », le focus passe aux choix (ou à la fin)',
    );
  };
  await kb.tabTo((e) => e === $('[part="start"] .qd-button--primary'), 'Tab mène à « Commencer »');
  yield 'start';
  const path = plan(s);
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 'm-0-0', 'l’histoire commence sur son premier message');
  for (let i = 0; i < path.length - 1; i++) {
    await skip();
    yield 'step';
    const target = el.shadowRoot!.querySelectorAll('[part="choices"] li button')[
      choiceAt(s, path, i)
    ];
    await kb.tabTo((e) => e === target, 'Tab mène au choix');
    await kb.press('{Enter}');
    kb.expectFocus(
      (e) => e.id === `you-${i}`,
      'après un choix, le focus est sur ce choix, dans la conversation',
    );
    if ((s.data!.nodes[path[i + 1]!]?.messages.length ?? 0) > 0)
      kb.expectStatus(/\S/, 'les messages qui suivent sont annoncés');
  }
  await skip();
  if (!$('[part="end"]')) throw new Error('qd-scenario: the keyboard walk did not reach an ending');
  yield 'end';
}
