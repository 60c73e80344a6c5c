/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* poll content (fast-check), for "always renders and can be completed"
 *   (some questions asked only after the first choice of an earlier one, or any answer: `showIf`);
 * - `walk(el)`: drives a rendered <qd-poll> from its first screen to its last, the way a person
 *   would, yielding the name of each screen reached.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import type { QdPoll } from './poll/poll.js';
import { RESULTS_VISIBILITY, type PollContentInput } from './schema.js';

export const tag = 'qd-poll';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<PollContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const maybe = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const choices = fc
    .array(fc.record({ text: words, easy: maybe(words) }), { minLength: 2, maxLength: 5 })
    .map((list) =>
      list.map((c, i) => ({ id: `c${i + 1}`, text: c.text, ...(c.easy ? { easy: c.easy } : {}) })),
    );
  const common = { prompt: words, easy: maybe(words), help: maybe(words), required: fc.boolean() };
  const question = fc.oneof(
    fc.record({ type: fc.constant('single' as const), ...common, choices, shuffle: fc.boolean() }),
    fc
      .record({ type: fc.constant('multiple' as const), ...common, choices })
      .chain((q) =>
        maybe(fc.integer({ min: 1, max: q.choices.length })).map((maxChoices) =>
          maxChoices ? { ...q, maxChoices } : q,
        ),
      ),
    fc.record({ type: fc.constant('ranking' as const), ...common, choices, shuffle: fc.boolean() }),
    fc.record({
      type: fc.constant('scale' as const),
      ...common,
      scale: fc.integer({ min: 0, max: 2 }).chain((min) =>
        fc.record({
          min: fc.constant(min),
          max: fc.integer({ min: min + 1, max: min + 10 }),
          minLabel: maybe(words),
          maxLabel: maybe(words),
        }),
      ),
    }),
    fc.record({
      type: fc.constant('text' as const),
      ...common,
      maxLength: maybe(fc.integer({ min: 1, max: 5000 })),
    }),
  );
  const strip = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T; // drops undefined fields
  return fc
    .record({
      title: words,
      description: maybe(words),
      privacy: maybe(words),
      results: fc.constantFrom(...RESULTS_VISIBILITY),
      questions: fc.array(question, { minLength: 1, maxLength: 6 }),
      // Which questions are asked only after an answer to an earlier one (`showIf`), and which.
      conditions: fc.array(fc.nat(), { maxLength: 6 }),
    })
    .map(({ conditions, ...c }) =>
      strip({
        version: 1,
        id: 'sondage-test',
        ...c,
        questions: c.questions.map((q, i) => {
          const n = conditions[i];
          if (i === 0 || n === undefined || n % 3 === 0) return { id: `q${i + 1}`, ...q };
          const ref = c.questions[n % i]!;
          const first = 'choices' in ref && ref.type !== 'ranking' ? ref.choices[0]!.id : undefined;
          const showIf = first
            ? { question: `q${(n % i) + 1}`, anyOf: [first] }
            : { question: `q${(n % i) + 1}`, answered: true };
          return { id: `q${i + 1}`, ...q, showIf };
        }),
      }),
    ) as FastCheck.Arbitrary<PollContentInput>;
}

async function settle(el: QdPoll): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** Gives an answer to a question shown on screen (the first choice, a first move, one letter). */
function answer(fs: Element): void {
  const text = fs.querySelector('textarea');
  if (text) {
    text.value = 'a';
    text.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return;
  }
  const inputs = [...fs.querySelectorAll<HTMLInputElement>('input')];
  if (!inputs.some((i) => i.checked))
    (fs.querySelector('.qd-rank') ? inputs[inputs.length - 1] : inputs[0])?.click();
}

/**
 * Closed (previewed on its opening day) → intro → the questions asked without answers (what to
 * complete) → answered → review → thanks. A device that already voted stops at that message.
 */
export async function* walk(el: QdPoll): AsyncGenerator<string> {
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s);
  const click = async (s: string) => {
    const b = $(s);
    if (!b)
      throw new Error(
        `qd-poll: nothing to click at ${s} (${$('.qd-root')?.textContent?.slice(0, 200)})`,
      );
    b.click();
    await settle(el);
  };
  if ($('[part="closed"]')) {
    yield 'closed';
    const c = el.data!;
    el.today = c.opensAt ?? c.closesAt;
    await settle(el);
  }
  if ($('[part="thanks"]')) {
    yield 'already-voted';
    return;
  }
  yield 'intro';
  await click('[part="intro"] .qd-button--primary');
  await click('form button[type="submit"]');
  if ($('.qd-poll__error')) yield 'errors';
  else if ($('[part="review"]')) {
    yield 'review';
    await click('[part="review"] .qd-poll__actions .qd-button:not(.qd-button--primary)');
  }
  for (let guard = 0; guard < 50 && $('form fieldset.qd-q'); guard++) {
    // (an answer may open more questions, `showIf`: answered too, until none comes)
    for (let seen = -1; seen !== root.querySelectorAll('form fieldset.qd-q').length;) {
      seen = root.querySelectorAll('form fieldset.qd-q').length;
      root.querySelectorAll('form fieldset.qd-q').forEach(answer);
      await settle(el);
    }
    yield 'questions';
    await click('form button[type="submit"]');
    if ($('[part="error-summary"]'))
      throw new Error(`qd-poll: answers refused: ${$('[part="error-summary"]')!.textContent}`);
  }
  if (!$('[part="review"]')) throw new Error('qd-poll: the walk did not reach the review');
  yield 'review';
  await click('[part="review"] .qd-button--primary');
  if (!$('[part="thanks"]'))
    throw new Error('qd-poll: the walk did not reach the thank-you screen');
  yield 'thanks';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  type(text: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string, max?: number): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/**
 * The same journey with the keyboard only: Tab to « Répondre au sondage », Enter; « Vérifier mes
 * réponses » without answering (the summary is announced and takes the focus); then every question
 * in order — Space on a choice, Enter on « Descendre » in a ranking (announced, focus kept), typing
 * in a text field — and Enter to review and send.
 */
export async function* keyboard(el: QdPoll, kb: Keys): AsyncGenerator<string> {
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s);
  const inside = (e: Element) => root.contains(e);
  const submit = () => $('form button[type="submit"]');
  if ($('[part="closed"]')) {
    const focusable = $('button, input, textarea');
    if (focusable) await kb.tabTo(inside, 'Tab entre dans le sondage fermé');
    else $('#closed-heading')!.focus();
    yield 'closed';
    const c = el.data!;
    el.today = c.opensAt ?? c.closesAt; // previewed on its opening day, as with the mouse walk
    await settle(el);
  }
  if ($('[part="thanks"]')) {
    await kb.tabTo(inside, 'Tab entre dans le message « déjà répondu »');
    yield 'already-voted';
    return;
  }
  await kb.tabTo(
    (e) => e === $('[part="intro"] .qd-button--primary'),
    'Tab mène à « Répondre au sondage »',
  );
  yield 'intro';
  await kb.press('{Enter}');
  kb.expectFocus(
    (e) => e.id === 'form-heading' || /^h-/.test(e.id),
    'les questions commencent sur leur titre',
  );
  await kb.tabTo((e) => e === submit(), 'Tab mène au bouton « Vérifier mes réponses »', 80);
  await kb.press('{Enter}');
  if ($('[part="error-summary"]') || $('.qd-poll__error')) {
    kb.expectStatus(/\S/, 'ce qui manque est annoncé');
    kb.expectFocus(
      (e) =>
        e.id === 'summary-heading' ||
        e.localName === 'input' ||
        e.localName === 'textarea' ||
        e.localName === 'button',
      'le focus va à ce qui manque',
    );
    yield 'errors';
  } else if ($('[part="review"]')) {
    kb.expectFocus((e) => e.id === 'review-heading', 'la vérification commence sur son titre');
    yield 'review';
    const back = $('[part="review"] .qd-poll__actions .qd-button:not(.qd-button--primary)');
    await kb.tabTo((e) => e === back, 'Tab mène à « Revenir aux questions »');
    await kb.press('{Enter}');
  }
  for (let guard = 0; guard < 50 && $('form fieldset.qd-q'); guard++) {
    const sets = [...root.querySelectorAll('form fieldset.qd-q')];
    for (let i = 0; i < sets.length; i++) {
      const fs = () => root.querySelectorAll('form fieldset.qd-q')[i]!;
      const qid = fs().id.slice(2);
      if (fs().querySelector('textarea')) {
        await kb.tabTo(
          (e) => e.localName === 'textarea' && fs().contains(e),
          'Tab mène à la zone de texte',
          80,
        );
        await kb.type('a');
      } else if (fs().querySelector('.qd-rank')) {
        const down = () => fs().querySelector('.qd-rank > li:first-child button[id^="down-"]')!;
        const id = down().id;
        await kb.tabTo((e) => e === down(), 'Tab mène à « Descendre » du premier choix', 80);
        await kb.press('{Enter}');
        kb.expectStatus(/2/, 'le déplacement est annoncé');
        kb.expectFocus(
          (e) => e.id === id,
          `le focus reste sur « Descendre » du choix déplacé (${qid})`,
        );
      } else {
        const first = () => fs().querySelector('input')!;
        await kb.tabTo(
          (e) => e.localName === 'input' && fs().contains(e),
          'Tab mène aux choix',
          80,
        );
        if (!first().checked) await kb.press(' ');
      }
    }
    yield 'questions';
    await kb.tabTo((e) => e === submit(), 'Tab mène au bouton « Vérifier mes réponses »', 80);
    await kb.press('{Enter}');
    if ($('[part="error-summary"]') || $('.qd-poll__error'))
      throw new Error(`qd-poll: answers refused: ${$('.qd-root')!.textContent}`);
  }
  kb.expectFocus((e) => e.id === 'review-heading', 'la vérification commence sur son titre');
  yield 'review';
  await kb.tabTo(
    (e) => e === $('[part="review"] .qd-button--primary'),
    'Tab mène à « Envoyer mes réponses »',
    80,
  );
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 'thanks-heading', 'le merci commence sur son titre');
  yield 'thanks';
}

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
}> = [{ tag: 'qd-poll-results', file: 'poll.js', src: 'resultats/resultats-aire-de-jeux.json' }];
