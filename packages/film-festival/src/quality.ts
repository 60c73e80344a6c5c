/**
 * What the kit's quality gates (tools/quality) need to know about this prototype. The gates drive
 * the package's main element, `<qd-film-gallery>` (package.json "qd.tag"); the jury and the vote
 * (`qd.extraCdn`) are checked by this package's own tests (axe on every screen, keyboard, XSS).
 * - `arbitrary(fc)`: any *valid* festival (fast-check);
 * - `walk(el)`: the list of films → a film's page → its transcript, the way a person would;
 * - `keyboard(el, kb)`: the same with the keyboard only.
 * Test-only: not part of the package's entry points.
 */
import type * as FastCheck from 'fast-check';
import { TRACK_KINDS, type FestivalContentInput } from './schema.js';

export const tag = 'qd-film-gallery';

export function arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<FestivalContentInput> {
  const words = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const maybe = <T>(a: FastCheck.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const film = fc.record({
    title: words,
    synopsis: words,
    easy: maybe(words),
    authors: fc.array(words, { minLength: 1, maxLength: 3 }),
    centre: fc.constantFrom('Centre Nord', 'Centre Sud', 'Dorignies'),
    duration: fc.integer({ min: 1, max: 1200 }),
    alt: words,
    category: fc.nat({ max: 2 }),
    kind: fc.constantFrom(...TRACK_KINDS.filter((k) => k !== 'descriptions')),
    captions: fc.boolean(),
    isDefault: fc.boolean(),
    transcript: maybe(words),
  });
  return fc
    .record({
      title: words,
      edition: maybe(words),
      venue: maybe(words),
      categories: fc.array(words, { minLength: 1, maxLength: 3 }),
      criteria: fc.array(
        fc.record({
          label: words,
          weight: fc.integer({ min: 1, max: 3 }),
          max: fc.integer({ min: 1, max: 10 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      films: fc.array(film, { minLength: 1, maxLength: 5 }),
    })
    .map(({ title, edition, venue, categories, criteria, films }) => ({
      version: 1,
      id: 'festival',
      title,
      ...(edition ? { edition } : {}),
      ...(venue ? { venue } : {}),
      dates: { start: '2027-05-12', end: '2027-05-14' },
      criteria: criteria.map((c, i) => ({
        id: `c${i}`,
        label: c.label,
        weight: c.weight,
        scale: { min: 0, max: c.max },
      })),
      categories: categories.map((label, i) => ({ id: `k${i}`, label })),
      films: films.map((f, i) => ({
        id: `f${i}`,
        title: f.title,
        category: `k${f.category % categories.length}`,
        duration: f.duration,
        synopsis: f.synopsis,
        ...(f.easy ? { easy: f.easy } : {}),
        authors: f.authors,
        centre: f.centre,
        poster: { src: `media/f${i}.webp`, alt: f.alt },
        sources: [{ src: `media/f${i}.webm`, type: 'video/webm' }],
        tracks: f.captions
          ? [
              {
                src: `media/f${i}.fr.vtt`,
                kind: f.kind,
                srclang: 'fr',
                label: 'Français',
                default: f.isDefault,
              },
            ]
          : [],
        ...(f.captions ? {} : { captionsNotNeeded: 'film sans paroles' }),
        ...(f.transcript ? { transcript: f.transcript } : {}),
        consent: true,
      })),
    }));
}

type Gallery = HTMLElement & { updateComplete: Promise<unknown> };

async function settle(el: Gallery): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

/** The list of films → the first film's page → its transcript (when it has one). */
export async function* walk(el: HTMLElement): AsyncGenerator<string> {
  const g = el as Gallery;
  const root = el.shadowRoot!;
  yield 'films';
  root.querySelector<HTMLButtonElement>('[part="card"] .qd-button--primary')!.click();
  await settle(g);
  if (!root.querySelector('[part="film"] video'))
    throw new Error('qd-film-gallery: the film page did not open');
  yield 'film';
  const toggle = root.querySelector<HTMLButtonElement>('[aria-controls="transcript"]');
  if (toggle) {
    toggle.click();
    await settle(g);
  }
  yield 'transcript';
}

/** What the kit's keyboard gate hands to `keyboard` (tools/quality/src/prototypes.ts). */
interface Keys {
  press(keys: string): Promise<void>;
  tabTo(match: (e: Element) => boolean, why: string): Promise<Element>;
  expectFocus(match: (e: Element) => boolean, why: string): void;
  expectStatus(re: RegExp, why: string): void;
}

/** The same journey with the keyboard only: Tab and Enter, the focus following the pages. */
export async function* keyboard(el: HTMLElement, kb: Keys): AsyncGenerator<string> {
  const $ = (sel: string) => el.shadowRoot!.querySelector(sel);
  kb.expectStatus(/\d/, 'le nombre de films est annoncé');
  const watch = $('[part="card"] .qd-button--primary');
  await kb.tabTo((e) => e === watch, 'Tab mène à « Voir le film »');
  yield 'films';
  await kb.press('{Enter}');
  kb.expectFocus((e) => e.id === 'film-title', 'la page du film s’ouvre sur son titre');
  yield 'film';
  const toggle = $('[aria-controls="transcript"]');
  if (toggle) {
    await kb.tabTo((e) => e === toggle, 'Tab mène à « Afficher la transcription »');
    await kb.press('{Enter}');
    kb.expectFocus(
      (e) => e === toggle && e.getAttribute('aria-expanded') === 'true',
      'la transcription s’ouvre, le focus reste sur le bouton',
    );
  }
  yield 'transcript';
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
}> = [
  { tag: 'qd-jury-grid', file: 'jury.js', src: 'festival-du-film-court.json' },
  {
    tag: 'qd-audience-vote',
    file: 'audience-vote.js',
    src: 'festival-du-film-court.json',
    attributes: { collect: 'demo' },
  },
];
