/**
 * What the kit's quality gates (tools/quality, apps/embed's shipped-files gate) need to know about
 * this prototype (the contract: tools/quality/src/prototypes.ts, `QualityModule`):
 * - `arbitrary(fc)`: any *valid* content (fast-check), for "always renders and can be completed";
 * - `walk(el)`: drives a rendered <qd-__element__> from its first screen to its last, the way a
 *   person would, yielding each screen's name;
 * - `keyboard(el, kb)`: the same journey with the keyboard only, checking where the focus goes
 *   and what is announced.
 * Test-only: not part of the package's entry points, and it never imports `define`.
 */
import type * as FastCheck from 'fast-check';
import type { __Name__ContentInput } from './schema.js';

export const tag = 'qd-__element__';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<__Name__ContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);
  return fc
    .record({
      lang: fc.constantFrom('fr' as const, 'en' as const, 'ar' as const),
      title: words,
      intro: words,
      nextTitle: words,
      nextText: words,
      // Both easy-to-read variants, or none (schema.ts: « Facile à lire » changes every screen).
      easy: fc.option(fc.tuple(words, words), { nil: undefined }),
    })
    .map(({ lang, title, intro, nextTitle, nextText, easy }) => ({
      version: 1,
      lang,
      id: 'contenu',
      title,
      intro,
      ...(easy ? { easyIntro: easy[0] } : {}),
      next: { title: nextTitle, text: nextText, ...(easy ? { easy: easy[1] } : {}) },
    }));
}

type El = HTMLElement & { updateComplete: Promise<unknown> };

async function settle(el: El): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** The main button of the screen shown (« Continuer », then « Recommencer »). */
const mainButton = (el: HTMLElement, screen: 'start' | 'next') =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(
    `[part="${screen}"] .qd-toolbar > button:last-child`,
  );

/** First screen → « Continuer » → second screen → « Recommencer » → the first screen again. */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const e = el as El;
  if (!el.shadowRoot!.querySelector('[part="start"]'))
    throw new Error('qd-__element__: no first screen (is the content valid?)');
  yield 'start';
  mainButton(el, 'start')!.click();
  await settle(e);
  if (!el.shadowRoot!.querySelector('[part="next"]'))
    throw new Error('qd-__element__: « Continuer » did not lead to the second screen');
  yield 'next';
  mainButton(el, 'next')!.click();
  await settle(e);
  if (!el.shadowRoot!.querySelector('[part="start"]'))
    throw new Error('qd-__element__: « Recommencer » did not lead back to the first screen');
  yield 'restart';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same journey with Tab and Enter: the focus follows the screens, the step is announced. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  await kb.tabTo((e) => e === mainButton(el, 'start'), 'Tab mène à « Continuer »');
  yield 'start';
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 'next-title', 'le focus va au titre du second écran');
  kb.expectStatus(/2\D+2/, 'l’étape 2 sur 2 est annoncée');
  yield 'next';
  await kb.tabTo((e) => e === mainButton(el, 'next'), 'Tab mène à « Recommencer »');
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 'title', 'le focus revient au titre du premier écran');
  kb.expectStatus(/1\D+2/, 'l’étape 1 sur 2 est annoncée');
  yield 'restart';
}
