import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { eraseAllKitData } from '@quartiers-douai/core';
import { clone, samples, tinyFestival } from '../fixtures.js';
import type { VoteDetail } from './vote.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  events,
  focused,
  foreignElements,
  mount,
  norm,
  parseCsv,
  PAYLOADS,
  q,
  qa,
  settle,
  text,
  until,
  leaveAlone,
} from '@quartiers-douai/kit-scripts/testing';
import '../define-audience-vote.js';

/** A vote on a page that takes every vote (`collect="event"` + preventDefault, ADR 0018). */
const vote = (attrs: Record<string, string> = {}, content: unknown = tinyFestival) =>
  mount('qd-audience-vote', content, { collect: 'event', ...attrs }, (el) =>
    el.addEventListener('qd-vote', (e) => e.preventDefault()),
  );
/** A vote as the test's markup gives it, nothing more. */
const bare = (attrs: Record<string, string> = {}) => mount('qd-audience-vote', tinyFestival, attrs);
/** The author's explanation, once its file has come. */
async function explanation(el: HTMLElement): Promise<HTMLElement> {
  for (let i = 0; i < 30 && !q(el, '[role="alert"] h2'); i++) await settle(el);
  return q<HTMLElement>(el, '[role="alert"]')!;
}

async function choose(el: HTMLElement, title: string) {
  const label = qa(el, '.qd-choice').find((l) => l.textContent!.includes(title))!;
  label.querySelector('input')!.click();
  await settle(el);
}

const KEY = 'qd:film-votes:petit-festival';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('qd-audience-vote · a destination for every vote (nothing thanked and dropped)', () => {
  it('a personal device without collect: the author is told what to add, no vote is offered', async () => {
    const el = await bare();
    const panel = await explanation(el);
    expect(panel.querySelector('h2')!.textContent).toBe(
      'Réglage manquant : où garder les votes du public ?',
    );
    expect([...panel.querySelectorAll('li code')].map((c) => c.textContent)).toEqual([
      'kiosk storage="local" staff-pin="…"',
      'collect="event"',
      'collect="demo"',
    ]);
    expect(qa(el, 'button').map((b) => norm(b.textContent))).not.toContain('Voter');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('a kiosk without storage="local" would lose its count at the first reload: the author is told', async () => {
    const el = await bare({ kiosk: '' });
    const panel = await explanation(el);
    expect(panel.querySelector('li code')!.textContent).toBe('storage="local"');
    expect(norm(panel.textContent)).toContain('sans cela il disparaîtrait au premier rechargement');
  });

  it('collect="demo" says it on the vote and on the thank-you screen', async () => {
    const el = await bare({ collect: 'demo' });
    expect(text(el, '[part="demo"]')).toBe('Démonstration : les votes ne sont pas gardés.');
    await choose(el, 'Film B');
    await click(el, 'Voter');
    expect(text(el, '[part="thanks"]')).toContain('Démonstration : les votes ne sont pas gardés.');
    expect(text(el, '[part="thanks"]')).not.toContain('est compté');
  });

  it('collect="event": a vote no listener took is not thanked; the choice stays and the person is told', async () => {
    const el = await bare({ collect: 'event' });
    const seen = events<VoteDetail>(el, 'qd-vote'); // listens, does not take it
    await choose(el, 'Film B');
    await click(el, 'Voter');
    expect(seen).toEqual([{ festival: 'petit-festival', film: 'b' }]);
    expect(q(el, '[part="thanks"]')).toBeNull();
    expect(text(el, '[role="alert"]')).toBe(
      'Votre vote n’a pas été gardé : le site ne l’a pas pris. Votre choix reste là ; prévenez l’équipe.',
    );
    expect(q<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value).toBe('b');
    expect(focused(el)).toBe(q(el, 'input[type="radio"]:checked'));
  });
});

describe('qd-audience-vote · voting', () => {
  it('the films as one labelled radio group, and "Voter"', async () => {
    const el = await vote();
    expect(text(el, 'h2')).toBe('Prix du public : Le petit festival');
    expect(text(el, 'legend')).toBe('Votez pour votre film préféré');
    expect(qa(el, 'fieldset input[type="radio"]')).toHaveLength(3);
    expect(qa(el, '.qd-choice').map((l) => norm(l.textContent))).toEqual([
      'Film A Fiction · Centre Nord',
      'Film B Documentaire · Centre Sud',
      'Film C Fiction · Centre Nord',
    ]);
    expect(
      qa<HTMLImageElement>(el, '.qd-choice img').every((i) => i.alt === '' && i.loading === 'lazy'),
    ).toBe(true);
    expect(button(el, 'Voter').type).toBe('submit');
    expect(q(el, '.qd-staff-button')).toBeNull();
  });

  it('"Voter" with nothing chosen: an alert tied to the group, focus on the first film', async () => {
    const el = await vote();
    await click(el, 'Voter');
    expect(text(el, '[role="alert"]')).toBe('Choisissez un film avant de voter.');
    expect(q(el, 'fieldset')!.getAttribute('aria-describedby')).toBe('vote-error');
    expect(focused(el)).toBe(q(el, 'input[type="radio"]'));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('a vote: the event, the thank-you screen, focus on it; personal device without storage keeps nothing', async () => {
    const el = await vote();
    const votes = events<VoteDetail>(el, 'qd-vote');
    await choose(el, 'Film B');
    await click(el, 'Voter');
    expect(votes).toEqual([{ festival: 'petit-festival', film: 'b' }]);
    expect(text(el, '#thanks')).toBe('Merci pour votre vote !');
    expect(text(el, '[part="thanks"]')).toContain('Votre vote pour « Film B » est compté.');
    expect(focused(el)).toBe(q(el, '#thanks'));
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('keyboard: arrows choose a film, Enter votes', async () => {
    const el = await vote();
    const votes = events<VoteDetail>(el, 'qd-vote');
    q<HTMLInputElement>(el, 'input[type="radio"]')!.focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(votes).toEqual([{ festival: 'petit-festival', film: 'b' }]);
  });
});

describe('qd-audience-vote · one vote per device (courtesy guard)', () => {
  it('storage="local": the device remembers it voted; "Effacer mes données" forgets', async () => {
    const el = await vote({ storage: 'local' });
    await choose(el, 'Film A');
    await click(el, 'Voter');
    expect(JSON.parse(localStorage.getItem('qd:film-voted:petit-festival')!).data).toEqual({
      voted: true,
    });
    el.remove();
    const again = await vote({ storage: 'local' });
    expect(text(again, '#voted')).toBe('Vous avez déjà voté sur cet appareil. Merci !');
    expect(q(again, 'fieldset')).toBeNull();
    expect(await axeViolations(again)).toEqual([]);
    await click(again, 'Effacer mes données');
    expect(localStorage.getItem('qd:film-voted:petit-festival')).toBeNull();
    expect(q(again, 'fieldset')).not.toBeNull();
  });

  it('a kiosk never remembers who voted, even with storage', async () => {
    const el = await vote({ kiosk: '', storage: 'local', 'reset-delay': '0' });
    await choose(el, 'Film A');
    await click(el, 'Voter');
    expect(localStorage.getItem('qd:film-voted:petit-festival')).toBeNull();
    await click(el, 'Au suivant');
    expect(q(el, 'fieldset')).not.toBeNull();
  });
});

describe('qd-audience-vote · kiosk', () => {
  it('each vote is counted on the tablet (the centre’s), the screen resets for the next person', async () => {
    const el = await vote({ kiosk: '', storage: 'local', 'reset-delay': '0' });
    for (const film of ['Film A', 'Film C', 'Film A']) {
      await choose(el, film);
      await click(el, 'Voter');
      expect(text(el, '#thanks')).toBe('Merci pour votre vote !');
      await click(el, 'Au suivant');
      expect(focused(el)).toBe(q(el, '#title'));
      expect(qa<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).toBe(false);
    }
    const raw = JSON.parse(localStorage.getItem(KEY)!);
    expect(raw.owner).toBe('centre');
    expect(raw.data).toEqual({ votes: { a: 2, c: 1 } });
    // A resident's « Effacer mes données » (another element on the tablet) leaves the ballot box.
    eraseAllKitData();
    expect(localStorage.getItem(KEY)).not.toBeNull();
  });

  it('the thank-you screen goes back to the vote by itself after reset-delay seconds', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await vote({ kiosk: '', 'reset-delay': '3' });
    await choose(el, 'Film B');
    await click(el, 'Voter');
    expect(text(el, '[part="thanks"]')).toContain('L’écran revient au vote dans 3 secondes.');
    vi.advanceTimersByTime(1000);
    await settle(el);
    expect(text(el, '[part="thanks"]')).toContain('dans 2 secondes');
    vi.advanceTimersByTime(2000);
    await settle(el);
    expect(q(el, '[part="thanks"]')).toBeNull();
    expect(q(el, 'fieldset')).not.toBeNull();
  });

  it('"Rester sur cet écran" stops the countdown (WCAG 2.2.1: no timer without a way out)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const el = await vote({ kiosk: '', 'reset-delay': '3' });
    await choose(el, 'Film B');
    await click(el, 'Voter');
    expect(text(el, '[part="thanks"]')).toContain('L’écran revient au vote dans 3 secondes.');
    await click(el, 'Rester sur cet écran');
    expect(focused(el)).toBe(q(el, '#thanks'));
    expect(text(el, '[part="thanks"]')).not.toContain('L’écran revient au vote');
    expect(() => button(el, 'Rester sur cet écran')).toThrow();
    vi.advanceTimersByTime(10_000);
    await settle(el);
    expect(text(el, '#thanks')).toBe('Merci pour votre vote !');
    expect(q(el, 'fieldset')).toBeNull();
    await click(el, 'Au suivant');
    expect(q(el, 'fieldset')).not.toBeNull();
    expect(focused(el)).toBe(q(el, '#title'));
  });

  it('by default the thank-you screen counts down from 20 seconds, enough to stop it', async () => {
    const el = await vote({ kiosk: '' });
    await choose(el, 'Film C');
    await click(el, 'Voter');
    expect(text(el, '[part="thanks"]')).toContain('L’écran revient au vote dans 20 secondes.');
    expect(button(el, 'Rester sur cet écran')).toBeTruthy();
  });

  it('reset-delay="0": no countdown and nothing to stop, the screen waits for "Au suivant"', async () => {
    const el = await vote({ kiosk: '', 'reset-delay': '0' });
    await choose(el, 'Film A');
    await click(el, 'Voter');
    expect(text(el, '[part="thanks"]')).not.toContain('L’écran revient au vote');
    expect(() => button(el, 'Rester sur cet écran')).toThrow();
    expect(button(el, 'Au suivant')).toBeTruthy();
  });

  it('inactivity (core kiosk): the screen resets and says so; default 90 s in kiosk mode', async () => {
    const el = await vote({ kiosk: '', 'kiosk-timeout': '40' });
    // Kiosk mode without a delay: 90 s, so the warning after 60 s of nothing.
    const plain = await vote({ kiosk: '' });
    await choose(el, 'Film B');
    // 10 s, then the warning's 30 s.
    await leaveAlone(el, 10);
    expect(text(el, '[role="alert"]')).toBe(
      "Personne n'utilise l'écran ? Il sera remis à zéro dans 30 secondes.",
    );
    await leaveAlone(el, 30);
    expect(qa<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).toBe(false);
    expect(text(el, '[role="status"]')).toBe(
      "L'écran a été remis à zéro pour la personne suivante.",
    );
    plain.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Shift', bubbles: true, composed: true }),
    );
    await leaveAlone(plain, 59);
    expect(q(plain, '[role="alert"]')).toBeNull();
    await leaveAlone(plain, 1);
    expect(text(plain, '[role="alert"]')).toBe(
      "Personne n'utilise l'écran ? Il sera remis à zéro dans 30 secondes.",
    );
  });

  it('staff area behind the code: wrong code refused; the count, CSV and JSON downloads, emptying', async () => {
    const saved: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      const u = create.call(URL, b as Blob);
      blobs.set(u, b as Blob);
      return u;
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    });
    const el = await vote({ kiosk: '', storage: 'local', 'reset-delay': '0', 'staff-pin': '2468' });
    for (const film of ['Film C', 'Film C', 'Film A']) {
      await choose(el, film);
      await click(el, 'Voter');
      await click(el, 'Au suivant');
    }
    await click(el, 'Espace de l’équipe');
    const pin = q<HTMLInputElement>(el, '#pin')!;
    expect(focused(el)).toBe(pin);
    expect(pin.type).toBe('password');
    pin.value = '1111';
    await click(el, 'Ouvrir');
    expect(text(el, '#pin-error')).toBe('Ce code n’est pas le bon.');
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
    q<HTMLInputElement>(el, '#pin')!.value = '2468';
    await click(el, 'Ouvrir');
    await until(() => q(el, '[part="staff"]') !== null, 'the staff area');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#staff-heading'));
    expect(text(el, 'caption')).toBe('3 votes en tout');
    expect(qa(el, 'tbody tr').map((r) => norm(r.textContent))).toEqual([
      'Film C 2',
      'Film A 1',
      'Film B 0',
    ]);
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Télécharger le décompte (CSV)');
    await click(el, 'Télécharger le décompte (JSON)');
    expect(saved.map((s) => s.name)).toEqual([
      'vote-public-petit-festival.csv',
      'vote-public-petit-festival.json',
    ]);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    expect(await saved[0]!.blob.text()).toBe('Film;Votes\r\nFilm C;2\r\nFilm A;1\r\nFilm B;0\r\n');
    expect(JSON.parse(await saved[1]!.blob.text())).toEqual({
      festival: 'petit-festival',
      title: 'Le petit festival',
      total: 3,
      votes: [
        { film: 'c', title: 'Film C', votes: 2 },
        { film: 'a', title: 'Film A', votes: 1 },
        { film: 'b', title: 'Film B', votes: 0 },
      ],
    });
    await click(el, 'Vider l’urne');
    expect(text(el, '#confirm-empty')).toBe(
      'Vider l’urne ? Téléchargez d’abord le décompte : les votes ne pourront pas être récupérés.',
    );
    expect(focused(el)).toBe(q(el, '#confirm-empty'));
    expect(localStorage.getItem(KEY)).not.toBeNull();
    await click(el, 'Oui, vider l’urne (les votes seront perdus)');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(text(el, 'caption')).toBe('0 vote en tout');
    await click(el, 'Fermer l’espace de l’équipe');
    expect(q(el, 'fieldset')).not.toBeNull();
  });
});

describe('qd-audience-vote · the count’s CSV', () => {
  it('a film title that looks like a formula is written as text (apostrophe first); the votes stay numbers', async () => {
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const f = clone(tinyFestival);
    f.films[0]!.title = '=HYPERLINK("http://x.test";"Cliquez")';
    f.films[1]!.title = '- plus de bancs';
    const el = await vote(
      { kiosk: '', storage: 'local', 'reset-delay': '0', 'staff-pin': '2468' },
      f,
    );
    await choose(el, '=HYPERLINK');
    await click(el, 'Voter');
    await click(el, 'Au suivant');
    await click(el, 'Espace de l’équipe');
    q<HTMLInputElement>(el, '#pin')!.value = '2468';
    await click(el, 'Ouvrir');
    await until(() => q(el, '[part="staff"]') !== null, 'the staff area');
    await settle(el);
    await click(el, 'Télécharger le décompte (CSV)');
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain('\r\n"\'=HYPERLINK(""http://x.test"";""Cliquez"")";1\r\n');
    expect(parseCsv(csv, ';')).toEqual([
      ['Film', 'Votes'],
      [`'=HYPERLINK("http://x.test";"Cliquez")`, '1'],
      ["'- plus de bancs", '0'],
      ['Film C', '0'],
    ]);
  });
});

describe('qd-audience-vote · XSS, axe, i18n', () => {
  it.each(PAYLOADS)('%s in the festival and film texts shows as text', async (payload) => {
    const f = clone(tinyFestival);
    f.title = payload;
    f.categories[0]!.label = payload;
    for (const film of f.films) {
      film.title = payload;
      film.centre = payload;
    }
    const el = await vote({ kiosk: '', 'reset-delay': '0' }, f);
    expect(text(el, 'h2')).toBe(`Prix du public : ${payload}`);
    await choose(el, payload);
    await click(el, 'Voter');
    expect(text(el, '[part="thanks"]')).toContain(payload);
    const allowed = [
      'div',
      'h2',
      'h3',
      'p',
      'form',
      'fieldset',
      'legend',
      'ul',
      'li',
      'label',
      'input',
      'img',
      'span',
      'button',
    ];
    expect(foreignElements(el, allowed)).toEqual([]);
    // The staff area shows the same titles in its table.
    await click(el, 'Au suivant');
    await click(el, 'Espace de l’équipe');
    await until(() => q(el, '[part="staff"]') !== null, 'the staff area');
    expect(qa(el, 'tbody th').map((th) => th.textContent!.trim())).toEqual([
      payload,
      payload,
      payload,
    ]);
    // (the staff panel is core's, in an element of its own without a shadow root)
    const table = [
      'qd-audience-vote-staff',
      'section',
      'table',
      'caption',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
    ];
    expect(foreignElements(el, [...allowed, ...table])).toEqual([]);
    expect((window as { __qdXss?: unknown }).__qdXss).toBeUndefined();
  });

  it('sample festival, kiosk: vote, thanks: no violation', async () => {
    const el = await vote({ kiosk: '', 'reset-delay': '5' }, samples.festival);
    expect(await axeViolations(el)).toEqual([]);
    await choose(el, 'Le vélo de Nour');
    await click(el, 'Voter');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('Arabic: right to left, Arabic labels; English', async () => {
    const el = await vote({ lang: 'ar' });
    await until(() => text(el).includes('صوّت لفيلمك المفضل'), 'Arabic');
    expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
    expect(await axeViolations(el)).toEqual([]);
    const kiosk = await vote({ lang: 'ar', kiosk: '', 'reset-delay': '60' });
    await until(() => text(kiosk).includes('صوّت لفيلمك المفضل'), 'Arabic kiosk');
    await choose(kiosk, 'Film A');
    await click(kiosk, 'صوّت');
    expect(button(kiosk, 'البقاء على هذه الشاشة')).toBeTruthy();
    expect(await axeViolations(kiosk)).toEqual([]);
    const en = await vote({ lang: 'en' });
    await until(() => text(en).includes('Vote for your favourite film'), 'English');
  });
});

describe('qd-audience-vote · reflow at 320 px', () => {
  it('the list of films fits 320 px', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '320px';
    document.body.append(wrap);
    const el = document.createElement('qd-audience-vote');
    el.setAttribute('collect', 'demo');
    el.content = clone(samples.festival);
    wrap.append(el);
    await settle(el);
    expect(q(el, '.qd-vote')!.scrollWidth).toBeLessThanOrEqual(320);
    wrap.remove();
  });
});
