/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* diagnostic (fast-check): every area has a statement, levels go
 *   up from 0, every recommendation names an existing area and level;
 * - `walk(el)`: from the first screen, through the statements (answering, skipping one), to the
 *   results, the way a person would, yielding each screen's name;
 * - `keyboard(el, kb)`: the same with the keyboard only.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import { ICONS, type AutodiagContent, type AutodiagContentInput } from './schema.js';

export const tag = 'qd-autodiag';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<AutodiagContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const maybe = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  return fc
    .record({
      title: words,
      description: maybe(words),
      areas: fc.array(fc.record({ label: words, icon: fc.constantFrom(...ICONS) }), {
        minLength: 1,
        maxLength: 5,
      }),
      extra: fc.array(fc.record({ area: fc.nat(), statement: words }), { maxLength: 6 }),
      levels: fc.array(words, { minLength: 2, maxLength: 4 }),
      recs: fc.array(fc.record({ area: fc.nat(), level: fc.nat(), title: words }), {
        maxLength: 5,
      }),
      easy: maybe(words),
    })
    .map(({ title, description, areas, extra, levels, recs, easy }) => {
      const ids = areas.map((_, i) => `a${i}`);
      return {
        version: 1,
        id: 'bilan',
        title,
        ...(description ? { description } : {}),
        areas: areas.map((a, i) => ({ id: ids[i]!, label: a.label, icon: a.icon })),
        items: [
          ...areas.map((a, i) => ({
            id: `i${i}`,
            area: ids[i]!,
            statement: a.label,
            ...(easy ? { easy } : {}),
          })),
          ...extra.map((x, i) => ({
            id: `x${i}`,
            area: ids[x.area % ids.length]!,
            statement: x.statement,
          })),
        ],
        levels: levels.map((label, i) => ({ id: `l${i}`, label, min: (i * 3) / levels.length })),
        recommendations: recs.map((r) => ({
          area: ids[r.area % ids.length]!,
          maxLevel: `l${r.level % levels.length}`,
          workshop: { title: r.title, when: r.title, where: r.title },
        })),
      } satisfies AutodiagContentInput;
    });
}

type Diag = HTMLElement & { updateComplete: Promise<unknown>; data?: AutodiagContent };

async function settle(el: Diag): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** First screen → the first statement → (answers, one skipped) → the results. */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const d = el as Diag;
  const root = el.shadowRoot!;
  const count = d.data?.items.length ?? 0;
  if (count === 0) throw new Error('qd-autodiag: no valid diagnostic to walk through');
  yield 'intro';
  root.querySelector<HTMLButtonElement>('[part="intro"] .qd-button--primary')!.click();
  await settle(d);
  for (let i = 0; i < count; i++) {
    if (i === 0) yield 'item';
    const buttons = root.querySelectorAll<HTMLButtonElement>('[part="answers"] button');
    if (i === 1) root.querySelectorAll<HTMLButtonElement>('.qd-nav button')[1]!.click();
    else buttons[(i + 2) % buttons.length]!.click();
    await settle(d);
  }
  if (!root.querySelector('[part="results"]'))
    throw new Error('qd-autodiag: the walk did not reach the results');
  yield 'results';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same journey with the keyboard only: Tab and Enter, the focus following each step. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  const d = el as Diag;
  const $ = (sel: string) => el.shadowRoot!.querySelector(sel);
  const count = d.data?.items.length ?? 0;
  await kb.tabTo((e) => e === $('[part="intro"] .qd-button--primary'), 'Tab mène à « Commencer »');
  yield 'intro';
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 'statement', 'la première phrase a le focus');
  for (let i = 0; i < count; i++) {
    if (i === 0) yield 'item';
    const target =
      i === 1
        ? el.shadowRoot!.querySelectorAll('.qd-nav button')[1]
        : el.shadowRoot!.querySelectorAll('[part="answers"] button')[(i + 2) % 4];
    await kb.tabTo(
      (e) => e === target,
      i === 1 ? 'Tab mène à « Passer »' : 'Tab mène à une réponse',
    );
    await kb.press('{Enter}');
    kb.expectFocus(
      (e) => e.id === (i + 1 < count ? 'statement' : 'results-heading'),
      'après une réponse, le focus est sur la phrase suivante (ou sur le profil)',
    );
    kb.expectStatus(/\S/, 'la réponse (ou « phrase passée ») et la progression sont annoncées');
  }
  yield 'results';
}
