/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* quiz content (fast-check), for "always renders and can be completed";
 * - `walk(el)`: drives a rendered <qd-quiz> from its first screen to its last, the way a person
 *   would, yielding the name of each screen reached.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import type { QdQuiz } from './quiz/quiz.js';
import { AUDIENCES, MODES, type QuizContentInput } from './schema.js';

export const tag = 'qd-quiz';

/** A 1×1 PNG: a picture for image-zone questions that fetches nothing. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR42mM4c+YMAATMAmUHZ7aAAAAAAElFTkSuQmCC';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<QuizContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const choices = (min: number, max: number, right: 'one' | 'some') =>
    fc
      .array(
        fc.record({
          text: words,
          feedback: fc.option(words, { nil: undefined }),
          easy: fc.option(words, { nil: undefined }),
        }),
        { minLength: min, maxLength: max },
      )
      .chain((list) =>
        (right === 'one'
          ? fc.nat({ max: list.length - 1 }).map((i) => [i])
          : fc.uniqueArray(fc.nat({ max: list.length - 1 }), {
              minLength: 1,
              maxLength: list.length,
            })
        ).map((rightOnes) => list.map((c, i) => ({ ...c, correct: rightOnes.includes(i) }))),
      );
  const question = fc.oneof(
    fc.record({
      type: fc.constant('single' as const),
      prompt: words,
      choices: choices(2, 5, 'one'),
    }),
    fc.record({
      type: fc.constant('multiple' as const),
      prompt: words,
      choices: choices(2, 5, 'some'),
    }),
    fc.record({ type: fc.constant('true-false' as const), prompt: words, correct: fc.boolean() }),
    fc.record({
      type: fc.constant('text' as const),
      prompt: words,
      answers: fc.array(words, { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('ordering' as const),
      prompt: words,
      easy: fc.option(words, { nil: undefined }),
      choices: fc.array(fc.record({ text: words, easy: fc.option(words, { nil: undefined }) }), {
        minLength: 2,
        maxLength: 5,
      }),
    }),
    fc.record({
      type: fc.constant('image-zone' as const),
      prompt: words,
      image: fc.constant({ src: PIXEL, alt: 'Une image', width: 320, height: 200 }),
      choices: choices(2, 4, 'one').chain((list) =>
        fc
          .array(
            fc.record({
              x: fc.integer({ min: 0, max: 80 }),
              y: fc.integer({ min: 0, max: 80 }),
              w: fc.integer({ min: 10, max: 20 }),
              h: fc.integer({ min: 10, max: 20 }),
            }),
            { minLength: list.length, maxLength: list.length },
          )
          .map((places) => list.map((c, i) => ({ ...c, at: places[i]! }))),
      ),
    }),
    fc.record({
      type: fc.constant('blanks' as const),
      prompt: words,
      // (a gap's answers never hold braces or |: those mark the gaps)
      sentence: fc
        .array(
          fc.tuple(
            fc.string({ maxLength: 20 }).map((s) => s.replace(/[{}|]/g, '')),
            fc.array(
              words.map((w) => w.replace(/[{}|]/g, 'x')),
              { minLength: 1, maxLength: 3 },
            ),
          ),
          { minLength: 1, maxLength: 3 },
        )
        .map((parts) =>
          parts.map(([before, answers]) => `${before}{${answers.join('|')}}`).join(''),
        ),
    }),
    fc.record({
      type: fc.constant('matching' as const),
      prompt: words,
      choices: fc.array(
        fc.record({
          text: words,
          match: words,
          easyMatch: fc.option(words, { nil: undefined }),
        }),
        { minLength: 2, maxLength: 5 },
      ),
    }),
  );
  // A sound (with its transcript) or a video (with captions, or why it needs none), in any question.
  const media = fc.oneof(
    fc.record({
      kind: fc.constant('audio' as const),
      src: fc.constant('media/son.wav'),
      transcript: words,
    }),
    fc.record({
      kind: fc.constant('video' as const),
      src: fc.constant('media/film.mp4'),
      captions: fc.constant('media/film.vtt'),
    }),
    fc.record({
      kind: fc.constant('video' as const),
      src: fc.constant('media/film.mp4'),
      captionsNotNeeded: words,
    }),
  );
  const withMedia = fc
    .tuple(question, fc.option(media, { nil: undefined, freq: 4 }))
    .map(([q, m]) => (m ? { ...q, media: m } : q));
  return fc
    .record({
      title: words,
      description: fc.option(words, { nil: undefined }),
      audience: fc.constantFrom(...AUDIENCES),
      mode: fc.constantFrom(...MODES),
      shuffle: fc.boolean(),
      passScore: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      questions: fc.array(withMedia, { minLength: 1, maxLength: 6 }),
      explanation: fc.option(words, { nil: undefined }),
    })
    .chain((c) =>
      fc
        .option(fc.integer({ min: 1, max: c.questions.length }), { nil: undefined })
        .map((draw) => ({
          version: 1,
          title: c.title,
          ...(c.description ? { description: c.description } : {}),
          audience: c.audience,
          mode: c.mode,
          shuffle: c.shuffle,
          ...(c.passScore !== undefined ? { passScore: c.passScore } : {}),
          ...(draw !== undefined ? { draw } : {}),
          questions: c.questions.map((q, i) => ({
            id: `q${i + 1}`,
            ...q,
            ...(c.explanation ? { explanation: c.explanation } : {}),
          })),
        })),
    ) as FastCheck.Arbitrary<QuizContentInput>;
}

async function settle(el: QdQuiz): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** Start → every question (answer, feedback) → result. */
export async function* walk(el: QdQuiz): AsyncGenerator<string> {
  const root = el.shadowRoot!;
  yield 'start';
  root.querySelector<HTMLButtonElement>('[part="start"] .qd-button--primary')!.click();
  await settle(el);
  for (let guard = 0; guard < 200 && root.querySelector('[part="question"]'); guard++) {
    yield 'question';
    const text = root.querySelector<HTMLInputElement>('#answer');
    // ordering: the order shown is an answer; one move first, as a person would
    const move = root.querySelector<HTMLButtonElement>('.qd-order button:not(:disabled)');
    const lists = [...root.querySelectorAll<HTMLSelectElement>('.qd-match select:not(:disabled)')];
    const gaps = [...root.querySelectorAll<HTMLInputElement>('.qd-blanks input:not([readonly])')];
    const zone = root.querySelector<HTMLButtonElement>('.qd-zone[aria-disabled="false"]');
    if (move) move.click();
    else if (zone) zone.click();
    else if (gaps.length > 0)
      for (const gap of gaps) {
        gap.value = 'mot';
        gap.dispatchEvent(new Event('input'));
      }
    else if (lists.length > 0)
      for (const select of lists) {
        select.selectedIndex = 1;
        select.dispatchEvent(new Event('change'));
      }
    else if (text && !text.readOnly) {
      text.value = 'réponse';
      text.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    } else root.querySelector<HTMLInputElement>('.qd-choice input:not(:disabled)')?.click();
    await settle(el);
    root.querySelector<HTMLButtonElement>('[part="question"] button[type="submit"]')!.click();
    await settle(el);
    if (root.querySelector('[part="feedback"]')?.textContent?.trim()) {
      yield 'feedback';
      root.querySelector<HTMLButtonElement>('[part="question"] button[type="submit"]')!.click();
      await settle(el);
    }
  }
  if (!root.querySelector('[part="result"]'))
    throw new Error('qd-quiz: the walk did not reach the result screen');
  yield 'result';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  type(text: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same journey with the keyboard only: Tab to « Commencer », Space/arrows to answer, Enter to go on. */
export async function* keyboard(el: QdQuiz, kb: Keys): AsyncGenerator<string> {
  const $ = (s: string) => el.shadowRoot!.querySelector(s);
  const submit = () => $('[part="question"] button[type="submit"]');
  await kb.tabTo((e) => e === $('[part="start"] .qd-button--primary'), 'Tab mène à « Commencer »');
  yield 'start';
  await kb.press('{Enter}');
  for (let n = 0; n < 200 && $('[part="question"]'); n++) {
    kb.expectFocus((e) => e.id === 'question-heading', 'chaque question commence sur son titre');
    yield 'question';
    // (the types loaded later have their own answer check: ordering is answered as shown)
    if (n === 0 && $('.qd-choice input, #answer, .qd-blanks input')) {
      await kb.tabTo((e) => e === submit(), 'Tab mène au bouton de validation');
      await kb.press('{Enter}');
      kb.expectStatus(/\S/, 'valider sans répondre annonce ce qu’il manque');
      kb.expectFocus((e) => e.localName === 'input', 'après l’erreur, le focus est sur la réponse');
    }
    const field = $('#answer');
    const order = $('.qd-order');
    const lists = [...(el.shadowRoot?.querySelectorAll('.qd-match select') ?? [])];
    const gaps = [...(el.shadowRoot?.querySelectorAll('.qd-blanks input') ?? [])];
    const zone = $('.qd-zone');
    if (zone) {
      // image-zone: Tab to a part of the picture, Enter chooses it, and it is said
      await kb.tabTo((e) => e === zone, 'Tab mène aux parties de l’image');
      await kb.press('{Enter}');
      kb.expectStatus(/\S/, 'la partie choisie est annoncée');
      kb.expectFocus((e) => e === zone, 'le focus reste sur la partie choisie');
      await kb.tabTo((e) => e === submit(), 'Tab mène au bouton de validation');
    } else if (gaps.length > 0) {
      // blanks: a word typed in each box of the sentence
      for (const gap of gaps) {
        await kb.tabTo((e) => e === gap, 'Tab mène à chaque case de la phrase');
        await kb.type('mot');
      }
      await kb.tabTo((e) => e === submit(), 'Tab mène au bouton de validation');
    } else if (lists.length > 0) {
      // matching: a list per item, an answer picked with ↓ in each
      for (const list of lists) {
        await kb.tabTo((e) => e === list, 'Tab mène à la liste de chaque élément à associer');
        await kb.press('{ArrowDown}');
      }
      await kb.tabTo((e) => e === submit(), 'Tab mène au bouton de validation');
    } else if (order) {
      // Enter on « Descendre » of the first item: it moves, the focus stays on it, it is said.
      await kb.tabTo(
        (e) => e === order.querySelector('[data-dir="1"]'),
        'Tab mène à « Descendre » du premier élément',
      );
      await kb.press('{Enter}');
      kb.expectStatus(/2/, 'la nouvelle position de l’élément est annoncée');
      kb.expectFocus((e) => !!e.closest('.qd-order'), 'le focus reste sur l’élément déplacé');
      await kb.tabTo((e) => e === submit(), 'Tab mène au bouton de validation');
    } else if (field) {
      await kb.tabTo((e) => e === field, 'Tab mène au champ de réponse');
      await kb.type('réponse');
    } else {
      await kb.tabTo((e) => e.localName === 'input', 'Tab mène aux choix');
      await kb.press(' ');
      await kb.tabTo((e) => e === submit(), 'Tab mène au bouton de validation');
    }
    await kb.press('{Enter}');
    if ($('[part="feedback"]')?.textContent?.trim()) {
      kb.expectStatus(/\S/, 'le retour sur la réponse est annoncé');
      kb.expectFocus((e) => e === (field ?? submit()), 'le focus reste où la personne a validé');
      yield 'feedback';
      await kb.press('{Enter}');
    }
  }
  kb.expectFocus((e) => e.id === 'result-heading', 'le résultat commence sur son titre');
  yield 'result';
}
