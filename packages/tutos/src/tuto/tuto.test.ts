import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TutoStepDetail, TutoSuccessDetail } from '../index.js';
import { clone, samples, tinyTuto, TINY_WAV } from '../fixtures.js';
import type { TutorialInput } from '../schema.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  events,
  focused,
  mount,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

const tuto = (content: unknown = tinyTuto, attrs: Record<string, string> = {}) =>
  mount('qd-tuto', content, attrs);

/** The steps a person sees on screen (the others are `display: none`). */
const visibleSteps = (el: Element) => qa(el, '[part="step"]').filter((li) => li.checkVisibility());
const live = (el: Element) => text(el, '[aria-live="polite"]');

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('qd-tuto · defaults', () => {
  it('opens on the overview: title, level, duration, number of steps, summary, what you need, « Commencer »', async () => {
    const el = await tuto();
    expect(text(el, 'h2')).toBe('Le petit tuto');
    expect(text(el, '.qd-tuto__meta')).toBe('Niveau : débutant · environ 5 min · 3 étapes');
    expect(text(el, '[part="overview"]')).toContain('Un tuto de trois étapes pour les tests.');
    expect(qa(el, '.qd-tuto__materials li').map((li) => li.textContent?.trim())).toEqual([
      'Un téléphone',
      'Le wifi',
    ]);
    expect(button(el, 'Commencer')).toBeTruthy();
    expect(visibleSteps(el)).toHaveLength(0);
    expect(button(el, 'Une étape à la fois').getAttribute('aria-pressed')).toBe('true');
  });

  it('credits the author and the centre, with the licence (CC BY-SA 4.0 by default) linked to its deed', async () => {
    const c = clone(tinyTuto);
    delete c.licence;
    const el = await tuto(c);
    expect(text(el, '[part="credit"]')).toContain('Tuto fait par Samia, Centre social Nord');
    const a = q<HTMLAnchorElement>(el, '[part="credit"] a')!;
    expect(a.href).toBe('https://creativecommons.org/licenses/by-sa/4.0/deed.fr');
    expect(a.textContent).toContain('Licence : CC BY-SA 4.0');
  });

  it('a licence that is not Creative Commons is written, without a link', async () => {
    const el = await tuto({
      ...clone(tinyTuto),
      licence: 'Tous droits réservés',
      author: undefined,
      centre: undefined,
    });
    expect(text(el, '[part="credit"]')).toBe('Licence : Tous droits réservés');
    expect(q(el, '[part="credit"] a')).toBeNull();
  });
});

describe('qd-tuto · steps one by one', () => {
  it('« Commencer » shows step 1 alone, focus on its heading « Étape 1 sur 3 : … », with its photo and alt', async () => {
    const el = await tuto();
    const moves = events<TutoStepDetail>(el, 'qd-step');
    await click(el, 'Commencer');
    const shown = visibleSteps(el);
    expect(shown).toHaveLength(1);
    expect(focused(el)).toBe(q(el, '#s-0-h'));
    expect(text(el, '#s-0-h')).toBe('Étape 1 sur 3 : Ouvrir l’appli');
    expect(q<HTMLImageElement>(el, '#s-0-h ~ img')!.alt).toBe(
      'L’icône verte de l’appli, en bas de l’écran',
    );
    expect(q(el, '.qd-step__text strong')!.textContent).toBe('l’icône');
    expect(moves).toEqual([{ index: 0, total: 3 }]);
  });

  it('« Étape suivante », « Étape précédente », then « Terminer » leads to « Bravo », focus following', async () => {
    const el = await tuto();
    await click(el, 'Commencer');
    await click(el, 'Étape suivante');
    expect(focused(el)).toBe(q(el, '#s-1-h'));
    await click(el, 'Étape précédente');
    expect(focused(el)).toBe(q(el, '#s-0-h'));
    await click(el, 'Étape suivante');
    await click(el, 'Étape suivante');
    expect(visibleSteps(el).map((s) => s.querySelector('h3')!.id)).toEqual(['s-2-h']);
    await click(el, 'Terminer');
    expect(visibleSteps(el)).toHaveLength(0);
    expect(focused(el)).toBe(q(el, '#end-heading'));
    expect(text(el, '[part="end"]')).toContain('Bravo, c’est terminé !');
    await click(el, 'Revenir au début');
    expect(focused(el)).toBe(q(el, '#title'));
  });

  it('the voice of a step plays in an <audio> named after the step, with what is said written beside it', async () => {
    const el = await tuto();
    await click(el, 'Commencer');
    await click(el, 'Étape suivante');
    const audio = q<HTMLAudioElement>(el, '#s-1-h ~ .qd-step__voice audio')!;
    expect(audio.getAttribute('src')).toBe(TINY_WAV);
    expect(audio.controls).toBe(true);
    expect(audio.getAttribute('aria-label')).toBe('Voix de l’étape 2');
    expect(text(el, '.qd-step__transcript')).toBe(
      'Ce qui est dit : Moi, je pose la feuille près de la fenêtre.',
    );
  });
});

describe('qd-tuto · attributes', () => {
  it('`all`: every step at once, in an ordered list, without « Étape suivante »', async () => {
    const el = await tuto(tinyTuto, { all: '' });
    expect(visibleSteps(el)).toHaveLength(3);
    expect(q(el, '[part="steps"]')!.tagName).toBe('OL');
    expect(() => button(el, 'Étape suivante')).toThrow();
    expect(() => button(el, 'Commencer')).toThrow();
  });

  it('« Toutes les étapes » switches the view, and back to the step one was on', async () => {
    const el = await tuto();
    await click(el, 'Commencer');
    await click(el, 'Étape suivante');
    await click(el, 'Toutes les étapes');
    expect(el.all).toBe(true);
    expect(el.hasAttribute('all')).toBe(true);
    expect(visibleSteps(el)).toHaveLength(3);
    expect(focused(el)).toBe(q(el, '[part="steps"]'));
    await click(el, 'Une étape à la fois');
    expect(visibleSteps(el)).toHaveLength(1);
    expect(focused(el)).toBe(q(el, '#s-1-h'));
  });

  it('easy-read: the easy texts replace the others (summary and steps)', async () => {
    const el = await tuto(tinyTuto, { all: '', easy: '' });
    expect(text(el, '[part="overview"]')).toContain('Un petit tuto.');
    expect(text(el, '#s-0-h ~ .qd-step__text')).toBe('Touchez le rond vert.');
    // A step without an easy text keeps its text.
    expect(text(el, '#s-2-h ~ .qd-step__text')).toContain('Touchez Enregistrer.');
  });

  it('read-aloud: an « Écouter » button for the overview and each step; `read-aloud="false"` hides them', async () => {
    const el = await tuto(tinyTuto, { all: '' });
    expect(qa(el, '[part="read-aloud"]')).toHaveLength(4);
    const quiet = await tuto(tinyTuto, { all: '', 'read-aloud': 'false' });
    expect(qa(quiet, '[part="read-aloud"]')).toHaveLength(0);
  });
});

describe('qd-tuto · « J’ai réussi » and storage', () => {
  it('marks a step (aria-pressed), announces the progress and fires qd-success', async () => {
    const el = await tuto(tinyTuto, { all: '' });
    const got = events<TutoSuccessDetail>(el, 'qd-success');
    const b = qa<HTMLButtonElement>(el, '.qd-step__done')[1]!;
    b.click();
    await settle(el);
    expect(b.getAttribute('aria-pressed')).toBe('true');
    expect(live(el)).toBe('1 étape réussie sur 3');
    expect(text(el, '.qd-tuto__progress')).toBe('1 étape réussie sur 3');
    expect(got).toEqual([{ index: 1, done: true, count: 1, total: 3 }]);
    b.click();
    await settle(el);
    expect(b.getAttribute('aria-pressed')).toBe('false');
    expect(got[1]).toEqual({ index: 1, done: false, count: 0, total: 3 });
  });

  it('without `storage`, nothing is kept on the device', async () => {
    const el = await tuto(tinyTuto, { all: '' });
    qa<HTMLButtonElement>(el, '.qd-step__done')[0]!.click();
    await settle(el);
    expect(Object.keys(localStorage)).toEqual([]);
    expect(q(el, '[part="data-tools"]')).toBeNull();
  });

  it('with storage="local", the marks come back on the next visit, and « Effacer mes données » forgets them', async () => {
    const el = await tuto(tinyTuto, { all: '', storage: 'local' });
    qa<HTMLButtonElement>(el, '.qd-step__done')[2]!.click();
    await settle(el);
    expect(Object.keys(localStorage)).toEqual(['qd:tuto-progress:petit-tuto']);
    cleanup();
    const again = await tuto(tinyTuto, { all: '', storage: 'local' });
    expect(qa(again, '.qd-step__done').map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'true',
    ]);
    expect(text(again, '.qd-tuto__hint')).toBe(
      'Vos étapes réussies sont gardées sur cet appareil.',
    );
    await click(again, 'Effacer mes données');
    expect(localStorage.getItem('qd:tuto-progress:petit-tuto')).toBeNull();
    expect(qa(again, '.qd-step__done[aria-pressed="true"]')).toHaveLength(0);
  });
});

describe('qd-tuto · content loading and errors', () => {
  it('a tutorial without steps shows the French error panel with the path', async () => {
    const el = await tuto({ ...clone(tinyTuto), steps: [] });
    expect(q(el, '[part="error"]')).not.toBeNull();
    expect(text(el, '[part="error"]')).toContain('steps');
  });

  it('a voice without transcript, or a javascript: sound, is refused', async () => {
    const c = clone(tinyTuto);
    c.steps[1]!.audio = { src: 'javascript:alert(1)', transcript: '' };
    const el = await tuto(c);
    const panel = text(el, '[part="error"]');
    expect(panel).toContain('steps[1].audio.src');
    expect(panel).toContain('steps[1].audio.transcript');
  });

  it('a photo without alt is refused', async () => {
    const c = clone(tinyTuto);
    c.steps[0]!.image = { src: 'images/a.svg', alt: ' ' };
    const el = await tuto(c);
    expect(text(el, '[part="error"]')).toContain('steps[0].image.alt');
  });

  it('content text is rendered as text, never as HTML', async () => {
    const c: TutorialInput = { ...clone(tinyTuto), title: '<img src=x onerror=alert(1)>' };
    c.steps[0]!.text = '<script>alert(1)</script> [lien](javascript:alert(1))';
    const el = await tuto(c, { all: '' });
    expect(text(el, 'h2')).toBe('<img src=x onerror=alert(1)>');
    expect(q(el, 'h2 img, script, a[href^="javascript"]')).toBeNull();
  });
});

describe('qd-tuto · print', () => {
  it('prints every step (even one at a time), the credit, without the buttons nor the audio player', async () => {
    const el = await tuto();
    await click(el, 'Commencer');
    await emulate({ media: 'print' });
    try {
      expect(visibleSteps(el)).toHaveLength(3);
      const shown = (sel: string) => qa(el, sel).filter((x) => x.checkVisibility()).length;
      expect(shown('button')).toBe(0);
      expect(shown('audio')).toBe(0);
      expect(shown('.qd-step__transcript')).toBe(1);
      expect(shown('[part="credit"]')).toBe(1);
      expect(getComputedStyle(qa(el, '[part="step"]')[0]!).breakInside).toBe('avoid');
      // Photos sized for paper: at most 9 cm high, never wider than the page.
      const img = getComputedStyle(q(el, '.qd-step__image')!);
      expect(parseFloat(img.maxHeight)).toBeCloseTo((9 * 96) / 2.54, 0);
      expect(img.maxWidth).toBe('100%');
    } finally {
      await emulate({ media: null });
    }
  });
});

describe('qd-tuto · keyboard', () => {
  it('Tab to « Commencer », Enter, then Tab to « J’ai réussi » and Space: the step is marked and announced', async () => {
    const el = await tuto();
    button(el, 'Commencer').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#s-0-h'));
    for (let i = 0; i < 10 && !focused(el)?.classList.contains('qd-step__done'); i++)
      await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(live(el)).toBe('1 étape réussie sur 3');
  });
});

describe('qd-tuto · accessibility (axe)', () => {
  it.each(Object.entries(samples))('sample %s: overview, all steps, the end', async (_n, s) => {
    const el = await tuto(s);
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Toutes les étapes');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('the tiny tutorial, one step at a time, to the end', async () => {
    const el = await tuto();
    await click(el, 'Commencer');
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Étape suivante');
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Étape suivante');
    await click(el, 'Terminer');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-tuto · i18n / RTL', () => {
  it('in an Arabic page: right to left, Arabic buttons, the content keeps its language', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'ar';
    document.body.append(wrap);
    try {
      const el = document.createElement('qd-tuto');
      el.content = clone(tinyTuto);
      wrap.append(el);
      await settle(el);
      expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
      expect(button(el, 'ابدأ')).toBeTruthy();
      expect(q(el, 'article')!.getAttribute('lang')).toBe('fr');
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      wrap.remove();
    }
  });

  it('in English', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'en';
    document.body.append(wrap);
    try {
      const el = document.createElement('qd-tuto');
      el.content = clone(tinyTuto);
      wrap.append(el);
      await settle(el);
      expect(text(el, '.qd-tuto__meta')).toBe('Level: beginner · about 5 min · 3 steps');
      expect(button(el, 'Start')).toBeTruthy();
    } finally {
      wrap.remove();
    }
  });
});
