/**
 * What the kit's quality gates (tools/quality) need to know about this prototype:
 * - `arbitrary(fc)`: any *valid* agenda (fast-check): centres, and events that refer to them,
 *   some recurring, some cancelled;
 * - `walk(el)`: a rendered <qd-agenda>: the list by day, one activity's details, the month grid;
 * - `keyboard(el, kb)`: the same with the keyboard only.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import { AUDIENCES, THEMES, type AgendaContentInput } from './schema.js';

export const tag = 'qd-agenda';

const RULES = [
  'FREQ=WEEKLY;COUNT=3',
  'FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270415',
  'FREQ=MONTHLY;BYDAY=-1FR;COUNT=2',
  'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=3',
];

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<AgendaContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const maybe = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const centre = fc.record({ name: words, address: words, access: maybe(words) });
  const event = fc.record({
    title: words,
    description: maybe(words),
    centre: fc.nat({ max: 2 }),
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.constantFrom('03', '04'),
    hour: fc.integer({ min: 8, max: 20 }),
    rule: maybe(fc.constantFrom(...RULES)),
    audience: fc.constantFrom(...AUDIENCES),
    theme: fc.constantFrom(...THEMES),
    cancelled: fc.boolean(),
  });
  return fc
    .record({
      centres: fc.array(centre, { minLength: 1, maxLength: 3 }),
      events: fc.array(event, { minLength: 0, maxLength: 6 }),
    })
    .map(({ centres, events }) => ({
      version: 1,
      centres: centres.map((c, i) => ({
        id: `c${i}`,
        name: c.name,
        address: c.address,
        ...(c.access ? { accessibility: [c.access] } : {}),
      })),
      events: events.map((e, i) => {
        const day = `2027-${e.month}-${String(e.day).padStart(2, '0')}`;
        const hh = String(e.hour).padStart(2, '0');
        return {
          id: `e${i}`,
          title: e.title,
          ...(e.description ? { description: e.description } : {}),
          centre: `c${e.centre % centres.length}`,
          start: `${day}T${hh}:00`,
          end: `${day}T${hh}:45`,
          ...(e.rule ? { recurrence: { rrule: e.rule } } : {}),
          audience: e.audience,
          theme: e.theme,
          ...(e.cancelled ? { cancelled: true } : {}),
        };
      }),
    }));
}

type Agenda = HTMLElement & { updateComplete: Promise<unknown> };

async function settle(el: Agenda): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

const $ = <E extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<E>(sel);

/** List by day → one activity's details → the month grid → one activity's details. */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const a = el as Agenda;
  yield 'list';
  const details = $<HTMLButtonElement>(el, '[part="list"] button[data-details]');
  if (details) {
    details.click();
    await settle(a);
    yield 'detail';
  }
  $<HTMLInputElement>(el, '#v-month')!.click();
  await settle(a);
  yield 'month';
  const chip = $<HTMLButtonElement>(el, '[part="month"] button[data-details]');
  if (chip) {
    chip.click();
    await settle(a);
    yield 'month-detail';
  }
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  focused(): Element | null;
  tabTo(match: (e: Element) => boolean, why: string, max?: number): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same with the keyboard: Tab to an activity, Enter, Escape, arrows to the month grid. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  await kb.tabTo((e) => e.id === 'f-centre', 'Tab mène au premier filtre (Centre)');
  kb.expectStatus(/\d/, 'le nombre d’activités est dit dans la zone de statut');
  yield 'list';
  const details = $(el, '[part="list"] button[data-details]');
  if (details) {
    await kb.tabTo((e) => e === details, 'Tab mène à « Détails » de la première activité', 60);
    await kb.press('{Enter}');
    kb.expectFocus(
      (e) => e.id === 'detail-title',
      'les détails s’ouvrent sur le titre de l’activité',
    );
    yield 'detail';
    await kb.press('{Escape}');
    kb.expectFocus(
      (e) => e === $(el, '[part="list"] button[data-details]'),
      'Échap ferme les détails et rend le focus à « Détails »',
    );
  }
  // Back to the choice of view, with Shift+Tab.
  for (let n = 0; n < 60 && kb.focused()?.id !== 'v-list'; n++)
    await kb.press('{Shift>}{Tab}{/Shift}');
  kb.expectFocus((e) => e.id === 'v-list', 'Maj+Tab ramène au choix de l’affichage');
  await kb.press('{ArrowRight}');
  kb.expectFocus((e) => e.id === 'v-month', 'la flèche choisit « Grille du mois »');
  yield 'month';
  const chip = $(el, '[part="month"] button[data-details]');
  if (chip) {
    await kb.tabTo((e) => e === chip, 'Tab mène à la première activité de la grille', 60);
    await kb.press('{Enter}');
    kb.expectFocus((e) => e.id === 'detail-title', 'les détails s’ouvrent sous la grille');
    yield 'month-detail';
  }
}
