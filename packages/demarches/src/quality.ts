/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* procedure (fast-check): screens with zones (one of them right)
 *   and sample forms, a glossary, a list to prepare;
 * - `walk(el)`: rehearses a rendered <qd-demarche> from its start screen to the end, guided, the
 *   way a person would (pressing the right zone, typing the sample values), yielding each screen;
 * - `keyboard(el, kb)`: the same with the keyboard only.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import type { DemarcheContent, DemarcheContentInput } from './schema.js';
import { tinyScreen } from './fixtures.js';

export const tag = 'qd-demarche';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<DemarcheContentInput> {
  // Texts a person can type: no control characters (a text field drops line breaks).
  const words = fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((s) => s.trim().length > 0 && ![...s].some((c) => c < ' ' || c === '\u007f'));
  const maybe = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const zone = fc.record({
    x: fc.integer({ min: 0, max: 80 }),
    y: fc.integer({ min: 0, max: 80 }),
    w: fc.integer({ min: 5, max: 20 }),
    h: fc.integer({ min: 5, max: 20 }),
    label: words,
    feedback: maybe(words),
  });
  const imageStep = fc.record({
    zones: fc.array(zone, { minLength: 1, maxLength: 4 }),
    right: fc.nat({ max: 3 }),
  });
  const mockStep = fc.array(fc.record({ label: words, expected: maybe(words) }), {
    minLength: 1,
    maxLength: 3,
  });
  return fc
    .record({
      title: words,
      organisation: words,
      description: maybe(words),
      prepare: fc.array(fc.record({ label: words, easy: maybe(words), why: maybe(words) }), {
        maxLength: 3,
      }),
      glossary: fc.uniqueArray(fc.record({ term: words, definition: words, easy: maybe(words) }), {
        maxLength: 3,
        selector: (g) => g.term.trim().toLocaleLowerCase(),
      }),
      steps: fc.array(
        fc.record({
          title: words,
          instruction: words,
          easy: maybe(words),
          tip: maybe(words),
          warning: maybe(words),
          screen: fc.oneof(imageStep, mockStep),
        }),
        { minLength: 1, maxLength: 5 },
      ),
    })
    .map(({ title, organisation, description, prepare, glossary, steps }) => ({
      version: 1,
      id: 'demarche',
      title,
      organisation,
      ...(description ? { description } : {}),
      officialUrl: 'https://www.service-public.fr/',
      lastChecked: '2026-11-29',
      prepare,
      glossary,
      steps: steps.map((s, i) => {
        const base = {
          id: `e${i}`,
          title: s.title,
          instruction: s.instruction,
          ...(s.easy ? { easy: s.easy } : {}),
          ...(s.tip ? { tip: s.tip } : {}),
          ...(s.warning ? { warning: s.warning } : {}),
        };
        if (Array.isArray(s.screen)) return { ...base, screen: { mock: { fields: s.screen } } };
        const { zones, right } = s.screen;
        return {
          ...base,
          screen: { image: { src: tinyScreen, alt: s.title, width: 400, height: 200 } },
          hotspots: zones.map((z, j) => ({ ...z, correct: j === right % zones.length })),
        };
      }),
    }));
}

type Demarche = HTMLElement & { updateComplete: Promise<unknown>; data?: DemarcheContent };

async function settle(el: Demarche): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** What a person types in field `k` of a sample form: the sample value, or anything. */
const sampleValue = (el: Demarche, step: number, k: number) =>
  el.data?.steps[step]?.screen.mock?.fields[k]?.expected ?? 'exemple';

/** The right zone of step `i` (its button). */
const rightZone = (el: Demarche, i: number) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(
    `.qd-hotspot[data-i="${el.data!.steps[i]!.hotspots.findIndex((h) => h.correct)}"]`,
  );

/** Start screen → each step, guided (the right zone, the sample values) → the end. */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const d = el as Demarche;
  const root = el.shadowRoot!;
  yield 'start';
  const steps = d.data?.steps ?? [];
  root.querySelector<HTMLButtonElement>('[part="start"] .qd-button--primary')!.click();
  await settle(d);
  for (let i = 0; i < steps.length; i++) {
    yield 'step';
    if (steps[i]!.screen.image) rightZone(d, i)!.click();
    else {
      root.querySelectorAll<HTMLInputElement>('.qd-mock input').forEach((input, k) => {
        input.value = sampleValue(d, i, k);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await settle(d);
      root.querySelector<HTMLButtonElement>('.qd-mock button[type="submit"]')!.click();
    }
    await settle(d);
  }
  if (!root.querySelector('[part="end"]'))
    throw new Error('qd-demarche: the walk did not reach the end');
  yield 'end';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  type(text: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string, max?: number): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same rehearsal with the keyboard only: Tab to the zone or the field, Enter, typing. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  const d = el as Demarche;
  const $ = (sel: string) => el.shadowRoot!.querySelector(sel);
  await kb.tabTo((e) => e === $('[part="start"] .qd-button--primary'), 'Tab mène à « Commencer »');
  yield 'start';
  const steps = d.data?.steps ?? [];
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 'step-title', 'l’étape commence sur son titre');
  for (let i = 0; i < steps.length; i++) {
    yield 'step';
    if (steps[i]!.screen.image) {
      const zone = rightZone(d, i);
      await kb.tabTo((e) => e === zone, 'Tab mène à la zone à appuyer');
    } else {
      const fields = steps[i]!.screen.mock!.fields;
      for (let k = 0; k < fields.length; k++) {
        await kb.tabTo((e) => e.id === `f-${k}`, `Tab mène au champ « ${fields[k]!.label} »`);
        await kb.type(sampleValue(d, i, k));
      }
      await kb.tabTo(
        (e) => e === $('.qd-mock button[type="submit"]'),
        'Tab mène au bouton du formulaire',
      );
    }
    await kb.press('{Enter}');
    kb.expectStatus(/\S/, 'la réussite de l’étape est annoncée');
    const last = i === steps.length - 1;
    kb.expectFocus(
      (e) => e.id === (last ? 'end-title' : 'step-title'),
      last
        ? 'à la fin, le focus est sur le titre de fin'
        : 'le focus passe au titre de l’étape suivante',
    );
  }
  if (!$('[part="end"]')) throw new Error('qd-demarche: the keyboard walk did not reach the end');
  yield 'end';
}
