/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* guide library (fast-check), for "always renders and can be completed";
 * - `walk(el)`: drives a rendered <qd-parental-guide> from its first screen to its last, the way a
 *   parent would (whatever the UI language), yielding the name of each screen reached. The walk
 *   ends on the guide, where "Effacer mes données" is when the page keeps data;
 * - `keyboard(el, kb)`: the same journey with the keyboard only (Tab, Shift+Tab, Space, Enter),
 *   checking where the focus goes and what is announced.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import { CATEGORIES, CONCERNS, PACT_GROUPS, type GuideContentInput } from './schema.js';

export const tag = 'qd-parental-guide';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<GuideContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const easy = fc.option(words, { nil: undefined });
  const range = fc
    .tuple(fc.nat({ max: 17 }), fc.nat({ max: 17 }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
  const ages = fc.option(fc.array(range, { minLength: 1, maxLength: 2 }), { nil: undefined });
  return fc
    .record({
      title: words,
      intro: fc.option(words, { nil: undefined }),
      ageGroups: fc.array(fc.record({ label: words, easy, range }), { minLength: 1, maxLength: 4 }),
      devices: fc.array(
        fc.record({ name: words, easy, category: fc.constantFrom(...CATEGORIES) }),
        { minLength: 1, maxLength: 5 },
      ),
      guides: fc.array(
        fc.record({
          pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
          ages,
          concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { minLength: 1, maxLength: 3 }),
          title: words,
          easy,
          steps: fc.array(fc.record({ text: words, easy }), { minLength: 1, maxLength: 4 }),
          old: fc.boolean(),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      resources: fc.array(
        fc.record({
          name: words,
          description: fc.option(words, { nil: undefined }),
          phone: fc.boolean(),
          help: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      pactRules: fc.array(
        fc.record({
          text: words,
          easy,
          group: fc.constantFrom(...PACT_GROUPS),
          ages,
          suggested: fc.boolean(),
        }),
        { maxLength: 5 },
      ),
    })
    .map((c) => ({
      version: 1,
      title: c.title,
      ...(c.intro ? { intro: c.intro } : {}),
      ageGroups: c.ageGroups.map((g, i) => ({
        id: `g${i + 1}`,
        label: g.label,
        ...(g.easy ? { easy: g.easy } : {}),
        ...g.range,
      })),
      devices: c.devices.map((d, i) => ({
        id: `d${i + 1}`,
        name: d.name,
        ...(d.easy ? { easy: d.easy } : {}),
        category: d.category,
      })),
      guides: c.guides.map((g, i) => ({
        id: `guide${i + 1}`,
        appliesTo: [...new Set(g.pick.map((k) => `d${(k % c.devices.length) + 1}`))],
        ...(g.ages ? { ages: g.ages } : {}),
        concerns: g.concerns,
        title: g.title,
        ...(g.easy ? { easy: g.easy } : {}),
        steps: g.steps.map((s) => ({ text: s.text, ...(s.easy ? { easy: s.easy } : {}) })),
        officialUrl: 'https://example.org/aide',
        lastChecked: g.old ? '2020-01-15' : '2026-11-28',
      })),
      resources: c.resources.map((r, i) => ({
        id: `r${i + 1}`,
        name: r.name,
        ...(r.description ? { description: r.description } : {}),
        ...(r.phone ? { phone: '3018' } : { url: 'https://example.org' }),
        help: r.help,
      })),
      pactRules: c.pactRules.map((r, i) => ({
        id: `p${i + 1}`,
        text: r.text,
        ...(r.easy ? { easy: r.easy } : {}),
        group: r.group,
        ...(r.ages ? { ages: r.ages } : {}),
        suggested: r.suggested,
      })),
    })) as FastCheck.Arbitrary<GuideContentInput>;
}

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

async function settle(el: Updatable): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await (el.shadowRoot?.querySelector('qd-screen-pact') as Updatable | null)?.updateComplete;
  }
}

/**
 * The agreement's code is a part of the bundle (ADR 0016), fetched ahead once the checklist shows:
 * after "Faire notre pacte familial", wait for it as a person would (the screen changes when it
 * is there), a few seconds at most.
 */
async function pactShown(el: Updatable): Promise<ShadowRoot | null> {
  for (let i = 0; i < 100; i++) {
    const pact = el.shadowRoot?.querySelector('qd-screen-pact')?.shadowRoot;
    if (pact) {
      await settle(el);
      return pact;
    }
    await new Promise((r) => setTimeout(r, 30));
    await settle(el);
  }
  return null;
}

/** Start → the three questions → the guide → the family agreement (form, then document) → back to the guide. */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const root = el.shadowRoot!;
  const press = async (b: Element | null | undefined, what: string) => {
    if (!(b instanceof HTMLElement))
      throw new Error(`qd-parental-guide: the walk found no ${what}`);
    b.click();
    await settle(el);
  };
  yield 'start';
  await press(root.querySelector('[part="start"] .qd-button--primary'), '"Commencer" button');
  for (const step of ['children', 'devices', 'concerns']) {
    yield step;
    root.querySelector<HTMLInputElement>('[part="questions"] .qd-choice input')?.click();
    await settle(el);
    await press(
      root.querySelector('[part="questions"] button[type="submit"]'),
      `submit button on ${step}`,
    );
  }
  yield 'guide';
  root.querySelector<HTMLInputElement>('[part="card"] input[type="checkbox"]')?.click();
  await settle(el);
  await press(
    root.querySelectorAll<HTMLButtonElement>('[part="guide"] > .qd-actions button')[1],
    '"pacte familial" button',
  );
  const pact = await pactShown(el);
  if (!pact) throw new Error('qd-parental-guide: the agreement did not open');
  yield 'pact';
  const field = pact.querySelector<HTMLInputElement>('#custom-rule')!;
  field.value = 'Une règle de la famille';
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
  await press(pact.querySelector('.qd-inline button'), '"Ajouter cette règle" button');
  await press(
    pact.querySelector('[part="pact"] button[type="submit"]'),
    '"Voir notre pacte" button',
  );
  if (!pact.querySelector('[part="document"]'))
    throw new Error('qd-parental-guide: the agreement document did not show');
  yield 'agreement';
  await press(root.querySelector('.qd-screen > .qd-actions button'), '"Retour au guide" button');
  if (!root.querySelector('[part="guide"]'))
    throw new Error('qd-parental-guide: did not come back to the guide');
  yield 'guide-again';
}

/** What the keyboard gate gives the walk (tools/quality `KeyboardDriver`). */
interface Keys {
  press(keys: string): Promise<void>;
  type(text: string): Promise<void>;
  focused(): Element | null;
  tabTo(match: (e: Element) => boolean, why: string, max?: number): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same journey with the keyboard only: Tab to a control, Space to tick, Enter to go on. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  const $ = (s: string) => el.shadowRoot!.querySelector(s);
  const $$ = (s: string) => [...el.shadowRoot!.querySelectorAll(s)];
  const pact = () => $('qd-screen-pact')?.shadowRoot ?? null;
  const heading = (id: string) => (e: Element) => e.id === id;
  const submit = () => $('[part="questions"] button[type="submit"]');
  const shiftTabTo = async (match: (e: Element) => boolean, why: string) => {
    for (let n = 0; n < 30 && !match(kb.focused() ?? el); n++)
      await kb.press('{Shift>}{Tab}{/Shift}');
    kb.expectFocus(match, why);
  };

  await kb.tabTo((e) => e === $('[part="start"] .qd-button--primary'), 'Tab mène à « Commencer »');
  yield 'start';
  await kb.press('{Enter}');
  kb.expectFocus(heading('step-heading'), 'chaque question commence sur son titre');
  yield 'children';
  await kb.tabTo((e) => e === submit(), 'Tab mène à « Suivant »');
  await kb.press('{Enter}');
  kb.expectStatus(/\S/, 'une question laissée sans réponse est annoncée comme passée');
  for (const step of ['devices', 'concerns']) {
    kb.expectFocus(heading('step-heading'), 'chaque question commence sur son titre');
    yield step;
    await kb.tabTo((e) => e.matches('.qd-choice input'), 'Tab mène aux choix');
    await kb.press(' ');
    await kb.tabTo((e) => e === submit(), 'Tab mène au bouton « Suivant »', 80);
    await kb.press('{Enter}');
  }
  kb.expectFocus(heading('guide-heading'), 'le guide commence sur son titre');
  yield 'guide';
  const box = $$('[part="card"] input[type="checkbox"]')[0];
  if (box) {
    await kb.tabTo((e) => e === box, 'Tab mène à « Étape 1 faite »');
    await kb.press(' ');
    kb.expectFocus((e) => e === box, 'le focus reste sur la case cochée');
  }
  const toPact = $$('[part="guide"] > .qd-actions button')[1];
  await shiftTabTo((e) => e === toPact, 'Maj+Tab ramène à « Faire notre pacte familial »');
  await kb.press('{Enter}');
  await pactShown(el);
  kb.expectFocus(heading('pact-heading'), 'le pacte commence sur son titre');
  yield 'pact';
  await kb.tabTo(
    (e) => e === pact()?.querySelector('#custom-rule'),
    'Tab mène au champ « Une autre règle »',
    120,
  );
  await kb.type('Une règle de la famille');
  await kb.press('{Enter}');
  kb.expectStatus(/Une règle de la famille/, 'la règle ajoutée est annoncée');
  kb.expectFocus((e) => e.id === 'custom-rule', 'le focus reste dans le champ');
  await kb.tabTo(
    (e) => e === pact()?.querySelector('[part="pact"] button[type="submit"]'),
    'Tab mène à « Voir notre pacte »',
  );
  await kb.press('{Enter}');
  kb.expectFocus(heading('doc-heading'), 'le pacte affiché commence sur son titre');
  yield 'agreement';
  await shiftTabTo(
    (e) => e === $('.qd-screen > .qd-actions button'),
    'Maj+Tab ramène à « Retour au guide »',
  );
  await kb.press('{Enter}');
  kb.expectFocus(heading('guide-heading'), 'le retour au guide remet le focus sur son titre');
  yield 'guide-again';
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
}> = [{ tag: 'qd-screen-pact', file: 'parental-guide.js', src: 'controle-parental.json' }];
