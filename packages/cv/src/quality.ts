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
  tabTo(match: (e: Element) => boolean, why: string, max?: number): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same journey with the keyboard only: the minimum typed in, Enter on "Suivant", focus on each step's title. */
export async function* keyboard(el: QdCvBuilder, kb: Keys): AsyncGenerator<string> {
  const $ = (s: string) => el.shadowRoot!.querySelector(s);
  const submit = () => $('button[type="submit"]');
  yield stepOf(el);
  const name = $('#name') as HTMLInputElement;
  if (!name.value.trim()) {
    await kb.tabTo((e) => e === submit(), 'Tab mène à « Suivant »', 200);
    await kb.press('{Enter}');
    kb.expectStatus(/\S/, 'continuer sans nom annonce ce qu’il manque');
    kb.expectFocus((e) => e.id === 'name', 'après l’erreur, le focus est sur le nom');
    await kb.type('Samira Benali');
  }
  const email = $('#email') as HTMLInputElement;
  const phone = $('#phone') as HTMLInputElement;
  if (!email.value.trim() && !phone.value.trim()) {
    await kb.tabTo((e) => e.id === 'phone', 'Tab mène au téléphone');
    await kb.type('06 12 34 56 78');
  }
  for (let n = 0; n < 10 && submit(); n++) {
    await kb.tabTo((e) => e === submit(), 'Tab mène à « Suivant »', 300);
    await kb.press('{Enter}');
    kb.expectFocus((e) => e.id === 'step-heading', 'chaque étape commence sur son titre');
    yield stepOf(el);
  }
}
