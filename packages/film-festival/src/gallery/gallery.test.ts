import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FilmOpenDetail } from '../index.js';
import { clone, samples, SAMPLE_URL, tinyFestival, withMediaFiles } from '../fixtures.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  events,
  focused,
  mount,
  norm,
  q,
  qa,
  settle,
  text,
  until,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

const gallery = (content: unknown = tinyFestival, attrs: Record<string, string> = {}) =>
  mount('qd-film-gallery', content, attrs);
const titles = (el: Element) => qa(el, '[part="card"] h3').map((h) => norm(h.textContent));
const select = async (el: HTMLElement, label: string, value: string) => {
  const s = qa<HTMLSelectElement>(el, 'select').find((x) =>
    norm(x.parentElement?.textContent).startsWith(label),
  )!;
  s.value = value;
  s.dispatchEvent(new Event('change'));
  await settle(el);
};
const video = (el: Element) => q<HTMLVideoElement>(el, 'video')!;

afterEach(async () => {
  cleanup();
  await emulate({ media: null, forcedColors: null });
});

describe('qd-film-gallery · defaults', () => {
  it('shows the festival, its dates and place, and every film as a card, in a grid', async () => {
    const el = await gallery();
    expect(text(el, 'h2')).toBe('Le petit festival');
    expect(text(el, '.qd-festival__meta')).toBe(
      '1re édition · 12 mai 2027 – 13 mai 2027 · Centre social du Centre',
    );
    expect(titles(el)).toEqual(['Film A', 'Film B', 'Film C']);
    expect(text(el, '[part="count"]')).toBe('3 films');
    expect(q(el, '[part="films"]')!.className).toBe('qd-films');
    expect(q(el, 'video')).toBeNull();
  });

  it('a card: poster lazy-loaded with its alt, category, length, centre, synopsis, makers', async () => {
    const el = await gallery();
    const card = qa(el, '[part="card"]')[0]!;
    const img = card.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.alt).toBe('Affiche A');
    expect(img.src).toBe(new URL('/content/media/le-velo-de-nour.webp', location.href).href);
    expect(norm(card.textContent)).toContain('Fiction · 1 min 35 s · Centre Nord');
    expect(norm(card.textContent)).toContain('Synopsis A.');
    expect(norm(card.textContent)).toContain('Réalisé par Nour, Sami');
    expect(card.getAttribute('aria-labelledby')).toBe('card-a');
    const b = card.querySelector('button')!;
    expect(norm(b.textContent)).toBe('Voir le film');
    expect(b.getAttribute('aria-label')).toBe('Voir le film : Film A');
  });

  it('"Afficher en liste" switches the layout and says it is on (aria-pressed)', async () => {
    const el = await gallery();
    const b = button(el, 'Afficher en liste');
    expect(b.getAttribute('aria-pressed')).toBe('false');
    await click(el, 'Afficher en liste');
    expect(b.getAttribute('aria-pressed')).toBe('true');
    expect(q(el, '[part="films"]')!.className).toBe('qd-films qd-films--list');
  });
});

describe('qd-film-gallery · filters', () => {
  it('by category, by centre, both; the count is announced; nothing left says so', async () => {
    const el = await gallery();
    await select(el, 'Catégorie', 'fiction');
    expect(titles(el)).toEqual(['Film A', 'Film C']);
    expect(text(el, '[part="count"]')).toBe('2 films');
    await select(el, 'Centre social', 'Centre Sud');
    expect(titles(el)).toEqual([]);
    expect(text(el, '[part="count"]')).toBe(
      'Aucun film ne correspond : choisissez une autre catégorie ou un autre centre.',
    );
    await select(el, 'Catégorie', '');
    expect(titles(el)).toEqual(['Film B']);
    expect(text(el, '[part="count"]')).toBe('1 film');
  });

  it('the filters are labelled selects in a fieldset; one centre only: no centre filter', async () => {
    const el = await gallery();
    expect(text(el, '[part="filters"] legend')).toBe('Trier les films');
    expect(qa(el, 'select')).toHaveLength(2);
    const one = clone(tinyFestival);
    for (const f of one.films) f.centre = 'Centre Nord';
    const el2 = await gallery(one);
    expect(qa(el2, 'select')).toHaveLength(1);
  });
});

describe('qd-film-gallery · the film page (real media in Chromium)', () => {
  it('opens on its title; native player, no autoplay, metadata only, poster; event', async () => {
    const el = await gallery();
    const opened = events<FilmOpenDetail>(el, 'qd-film-open');
    await click(el, /^Voir le film$/);
    expect(opened).toEqual([{ film: 'a' }]);
    expect(focused(el)).toBe(q(el, '#film-title'));
    const v = video(el);
    expect(v.controls).toBe(true);
    expect(v.autoplay).toBe(false);
    expect(v.hasAttribute('autoplay')).toBe(false);
    expect(v.getAttribute('preload')).toBe('metadata');
    expect(v.poster).toBe(new URL('/content/media/le-velo-de-nour.webp', location.href).href);
    await until(() => v.readyState >= 1, 'the metadata loads');
    expect(v.duration).toBeGreaterThan(2);
    expect(v.duration).toBeLessThan(5);
    expect(v.paused).toBe(true);
    expect(v.currentSrc).toMatch(/le-velo-de-nour\.webm$/);
  });

  it('captions: the French track loads and is showing because it is "default"', async () => {
    const el = await gallery();
    await click(el, /^Voir le film$/);
    const track = q<HTMLTrackElement>(el, 'track')!;
    expect(track.kind).toBe('captions');
    expect(track.srclang).toBe('fr');
    expect(track.label).toBe('Français');
    expect(track.default).toBe(true);
    await until(() => track.readyState === HTMLTrackElement.LOADED, 'the captions load');
    const tt = video(el).textTracks[0]!;
    expect(tt.mode).toBe('showing');
    expect([...tt.cues!].map((c) => (c as VTTCue).text)).toEqual([
      'Nour : Quelqu’un a vu mon vélo ?',
      '[Sonnerie de vélo au loin]',
      'Sami : Il est derrière le centre !',
    ]);
  });

  it('a track that is not "default" stays off until the viewer turns it on', async () => {
    const el = await gallery();
    await click(el, 'Afficher en liste');
    qa<HTMLButtonElement>(el, '[part="card"] button')[2]!.click();
    await settle(el);
    expect(q<HTMLTrackElement>(el, 'track')!.default).toBe(false);
    expect(video(el).textTracks[0]!.mode).toBe('disabled');
  });

  it('a film without captions says why', async () => {
    const el = await gallery();
    qa<HTMLButtonElement>(el, '[part="card"] button')[1]!.click();
    await settle(el);
    expect(q(el, 'track')).toBeNull();
    expect(text(el, '[part="film"]')).toContain(
      'Sans sous-titres : film sans paroles, seulement de la musique',
    );
    expect(q(el, '[aria-controls="transcript"]')).toBeNull();
  });

  it('transcript: a disclosure button (aria-expanded), the text shown as text', async () => {
    const el = await gallery();
    await click(el, /^Voir le film$/);
    const t = q(el, '#transcript')!;
    expect(t.hidden).toBe(true);
    const b = button(el, 'Afficher la transcription');
    expect(b.getAttribute('aria-expanded')).toBe('false');
    expect(b.getAttribute('aria-controls')).toBe('transcript');
    await click(el, 'Afficher la transcription');
    expect(t.hidden).toBe(false);
    expect(b.getAttribute('aria-expanded')).toBe('true');
    expect(norm(b.textContent)).toBe('Masquer la transcription');
    expect(qa(el, '#transcript p').map((p) => p.textContent)).toEqual([
      'Nour : Quelqu’un a vu mon vélo ?',
      'Sami : Il est derrière le centre !',
    ]);
    await click(el, 'Masquer la transcription');
    expect(t.hidden).toBe(true);
  });

  it('"Tous les films" goes back, the focus on the film’s own button', async () => {
    const el = await gallery();
    qa<HTMLButtonElement>(el, '[part="card"] button')[2]!.click();
    await settle(el);
    await click(el, 'Tous les films');
    expect(q(el, 'video')).toBeNull();
    expect(focused(el)).toBe(q(el, '#watch-c'));
  });

  it('relative media addresses are read next to the JSON file given by src', async () => {
    const el = await mount('qd-film-gallery', null, { src: SAMPLE_URL });
    await until(() => el.contentStatus === 'ready', 'the sample loads');
    await settle(el);
    expect(titles(el)).toHaveLength(4);
    await click(el, /^Voir le film$/);
    expect(q<HTMLSourceElement>(el, 'source')!.src).toBe(
      new URL('/content/media/le-velo-de-nour.webm', location.href).href,
    );
    await until(() => video(el).readyState >= 1, 'the sample film loads');
  });
});

describe('qd-film-gallery · keyboard', () => {
  it('Tab reaches "Voir le film"; Enter opens; Tab reaches the player, then the transcript; Space toggles it', async () => {
    const el = await gallery();
    const watch = q(el, '#watch-a')!;
    (watch as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#film-title'));
    const v = video(el);
    let reached = false;
    for (let i = 0; i < 5 && !reached; i++) {
      await userEvent.keyboard('{Tab}');
      reached = focused(el) === v;
    }
    expect(reached, 'the video player is reached with Tab').toBe(true);
    const toggle = q(el, '[aria-controls="transcript"]')!;
    for (let i = 0; i < 20 && focused(el) !== toggle; i++) await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(toggle);
    await userEvent.keyboard(' ');
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('the native player answers the keyboard: Space plays, Space pauses', async () => {
    const el = await gallery();
    await click(el, /^Voir le film$/);
    const v = video(el);
    await until(() => v.readyState >= 1, 'the metadata loads');
    v.muted = true;
    v.focus();
    expect(focused(el)).toBe(v);
    await userEvent.keyboard(' ');
    await until(() => !v.paused, 'Space starts the film');
    await userEvent.keyboard(' ');
    await until(() => v.paused, 'Space pauses it');
  });

  it('the filters work with the keyboard (arrow keys in a select)', async () => {
    const el = await gallery();
    const s = qa<HTMLSelectElement>(el, 'select')[0]!;
    s.focus();
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(s.value).toBe('fiction');
    expect(titles(el)).toEqual(['Film A', 'Film C']);
  });
});

describe('qd-film-gallery · privacy', () => {
  it('asks only for the media the content names: posters, then the chosen film and its captions', async () => {
    performance.clearResourceTimings();
    const t0 = performance.now();
    // A mark on this test's addresses: media still loading from earlier tests are not counted.
    const content = withMediaFiles();
    for (const f of content.films) {
      f.poster.src += '?t=privacy';
      for (const x of [...f.sources, ...(f.tracks ?? [])]) x.src += '?t=privacy';
    }
    const el = await gallery(content);
    qa<HTMLButtonElement>(el, '[part="card"] button')[0]!.click();
    await settle(el);
    await until(() => video(el).readyState >= 1, 'the film loads');
    const allowed = new Set(
      content.films
        .flatMap((f) => [
          f.poster.src,
          ...f.sources.map((s) => s.src),
          ...(f.tracks ?? []).map((t) => t.src),
        ])
        .map((u) => new URL(u, location.href).href),
    );
    const asked = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter(
        (r) =>
          r.startTime >= t0 &&
          !/\.(ts|js|mjs)(\?|$)/.test(r.name) &&
          !r.name.includes('/@') &&
          // media still loading from earlier tests (no mark) are not this test's
          !(r.name.includes('/content/media/') && !r.name.endsWith('?t=privacy')),
      )
      .map((r) => r.name);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((u) => !allowed.has(u))).toEqual([]);
    // Nothing of the other films' videos.
    expect(
      asked.some((u) => /mon-quartier|la-recette|le-bruit/.test(u) && /webm|vtt/.test(u)),
    ).toBe(false);
    expect(document.cookie).toBe('');
    expect(Object.keys(localStorage)).toEqual([]);
  });
});

describe('qd-film-gallery · content errors', () => {
  it('wrong content: the French error panel (role="alert") quotes the rule', async () => {
    const f = clone(tinyFestival);
    f.films[0]!.consent = false;
    const el = await gallery(f);
    expect(el.contentStatus).toBe('invalid');
    expect(text(el, '[role="alert"]')).toContain("droit à l'image");
  });
});

// Content rendered as text (XSS): the quality gates' gate 3 (tools/quality/src/xss.test.ts) puts its
// payloads in every field of every sample and looks at the films, a film's page and its transcript.

describe('qd-film-gallery · accessibility (axe)', () => {
  it('list, filtered to nothing, list view, film page, transcript open: no violation', async () => {
    const el = await gallery(clone(samples.festival));
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Afficher en liste');
    expect(await axeViolations(el)).toEqual([]);
    await select(el, 'Catégorie', 'clip');
    await select(el, 'Centre social', 'Centre social du Frais-Marais');
    expect(titles(el)).toEqual([]);
    expect(await axeViolations(el)).toEqual([]);
    await select(el, 'Catégorie', '');
    await click(el, /^Voir le film$/);
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Afficher la transcription');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('forced colours: no violation', async () => {
    await emulate({ forcedColors: 'active' });
    const el = await gallery();
    expect(await axeViolations(el)).toEqual([]);
    await emulate({ forcedColors: null });
  });

  it('print: the transcript is printed even when closed; player and filters are not', async () => {
    const el = await gallery();
    await click(el, /^Voir le film$/);
    await emulate({ media: 'print' });
    expect(getComputedStyle(q(el, '#transcript')!).display).toBe('block');
    expect(getComputedStyle(video(el)).display).toBe('none');
  });
});

describe('qd-film-gallery · i18n / RTL', () => {
  it('Arabic: right to left, Arabic interface, content kept in its language', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'ar';
    document.body.append(wrap);
    const el = document.createElement('qd-film-gallery');
    el.content = clone(tinyFestival);
    wrap.append(el);
    await settle(el);
    await until(
      () => text(el, '[part="count"]') !== '' && !text(el).includes('Chargement'),
      'Arabic',
    );
    expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
    expect(norm(button(el, 'العرض على شكل قائمة').textContent)).toBe('العرض على شكل قائمة');
    expect(q(el, '.qd-festival')!.getAttribute('lang')).toBe('fr');
    expect(await axeViolations(el)).toEqual([]);
    wrap.remove();
  });

  it('English', async () => {
    const el = await gallery(tinyFestival);
    el.setAttribute('lang', 'en');
    await settle(el);
    await until(() => text(el).includes('Show as a list'), 'English');
    expect(text(el, '[part="count"]')).toBe('3 films');
  });
});
