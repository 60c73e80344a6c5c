import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { clone, samples, tinyDiag } from '../fixtures.js';
import type { AutodiagContentInput } from '../schema.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  focused,
  mount,
  norm,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import { A, answer, answerButtons, answerTexts, profile, run, workshops } from '../test/journey.js';
import '../define.js';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  await emulate({ media: null });
});

describe('qd-autodiag · defaults (first screen)', () => {
  it('says what it is and that it is not an exam, lists the areas with their pictograms, and offers "Commencer"', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    expect(text(el, 'h2')).toBe('Le petit bilan');
    expect(text(el, '[part="intro"]')).toContain('Quatre phrases pour les tests.');
    expect(text(el, '[part="intro"]')).toContain("Ce n'est pas un examen");
    expect(text(el, '[part="intro"]')).toContain('4 phrases, environ 1 min.');
    expect(qa(el, '.qd-areas li').map((li) => norm(li.textContent))).toEqual([
      'Les e-mails Lire et écrire.',
      'La sécurité',
    ]);
    for (const svg of qa(el, '.qd-areas svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(button(el, 'Commencer')).toBeTruthy();
    expect(() => button(el, 'Espace équipe')).toThrow();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('read-aloud is on by default ("Écouter"), off with read-aloud="false"', async () => {
    const on = await mount('qd-autodiag', tinyDiag);
    expect(qa(on, '.qd-read-aloud')).toHaveLength(1);
    const off = await mount('qd-autodiag', tinyDiag, { 'read-aloud': 'false' });
    expect(qa(off, '.qd-read-aloud')).toHaveLength(0);
  });

  it('without speech synthesis, nothing breaks: no "Écouter" button, the statements still work', async () => {
    const saved = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    try {
      const el = await mount('qd-autodiag', tinyDiag);
      expect(qa(el, '.qd-read-aloud')).toHaveLength(0);
      await click(el, 'Commencer');
      expect(text(el, '#statement')).toBe('Je sais lire un e-mail');
    } finally {
      if (saved) Object.defineProperty(window, 'speechSynthesis', saved);
    }
  });
});

describe('qd-autodiag · one statement per screen', () => {
  it('"Commencer": progress "1 sur 4", the area and its pictogram, the statement (focused), four big answers in a named group', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await click(el, 'Commencer');
    expect(text(el, '.qd-progress')).toBe('1 sur 4');
    expect(text(el, '.qd-area-tag')).toBe('Les e-mails');
    expect(q(el, '.qd-item__icon svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(text(el, '#statement')).toBe('Je sais lire un e-mail');
    expect(focused(el)).toBe(q(el, '#statement'));
    const group = q(el, '[part="answers"]')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-labelledby')).toBe('answers-label statement');
    expect(text(el, '#answers-label')).toBe('Votre réponse');
    expect(answerTexts(el)).toEqual([...A]);
    expect(answerButtons(el).map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(qa(el, '[part="item"] .qd-read-aloud')).toHaveLength(1);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('an answer moves on to the next statement ("2 sur 4"), the focus with it', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [2]);
    expect(text(el, '.qd-progress')).toBe('2 sur 4');
    expect(text(el, '#statement')).toBe('Je sais envoyer une photo par e-mail');
    expect(focused(el)).toBe(q(el, '#statement'));
    expect(text(el, '[aria-live="polite"]')).toBe('Réponse notée : Seul(e). 2 sur 4');
  });

  it('"Retour" shows the previous statement with its answer pressed; from the first, back to the first screen', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [2, 1]);
    expect(text(el, '.qd-area-tag')).toBe('La sécurité');
    await click(el, 'Retour');
    expect(text(el, '#statement')).toBe('Je sais envoyer une photo par e-mail');
    expect(answerButtons(el)[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(focused(el)).toBe(q(el, '#statement'));
    await click(el, 'Retour');
    await click(el, 'Retour');
    expect(q(el, '[part="intro"]')).not.toBeNull();
    expect(focused(el)).toBe(q(el, '#title'));
  });

  it('"Passer" moves on without an answer', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await run(el, [null]);
    expect(text(el, '.qd-progress')).toBe('2 sur 4');
    expect(text(el, '[aria-live="polite"]')).toBe('Phrase passée. 2 sur 4');
    await click(el, 'Retour');
    expect(answerButtons(el).every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('an item may have its own four answers; content answers are shown as text', async () => {
    const c = clone(tinyDiag);
    c.items[0]!.answers = ['Jamais', 'Parfois', 'Souvent', 'Toujours'];
    const el = await mount('qd-autodiag', c);
    await click(el, 'Commencer');
    expect(answerTexts(el)).toEqual(['Jamais', 'Parfois', 'Souvent', 'Toujours']);
  });
});

describe('qd-autodiag · easy-read', () => {
  it('"Facile à lire" shows the easy variant of the statements and the areas', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await click(el, 'Facile à lire');
    expect(qa(el, '.qd-areas strong').map((s) => norm(s.textContent))).toEqual([
      'Les e-mails',
      'Être prudent',
    ]);
    await click(el, 'Commencer');
    expect(text(el, '#statement')).toBe('Je lis un e-mail');
  });
});

describe('qd-autodiag · keyboard', () => {
  it('from each statement, Tab goes "Écouter", the four answers, "Retour", "Passer": an answer is at most 5 Tabs and Enter away', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    await click(el, 'Commencer');
    for (let item = 0; item < 2; item++) {
      expect(focused(el)).toBe(q(el, '#statement'));
      const stops: string[] = [];
      for (let i = 0; i < 7; i++) {
        await userEvent.keyboard('{Tab}');
        stops.push(norm(focused(el)?.textContent));
      }
      expect(stops).toEqual(['Écouter', ...A, 'Retour', 'Passer']);
      await userEvent.keyboard('{Enter}'); // Passer
      await settle(el);
    }
    expect(text(el, '.qd-progress')).toBe('3 sur 4');
  });

  it('Tab to "Commencer", Enter; Tab to an answer, Enter: the focus follows each statement to the profile', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    button(el, 'Commencer').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#statement'));
    for (let i = 0; i < 4; i++) {
      let guard = 0;
      while (norm(focused(el)?.textContent) !== 'Seul(e)' && guard++ < 20)
        await userEvent.keyboard('{Tab}');
      await userEvent.keyboard('{Enter}');
      await settle(el);
    }
    expect(focused(el)).toBe(q(el, '#results-heading'));
    expect(profile(el).map((r) => r[1])).toEqual(['Je me débrouille', 'Je me débrouille']);
  });
});

describe('qd-autodiag · content loading and errors', () => {
  it('a wrong file shows the French problems (area of a statement unknown)', async () => {
    const c = clone(tinyDiag);
    c.items[0]!.area = 'mails';
    const el = await mount('qd-autodiag', c);
    expect(q(el, '[part="error"]')).not.toBeNull();
    expect(text(el, '[part="error"]')).toContain(
      "items[0].area : le domaine « mails » n'existe pas",
    );
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-autodiag · every content string stays text (XSS)', () => {
  it('on the first screen, the statements, the results (easy-read too), the advisor notes and the staff panel', async () => {
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const keep = new Set(['id', 'area', 'maxLevel', 'icon', 'lang', 'phone', 'email', 'url']);
    const poison = (v: unknown, key = ''): unknown =>
      typeof v === 'string'
        ? keep.has(key)
          ? v
          : `${v}${evil}`
        : Array.isArray(v)
          ? v.map((x) => poison(x, key))
          : v && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)]))
            : v;
    const c = clone(tinyDiag) as AutodiagContentInput;
    c.answers = [...A];
    c.easyDescription = 'Facile';
    c.areas[0]!.easy = 'Courriels';
    c.areas[0]!.easyDescription = 'Lire.';
    c.levels[0]!.easy = 'Je commence';
    c.levels[0]!.easyMessage = 'Bien.';
    c.recommendations![0]!.workshop.easy = 'Un atelier.';
    c.items[1]!.answers = ['Jamais', 'Parfois', 'Souvent', 'Toujours'];
    const el = await mount('qd-autodiag', poison(c), {
      advisor: '',
      storage: 'local',
      'staff-pin': '1',
    });
    const clean = () => {
      expect(qa(el, 'img, script, [onerror]')).toEqual([]);
      expect((window as { pwned?: number }).pwned).toBeUndefined();
    };
    expect(text(el, 'h2')).toBe(`Le petit bilan${evil}`);
    expect(text(el, '[part="intro"]')).toContain(`Quatre phrases pour les tests.${evil}`);
    clean();
    await click(el, 'Commencer');
    expect(text(el, '#statement')).toBe(`Je sais lire un e-mail${evil}`);
    expect(answerTexts(el)[0]).toBe(`Je ne sais pas${evil}`);
    clean();
    await answer(el, 2);
    expect(answerTexts(el)[3]).toBe(`Toujours${evil}`);
    clean();
    for (const a of [0, 0, 0]) await answer(el, a);
    expect(workshops(el)[0]).toBe(`Ma boîte e-mail${evil}`);
    expect(text(el, 'label[for="note-courriel"]')).toContain(`Les e-mails${evil}`);
    clean();
    await click(el, 'Facile à lire');
    expect(profile(el)[0]![1]).toBe(`Je commence${evil} Bien.${evil}`);
    clean();
    await click(el, 'Nouvelle personne');
    await click(el, 'Espace équipe');
    q<HTMLInputElement>(el, '#pin')!.value = '1';
    await click(el, 'Ouvrir');
    expect(text(el, '[part="staff"] tbody')).toContain(`Les e-mails${evil}`);
    clean();
  });
});

describe('qd-autodiag · the samples', () => {
  it.each(Object.entries(samples))(
    '%s: playable to the end by touch, with workshops for a beginner',
    async (_n, s) => {
      const el = await mount('qd-autodiag', s);
      await click(el, 'Commencer');
      const total = s.items.length;
      expect(text(el, '.qd-progress')).toBe(`1 sur ${total}`);
      for (let i = 0; i < total; i++) await answer(el, 0);
      expect(profile(el)).toHaveLength(5);
      expect(profile(el).every((r) => r[1]!.startsWith('Je découvre'))).toBe(true);
      expect(workshops(el).length).toBeGreaterThanOrEqual(5);
    },
  );
});

describe('qd-autodiag · languages', () => {
  it('Arabic page: right to left, Arabic interface, the statements in their own language', async () => {
    document.documentElement.lang = 'ar';
    try {
      const el = await mount('qd-autodiag', tinyDiag);
      expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
      expect(q(el, '.qd-autodiag')!.getAttribute('lang')).toBe('fr');
      await click(el, 'ابدأ');
      expect(text(el, '.qd-progress')).toBe('1 من 4');
      expect(text(el, '#answers-label')).toBe('إجابتك');
      expect(button(el, 'تخطَّ')).toBeTruthy();
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      document.documentElement.lang = 'fr';
    }
  });

  it('Arabic page: the results too, right to left, without violations', async () => {
    document.documentElement.lang = 'ar';
    try {
      const el = await mount('qd-autodiag', tinyDiag);
      await click(el, 'ابدأ');
      for (const a of [2, 0, null, 2]) {
        if (a === null) await click(el, 'تخطَّ');
        else await answer(el, a);
      }
      expect(text(el, '#results-heading')).toBe('ملفي');
      expect(focused(el)).toBe(q(el, '#results-heading'));
      expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
      expect(button(el, 'اطبع الورقة')).toBeTruthy();
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      document.documentElement.lang = 'fr';
    }
  });

  it.each(['fr', 'ar'])(
    '%s: no horizontal scrolling at 320 px on any screen, every button at least 24 px',
    async (lang) => {
      document.documentElement.lang = lang;
      try {
        const el = await mount('qd-autodiag', samples.complet, { advisor: '' });
        el.style.display = 'block';
        el.style.width = '320px';
        const check = async () => {
          await settle(el);
          expect(q(el, '.qd-root')!.scrollWidth).toBeLessThanOrEqual(320);
          for (const b of qa(el, 'button')) {
            const r = b.getBoundingClientRect();
            expect(Math.min(r.width, r.height), norm(b.textContent)).toBeGreaterThanOrEqual(24);
          }
        };
        await check();
        qa<HTMLButtonElement>(el, '[part="intro"] .qd-button--primary')[0]!.click();
        await check();
        for (let i = 0; i < samples.complet.items.length; i++) await answer(el, i % 4);
        expect(q(el, '[part="results"]')).not.toBeNull();
        await check();
      } finally {
        document.documentElement.lang = 'fr';
      }
    },
  );

  it('English page: English interface', async () => {
    document.documentElement.lang = 'en';
    try {
      const el = await mount('qd-autodiag', tinyDiag);
      await click(el, 'Start');
      expect(text(el, '.qd-progress')).toBe('1 of 4');
      await click(el, 'Skip');
      expect(text(el, '.qd-progress')).toBe('2 of 4');
    } finally {
      document.documentElement.lang = 'fr';
    }
  });
});
