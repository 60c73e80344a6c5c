/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* starting CV (fast-check);
 * - `walk(el)`: drives a rendered <qd-cv-builder> from "Identité" to "Aperçu" as a person would
 *   (fills the minimum when it is missing, changes a field), yielding each step's name;
 * - `keyboard(el, kb)`: the same journey with the keyboard only.
 * Test-only: not part of the package's entry points.
 *
 * Note for the privacy gate: this element saves the draft on the device **by default**
 * (`storage="local"`, stated in the form), as issue 6 asks; `storage="none"` turns it off.
 */
import type * as FastCheck from 'fast-check';
import type { QdCvBuilder } from './cv-builder/cv-builder.js';
import { FLUENCIES, SKILL_LEVELS, TEMPLATES, type CvInput } from './schema.js';
import { builderMessages, type BuilderKey } from './messages.js';
import { builder as en } from './messages.en.js';
import { builder as ar } from './messages.ar.js';

export const tag = 'qd-cv-builder';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<CvInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const opt = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const date = fc
    .tuple(fc.integer({ min: 1970, max: 2030 }), opt(fc.integer({ min: 1, max: 12 })))
    .map(([y, m]) => (m ? `${y}-${String(m).padStart(2, '0')}` : String(y)));
  const strip = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  return fc
    .record({
      name: opt(words),
      phone: opt(fc.constant('06 12 34 56 78')),
      summary: opt(words),
      work: fc.array(
        fc.record({
          position: opt(words),
          name: opt(words),
          startDate: opt(date),
          highlights: opt(fc.array(words, { maxLength: 3 })),
        }),
        { maxLength: 4 },
      ),
      education: fc.array(
        fc.record({ studyType: opt(words), institution: opt(words), endDate: opt(date) }),
        { maxLength: 3 },
      ),
      skills: fc.array(
        fc.record({ name: opt(words), level: opt(fc.constantFrom(...SKILL_LEVELS)) }),
        { maxLength: 4 },
      ),
      languages: fc.array(
        fc.record({ language: opt(words), fluency: opt(fc.constantFrom(...FLUENCIES)) }),
        { maxLength: 3 },
      ),
      template: fc.constantFrom(...TEMPLATES),
    })
    .map((c) => ({
      basics: strip({ name: c.name, phone: c.phone, summary: c.summary }),
      work: c.work.map(strip),
      education: c.education.map(strip),
      skills: c.skills.map(strip),
      languages: c.languages.map(strip),
      meta: { 'x-qd': { version: 1, template: c.template } },
    }));
}

async function settle(el: QdCvBuilder): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

const stepOf = (el: QdCvBuilder) => el.step;

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What a person types to correct a field the form marks invalid, by input type. */
const CORRECTIONS: Record<string, string> = {
  email: 'samira.benali@example.fr',
  tel: '06 12 34 56 78',
  url: 'https://example.fr',
  month: '2024-01',
  date: '2024-01-15',
};

/** Identité → … → Aperçu with "Suivant", filling the minimum (name, phone) when it is missing. */
export async function* walk(el: QdCvBuilder): AsyncGenerator<string> {
  const root = el.shadowRoot!;
  if (!root.querySelector('#step-heading')) throw new Error('qd-cv-builder: the form is not shown');
  for (let guard = 0; guard < 20; guard++) {
    const step = stepOf(el);
    yield step;
    if (step === 'identity') {
      // A person writes something: the city, and the minimum when it is missing.
      type(root.querySelector<HTMLInputElement>('#city')!, 'Douai');
      const name = root.querySelector<HTMLInputElement>('#name')!;
      if (!name.value.trim()) type(name, 'Samira Benali');
      const email = root.querySelector<HTMLInputElement>('#email')!;
      const phone = root.querySelector<HTMLInputElement>('#phone')!;
      if (!email.value.trim() && !phone.value.trim()) type(phone, '06 12 34 56 78');
      await settle(el);
    }
    const next = root.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (!next) break;
    next.click();
    await settle(el);
    if (stepOf(el) === step) {
      // The form pointed at fields to correct (e.g. an e-mail address that is not one): a person
      // corrects them, then goes on.
      const invalid = [...root.querySelectorAll<HTMLInputElement>('input[aria-invalid="true"]')];
      for (const input of invalid) type(input, CORRECTIONS[input.type] ?? 'Texte corrigé');
      await settle(el);
      root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await settle(el);
    }
    if (stepOf(el) === step)
      throw new Error(`qd-cv-builder: "Suivant" did not leave the step ${step}`);
  }
  if (stepOf(el) !== 'preview')
    throw new Error('qd-cv-builder: the walk did not reach the preview');
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  type(text: string): Promise<void>;
  focused(): Element | null;
  announced(): string;
  tabTo(match: (e: Element) => boolean, why: string, max?: number): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a message of the form, in French, English or Arabic (the gates walk the shipped
 * files in the three languages), its `{placeholders}` filled with `params` or anything.
 */
function said(key: BuilderKey, params: Record<string, string | number> = {}): RegExp {
  const forms = [builderMessages.fr[key], en[key], ar[key]].filter(
    (m): m is string => typeof m === 'string',
  );
  if (forms.length === 0) throw new Error(`said(${key}): not a plain message`);
  return new RegExp(
    forms
      .map((message) =>
        escapeRe(message).replace(/\\\{(\w+)\\\}/g, (_, k: string) =>
          k in params ? escapeRe(String(params[k])) : '.+',
        ),
      )
      .join('|'),
  );
}

/**
 * The same journey with the keyboard only, from the page into the form and on to "Aperçu": Tab
 * and Shift+Tab to move, typing into fields, Enter on buttons, Space on a check box, arrows in a
 * radio group. After each action it checks where the focus is and what is announced: the draft
 * saved on leaving a field, an entry removed, put back and moved (with the focus following it).
 */
export async function* keyboard(el: QdCvBuilder, kb: Keys): AsyncGenerator<string> {
  const root = el.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(s: string) => root.querySelector<T>(s);
  const $$ = <T extends Element = HTMLElement>(s: string) => [...root.querySelectorAll<T>(s)];
  const submit = () => $('button[type="submit"]');
  const byId = (id: string) => (e: Element) => e.id === id;
  /** Enter on "Suivant : …": the next step starts on its title. */
  const next = async () => {
    const step = stepOf(el);
    await kb.tabTo((e) => e === submit(), `Tab mène à « Suivant » (${step})`, 300);
    await kb.press('{Enter}');
    if (stepOf(el) === step)
      throw new Error(`Entrée sur « Suivant » ne quitte pas l’étape ${step} (${kb.announced()})`);
    kb.expectFocus(byId('step-heading'), `l’étape ${stepOf(el)} commence sur son titre`);
  };

  // Identité: Tab from the page enters the form and reaches the first field.
  await kb.tabTo(byId('name'), 'Tab entre dans le formulaire et mène au nom', 60);
  kb.expectFocus(byId('name'), 'le focus est sur le nom');
  // On a fresh device, nothing is saved yet: "Enregistré" must come from what the person does.
  if (said('saved').test(kb.announced()))
    throw new Error(`« Enregistré » est annoncé avant tout changement (« ${kb.announced()} »)`);
  yield stepOf(el);
  if (!$<HTMLInputElement>('#name')!.value.trim()) {
    await kb.tabTo((e) => e === submit(), 'Tab mène à « Suivant »', 300);
    await kb.press('{Enter}');
    kb.expectStatus(said('errName'), 'continuer sans nom annonce ce qu’il manque');
    kb.expectFocus(byId('name'), 'après l’erreur, le focus est sur le nom');
    await kb.type('Samira Benali');
  }
  if (
    !$<HTMLInputElement>('#email')!.value.trim() &&
    !$<HTMLInputElement>('#phone')!.value.trim()
  ) {
    await kb.tabTo(byId('phone'), 'Tab mène au téléphone');
    await kb.type('06 12 34 56 78');
  }
  // A field changed, then left with Tab: the draft is saved on the device, and that is announced.
  await kb.tabTo(byId('city'), 'Tab mène à la ville');
  await kb.type($<HTMLInputElement>('#city')!.value === 'Douai' ? 'Sin-le-Noble' : 'Douai');
  await kb.press('{Tab}');
  kb.expectStatus(said('saved'), 'quitter le champ enregistre le brouillon, et c’est annoncé');
  await kb.press('{Shift>}{Tab}{/Shift}');
  kb.expectFocus(byId('city'), 'Maj+Tab revient à la ville');
  await next();

  // Objectif: Space on a check box ticks it (or unticks it), the focus stays on it.
  yield stepOf(el);
  const box = () => $<HTMLInputElement>('.qd-cv__choices input[type="checkbox"]')!;
  const ticked = box().checked;
  await kb.tabTo((e) => e === box(), 'Tab mène au premier permis de conduire');
  await kb.press(' ');
  kb.expectFocus((e) => e === box(), 'le focus reste sur la case');
  if (box().checked === ticked) throw new Error('Espace ne coche pas la case du permis');
  await next();

  // Expériences: an entry removed, put back, then moved down, by keyboard.
  yield stepOf(el);
  const jobs = () => $$('section[aria-labelledby="work-title"] fieldset.qd-cv__entry');
  if (jobs().length === 0) {
    const add = $$('section[aria-labelledby="work-title"] > button').at(-1);
    await kb.tabTo((e) => e === add, 'Tab mène à « Ajouter : Expérience 1 »', 300);
    await kb.press('{Enter}');
    kb.expectFocus(byId('work-0-position'), 'l’expérience ajoutée commence sur son premier champ');
    await kb.type('Vendeuse');
    await kb.press('{Tab}');
  } else {
    const label = jobs()[0]!.querySelector('legend')!.textContent!.trim();
    await kb.tabTo(
      (e) => e === jobs()[0]!.querySelector('.qd-cv__entry-tools .qd-cv__danger'),
      'Tab mène à « Supprimer » de la première expérience',
      300,
    );
    await kb.press('{Enter}');
    kb.expectStatus(said('removed', { item: label }), 'la suppression est annoncée');
    kb.expectFocus(byId('undo-work'), 'le focus va sur « Annuler la suppression »');
    await kb.press('{Enter}');
    kb.expectStatus(said('restored', { item: label }), 'la remise en place est annoncée');
    kb.expectFocus(byId('work-0-position'), 'le focus revient sur l’expérience remise');
    const total = jobs().length;
    if (total >= 2) {
      await kb.tabTo(byId('work-0-down'), 'Tab mène à « Descendre » de la première expérience');
      await kb.press('{Enter}');
      kb.expectStatus(said('moved', { position: 2, total }), 'le déplacement est annoncé');
      kb.expectFocus(
        byId(total === 2 ? 'work-1-up' : 'work-1-down'),
        'le focus suit l’expérience déplacée',
      );
    }
  }
  await next();

  // Formations, Compétences, Langues, Centres d'intérêt: Enter on "Suivant".
  while (stepOf(el) !== 'preview') {
    yield stepOf(el);
    await next();
  }

  // Aperçu: in the radio group of templates, an arrow key chooses the next one.
  yield stepOf(el);
  const template = () => el.value.meta?.['x-qd']?.template ?? 'sobre';
  const before = template();
  await kb.tabTo(
    (e) => e.matches('input[name="template"]:checked'),
    'Tab mène au modèle choisi',
    100,
  );
  await kb.press('{ArrowDown}');
  kb.expectFocus(
    (e) => e.matches('input[name="template"]:checked'),
    'le focus suit le modèle choisi avec la flèche',
  );
  if (template() === before) throw new Error('la flèche ne change pas de modèle');
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
}> = [{ tag: 'qd-cv-preview', file: 'cv-preview.js', src: 'premier-cv-stages.json' }];
