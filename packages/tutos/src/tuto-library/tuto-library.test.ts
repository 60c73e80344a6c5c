import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { TutoOpenDetail } from '../index.js';
import { clone, libraryIndex } from '../fixtures.js';
import type { LibraryIndexInput } from '../schema.js';
import { HIDDEN_URLS } from '../xss.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  events,
  focused,
  mount,
  q,
  qa,
  settle,
  text,
  tick,
} from '@quartiers-douai/kit-scripts/testing';
import '../define-library.js';

const library = (content: unknown = libraryIndex, attrs: Record<string, string> = {}) =>
  mount('qd-tuto-library', content, attrs);
const titles = (el: Element) => qa(el, '[part="entry"] h3').map((h) => h.textContent?.trim());
const count = (el: Element) => text(el, '.qd-library__count');

async function search(el: HTMLElement, words: string) {
  const input = q<HTMLInputElement>(el, '#q')!;
  input.value = words;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

afterEach(cleanup);

describe('qd-tuto-library · defaults', () => {
  it('lists every tutorial of the index, with its level, duration, summary and topics, each title a link', async () => {
    const el = await library();
    expect(text(el, 'h2')).toBe('Les tutos du centre');
    expect(titles(el)).toHaveLength(5);
    expect(count(el)).toBe('5 tutos');
    expect(q(el, '.qd-library__count')!.getAttribute('role')).toBe('status');
    const first = q(el, '[part="entry"]')!;
    expect(first.querySelector('a')!.getAttribute('href')).toBe('/tutos/scanner-un-document/');
    expect(first.querySelector('.qd-library__meta')!.textContent).toBe('débutant · environ 10 min');
    expect(first.textContent).toContain('Thèmes : téléphone, démarches, PDF');
  });

  it('offers each topic once, alphabetically, as checkboxes in a fieldset « Thèmes »', async () => {
    const el = await library();
    expect(text(el, 'legend')).toBe('Thèmes');
    expect(qa(el, 'fieldset label').map((l) => l.textContent?.trim())).toEqual([
      'arnaques',
      'démarches',
      'e-mail',
      'famille',
      'ordinateur',
      'PDF',
      'sécurité',
      'téléphone',
      'WhatsApp',
    ]);
    expect(qa(el, 'fieldset input[type="checkbox"]')).toHaveLength(9);
  });
});

describe('qd-tuto-library · search', () => {
  it('ignores accents, case, hyphens: « telephone », « EMAIL », « reconnaitre »', async () => {
    const el = await library();
    await search(el, 'telephone');
    expect(titles(el)).toEqual([
      'Scanner un document avec son téléphone',
      'Faire un appel vidéo',
      'Reconnaître un SMS frauduleux',
    ]);
    expect(count(el)).toBe('3 tutos');
    await search(el, 'EMAIL');
    expect(titles(el)).toEqual(['Créer une adresse e-mail', 'Envoyer une pièce jointe']);
    await search(el, 'reconnaitre sms');
    expect(titles(el)).toEqual(['Reconnaître un SMS frauduleux']);
    expect(count(el)).toBe('1 tuto');
  });

  it('topics: a tutorial with any ticked topic; with a search, both must hold', async () => {
    const el = await library();
    await tick(el, 'arnaques');
    expect(titles(el)).toEqual(['Reconnaître un SMS frauduleux']);
    await tick(el, 'famille');
    expect(titles(el)).toEqual(['Faire un appel vidéo', 'Reconnaître un SMS frauduleux']);
    await search(el, 'whatsapp');
    expect(titles(el)).toEqual(['Faire un appel vidéo']);
  });

  it('nothing found: says so, how to widen, and « Voir tous les tutos » resets and goes back to the field', async () => {
    const el = await library();
    await tick(el, 'PDF');
    await search(el, 'vidéo');
    expect(titles(el)).toEqual([]);
    expect(count(el)).toBe('0 tuto');
    expect(text(el, '[part="empty"]')).toContain('Aucun tuto ne correspond à votre recherche.');
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Voir tous les tutos');
    expect(titles(el)).toHaveLength(5);
    expect(q<HTMLInputElement>(el, '#q')!.value).toBe('');
    expect(qa<HTMLInputElement>(el, 'fieldset input').some((i) => i.checked)).toBe(false);
    expect(focused(el)).toBe(q(el, '#q'));
  });

  it('an empty library says so, without a search field', async () => {
    const el = await library({ ...clone(libraryIndex), tutorials: [] });
    expect(text(el)).toContain('Pas encore de tuto dans cette bibliothèque.');
    expect(q(el, '#q')).toBeNull();
  });
});

describe('qd-tuto-library · links and events', () => {
  const fileOnly = (): LibraryIndexInput => {
    const c = clone(libraryIndex);
    for (const e of c.tutorials) delete e.url;
    return c;
  };

  it('without page nor viewer, « Lire » fires qd-open with the file resolved against the index', async () => {
    const el = await library(fileOnly(), { src: '' });
    const opened = events<TutoOpenDetail>(el, 'qd-open');
    // Content given as a property: the file is relative to the page.
    el.src = undefined;
    await settle(el);
    await click(el, 'Lire : Faire un appel vidéo');
    expect(opened).toEqual([
      {
        src: new URL('../faire-un-appel-video.json', document.baseURI).href,
        title: 'Faire un appel vidéo',
        index: 1,
      },
    ]);
  });

  it('with `viewer`, the title links to the viewer page with ?src=', async () => {
    const el = await library(fileOnly(), { viewer: '/tutos/lire/' });
    const href = q(el, '[part="entry"] a')!.getAttribute('href')!;
    expect(href).toBe(
      `/tutos/lire/?src=${encodeURIComponent(new URL('../scanner-un-document.json', document.baseURI).href)}`,
    );
    expect(() => button(el, /^Lire/)).toThrow();
  });

  it('a `viewer` that is not a page of the site nor https is ignored', async () => {
    const el = await library(fileOnly(), { viewer: 'javascript:alert(1)' });
    expect(q(el, '[part="entry"] a')).toBeNull();
  });

  it('a `viewer` that hides a script or another site (control characters, spaces, case) is ignored', async () => {
    for (const viewer of HIDDEN_URLS) {
      const el = await library(fileOnly(), { viewer });
      expect(q(el, '[part="entry"] a'), JSON.stringify(viewer)).toBeNull();
      cleanup();
    }
  });

  it('an entry whose page or file hides a script or another site is refused: the French panel, no link', async () => {
    for (const bad of HIDDEN_URLS)
      for (const field of ['url', 'src'] as const) {
        const c = clone(libraryIndex);
        c.tutorials[0]![field] = bad;
        const el = await library(c);
        const why = `${field}: ${JSON.stringify(bad)}`;
        expect(el.contentStatus, why).toBe('invalid');
        expect(text(el, '[role="alert"]'), why).toContain(`tutorials[0].${field}`);
        // As the browser reads them, no address on screen runs a script nor leaves for another site.
        for (const a of qa<HTMLAnchorElement>(el, 'a[href]'))
          expect(
            a.origin === location.origin || a.protocol === 'https:',
            `${why} → ${a.href}`,
          ).toBe(true);
        expect((window as { __qdXss?: unknown }).__qdXss).toBeUndefined();
        cleanup();
      }
  });
});

describe('qd-tuto-library · keyboard', () => {
  it('Tab to the field, type, Tab to a topic, Space: the count is announced; Tab reaches the links', async () => {
    const el = await library();
    q<HTMLInputElement>(el, '#q')!.focus();
    await userEvent.keyboard('appel');
    await settle(el);
    expect(count(el)).toBe('1 tuto');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(q(el, 'fieldset input'));
    await userEvent.keyboard(' ');
    await settle(el);
    expect(count(el)).toBe('0 tuto');
    await userEvent.keyboard(' ');
    await settle(el);
    for (let i = 0; i < 12 && focused(el)?.localName !== 'a'; i++)
      await userEvent.keyboard('{Tab}');
    expect(focused(el)!.textContent).toBe('Faire un appel vidéo');
  });
});

// Every text of the index rendered as text (XSS): the library is one of the tutos' `extras` that
// the quality gates' gate 3 drives (tools/quality/src/xss.test.ts), payloads in every field.
describe('qd-tuto-library · accessibility (axe)', () => {
  it('no violation: the list, with a topic ticked, and a search', async () => {
    const el = await library();
    expect(await axeViolations(el)).toEqual([]);
    await tick(el, 'téléphone');
    await search(el, 'scanner');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-tuto-library · reflow', () => {
  it('at 320 px, in French and in Arabic: no horizontal scrolling, the field and the topics within the width', async () => {
    await page.viewport(320, 700);
    const wrap = document.createElement('div');
    document.body.append(wrap);
    try {
      for (const lang of ['fr', 'ar']) {
        wrap.lang = lang;
        const el = document.createElement('qd-tuto-library');
        el.content = clone(libraryIndex);
        wrap.replaceChildren(el);
        await settle(el);
        expect(titles(el)).toHaveLength(5);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
        const wide = qa(el, 'input, label, a, [part="entry"]')
          .filter((x) => x.getClientRects().length > 0)
          .filter(
            (x) => x.getBoundingClientRect().right > 320 || x.getBoundingClientRect().left < 0,
          )
          .map((x) => x.textContent?.trim().slice(0, 30) || x.localName);
        expect(wide, lang).toEqual([]);
      }
    } finally {
      wrap.remove();
      await page.viewport(1280, 800);
    }
  });
});

describe('qd-tuto-library · i18n / RTL', () => {
  it('in an Arabic page: right to left, Arabic labels', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'ar';
    document.body.append(wrap);
    try {
      const el = document.createElement('qd-tuto-library');
      el.content = clone(libraryIndex);
      wrap.append(el);
      await settle(el);
      expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
      expect(text(el, 'label[for="q"]')).toBe('ابحث عن درس');
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      wrap.remove();
    }
  });
});
