/**
 * What the kit's quality gates (tools/quality) need to know about this prototype's main element,
 * `<qd-tuto>` (the maker is tested by its own tests, see the docs page):
 * - `arbitrary(fc)`: any *valid* tutorial (fast-check);
 * - `walk(el)`: reads a rendered <qd-tuto> one step at a time, from the overview to « Bravo »,
 *   marking each step « J'ai réussi », yielding each screen's name;
 * - `keyboard(el, kb)`: the same with the keyboard only;
 * - `extras`: the library, `<qd-tuto-library>`, which reads an index file of its own: the XSS gate
 *   drives it too (its titles, summaries, topics, and its addresses: a page, a file).
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import libraryJsonSchema from '../library/schema.json';
import centreLibrary from '../content/bibliotheque/tutos-du-centre.json';
import { libraryIndexSchema, type LibraryIndexInput } from './library-schema.js';
import { tutoTexts } from './texts.lazy.js';
import { LEVELS, type Tutorial, type TutorialInput } from './tutorial-schema.js';

export const tag = 'qd-tuto';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<TutorialInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const maybe = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const step = fc.record({
    title: words,
    text: words,
    easy: maybe(words),
    image: maybe(fc.record({ src: fc.constant('images/etape.svg'), alt: words })),
    audio: maybe(fc.record({ src: fc.constant('sons/etape.mp3'), transcript: words })),
  });
  return fc
    .record({
      title: words,
      summary: words,
      easy: maybe(words),
      author: maybe(fc.constantFrom('Samia', 'Karim', 'Jean-Pierre', 'Aïcha')),
      centre: maybe(words),
      licence: maybe(fc.constantFrom('CC BY-SA 4.0', 'CC BY 4.0', 'Tous droits réservés')),
      level: fc.constantFrom(...LEVELS),
      duration: maybe(fc.integer({ min: 1, max: 600 })),
      materials: fc.array(words, { maxLength: 4 }),
      steps: fc.array(step, { minLength: 1, maxLength: 6 }),
      tags: fc.array(words, { maxLength: 3 }),
    })
    .map((t) => {
      const strip = <T extends object>(o: T) =>
        Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
      return {
        version: 1,
        id: 'tuto',
        ...strip(t),
        steps: t.steps.map((s) => strip(s)),
      } as TutorialInput;
    });
}

type Tuto = HTMLElement & { updateComplete: Promise<unknown>; data?: Tutorial; all: boolean };

async function settle(el: Tuto): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

const total = (el: Tuto): number => {
  if (!el.data) throw new Error('qd-tuto: no valid tutorial to read');
  return el.data.steps.length;
};

/** The buttons of step `i` (only the current one is on screen). */
const stepButtons = (el: Element, i: number) => {
  const li = el.shadowRoot!.querySelectorAll('[part="step"]')[i]!;
  return {
    done: li.querySelector<HTMLButtonElement>('.qd-step__done')!,
    next: li.querySelector<HTMLButtonElement>('.qd-step__nav .qd-button--primary'),
  };
};

/** Overview → each step (marked « J'ai réussi ») → the end; in `all` mode, overview → the steps. */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const t = el as Tuto;
  const root = el.shadowRoot!;
  const n = total(t);
  yield 'overview';
  if (t.all) {
    for (let i = 0; i < n; i++) stepButtons(el, i).done.click();
    await settle(t);
    yield 'all';
    return;
  }
  root.querySelector<HTMLButtonElement>('[part="overview"] .qd-button--primary')!.click();
  await settle(t);
  for (let i = 0; i < n; i++) {
    const { done } = stepButtons(el, i);
    done.click();
    await settle(t);
    yield 'step';
    stepButtons(el, i).next!.click();
    await settle(t);
  }
  if (!root.querySelector('[part="end"]'))
    throw new Error('qd-tuto: the walk did not reach the end');
  yield 'end';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same reading with the keyboard only: Tab, Enter and Space, the focus following the steps. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  const t = el as Tuto;
  const $ = (sel: string) => el.shadowRoot!.querySelector(sel);
  const n = total(t);
  if (t.all) {
    const first = stepButtons(el, 0).done;
    await kb.tabTo((e) => e === first, 'Tab mène à « J’ai réussi » de la première étape');
    yield 'all';
    await kb.press(' ');
    // (Arabic writes one and two in words: « خطوة واحدة من 5 »; the total is always there)
    kb.expectStatus(new RegExp(`1|من ${n}`), 'l’étape réussie est annoncée');
    return;
  }
  await kb.tabTo(
    (e) => e === $('[part="overview"] .qd-button--primary'),
    'Tab mène à « Commencer »',
  );
  yield 'overview';
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 's-0-h', 'la lecture commence sur le titre de l’étape 1');
  for (let i = 0; i < n; i++) {
    const { done } = stepButtons(el, i);
    await kb.tabTo((e) => e === done, 'Tab mène à « J’ai réussi »');
    await kb.press(' ');
    kb.expectStatus(new RegExp(`${i + 1}|من ${n}`), 'l’étape réussie est annoncée, avec le compte');
    yield 'step';
    const next = stepButtons(el, i).next!;
    await kb.tabTo((e) => e === next, 'Tab mène à « Étape suivante » (ou « Terminer »)');
    await kb.press('{Enter}');
    kb.expectFocus(
      (e) => e.id === (i + 1 < n ? `s-${i + 1}-h` : 'end-heading'),
      'le focus passe au titre de l’étape suivante (ou à « Bravo »)',
    );
  }
  if (!$('[part="end"]')) throw new Error('qd-tuto: the keyboard walk did not reach the end');
  yield 'end';
}

// --- the library, <qd-tuto-library> (`extras`) ----------------------------------------------

/** Shows the list, searches for nothing (« Aucun tuto… »), then « Voir tous les tutos ». */
async function* walkLibrary(el: HTMLElement): AsyncGenerator<string> {
  const t = el as Tuto;
  const $ = <E extends Element>(sel: string) => el.shadowRoot!.querySelector<E>(sel);
  yield 'list';
  const field = $<HTMLInputElement>('#q');
  if (!field) return; // an empty library has no search
  field.value = 'zzzz';
  field.dispatchEvent(new Event('input'));
  await settle(t);
  yield 'none';
  $<HTMLButtonElement>('[part="empty"] button')!.click();
  await settle(t);
  if (!$('[part="list"]'))
    throw new Error('qd-tuto-library: « Voir tous les tutos » shows nothing');
  yield 'all';
}

export const extras = [
  {
    tag: 'qd-tuto-library',
    define: () => import('./define-library.js'),
    samples: { 'bibliotheque/tutos-du-centre.json': centreLibrary },
    jsonSchema: libraryJsonSchema,
    schema: libraryIndexSchema,
    texts: tutoTexts,
    arbitrary: (fc: typeof FastCheck): FastCheck.Arbitrary<LibraryIndexInput> =>
      fc.record({
        version: fc.constant(1),
        title: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        tutorials: fc.array(
          fc.record({ title: fc.constant('Un tuto'), src: fc.constant('tuto.json') }),
          { maxLength: 4 },
        ),
      }),
    walk: walkLibrary,
  },
];

/**
 * The package's other public elements as a centre shows them from the shipped files (file of
 * dist/cdn, content under content/, settings): the shipped-files gate renders each in French,
 * English and Arabic (apps/embed/test/shipped-walk.test.ts).
 */
export const shipped: ReadonlyArray<{
  tag: string;
  file: string;
  src?: string;
  attributes?: Record<string, string>;
}> = [
  { tag: 'qd-tuto-maker', file: 'tuto-maker.js' },
  { tag: 'qd-tuto-library', file: 'tuto-library.js', src: 'bibliotheque/tutos-du-centre.json' },
];
