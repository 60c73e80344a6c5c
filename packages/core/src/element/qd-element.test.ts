import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { optionalBoolean } from './qd-element.js';
import { demoContent } from '../test/test-element.js';
import '../test/store-demo.js';
import {
  cleanup,
  deepActiveElement,
  expectNoAxeViolations,
  fakeSynth,
  loaded,
  mount,
  setPageLang,
  settle,
  shadow,
  stubFetch,
  stubSpeech,
  within,
} from '@quartiers-douai/kit-scripts/testing';

beforeEach(() => setPageLang('fr'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);

describe('QdContentElement › defaults', () => {
  it('nothing stored, no kiosk, easy-read and read-aloud left to the element, and a helpful empty panel', async () => {
    const el = await mount('qd-demo');
    expect(el.storage).toBe('none');
    expect(el.kioskTimeout).toBe(0);
    expect(el.easy).toBeUndefined();
    expect(el.readAloud).toBeUndefined();
    expect(el.contentStatus).toBe('empty');
    expect(el.data).toBeUndefined();
    expect(el.contentLang).toBe('fr');
    await expect
      .element(within(el).getByRole('heading', { name: 'Aucun contenu à afficher' }))
      .toBeVisible();
    expect(within(el).getByRole('alert').query()).toBeNull();
  });

  it('exposes the parts themes rely on', async () => {
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    expect(part(el, 'base')).not.toBeNull();
    expect(part(el, 'notice')!.getAttribute('role')).toBe('status');
  });
});

describe('QdContentElement › attributes', () => {
  it('optional booleans: present = true, "false" = false, absent = the element’s default', () => {
    expect(optionalBoolean.fromAttribute('')).toBe(true);
    expect(optionalBoolean.fromAttribute('true')).toBe(true);
    expect(optionalBoolean.fromAttribute('false')).toBe(false);
    expect(optionalBoolean.fromAttribute(null)).toBeUndefined();
    expect(optionalBoolean.toAttribute(undefined)).toBeNull();
    expect(optionalBoolean.toAttribute(false)).toBe('false');
  });

  it('reads src, storage, kiosk-timeout, easy and read-aloud from attributes', async () => {
    stubFetch();
    const el = await mount('qd-demo', (e) => {
      e.setAttribute('src', 'contenu.json');
      e.setAttribute('storage', 'local');
      e.setAttribute('kiosk-timeout', '120');
      e.setAttribute('easy', '');
      e.setAttribute('read-aloud', 'false');
    });
    expect([el.src, el.storage, el.kioskTimeout, el.easy, el.readAloud]).toEqual([
      'contenu.json',
      'local',
      120,
      true,
      false,
    ]);
  });

  it('contentLang follows the content', async () => {
    const el = await mount('qd-demo', (e) => (e.content = { ...demoContent, lang: 'ar' }));
    expect(el.contentLang).toBe('ar');
    expect(shadow(el).querySelector('article')!.lang).toBe('ar');
  });

  it('reload() fetches src again (the file was edited)', async () => {
    const fetch = stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'contenu.json'));
    fetch.last().respond(demoContent);
    await loaded(el);
    el.reload();
    expect(fetch.requests).toHaveLength(2);
    fetch.last().respond({ ...demoContent, title: 'Nouveau titre' });
    await loaded(el);
    await expect.element(within(el).getByRole('heading', { name: 'Nouveau titre' })).toBeVisible();
  });
});

describe('contentFileUrl() (files the content points to)', () => {
  it('by src, a relative path is read next to the JSON file; absolute and data: stay as they are', async () => {
    const fetch = stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'centre/tutos/tuto.json'));
    fetch.last().respond(demoContent);
    await loaded(el);
    expect(el.assetOf('images/photo.svg')).toBe(
      new URL('centre/tutos/images/photo.svg', document.baseURI).href,
    );
    expect(el.assetOf('../media/film.webm')).toBe(
      new URL('centre/media/film.webm', document.baseURI).href,
    );
    expect(el.assetOf('https://exemple.fr/a.png')).toBe('https://exemple.fr/a.png');
    expect(el.assetOf('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
  });

  it('given as a property (or inline), a relative path is read against the page', async () => {
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    expect(el.assetOf('images/photo.svg')).toBe(new URL('images/photo.svg', document.baseURI).href);
  });
});

describe('QdContentElement › storage helpers', () => {
  it('saves in the area chosen by the storage attribute, and gives it back to the next visit', async () => {
    const el = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    expect(el.resumed).toBeUndefined();
    expect(el.saveProgress(3)).toEqual({ ok: true });
    expect(localStorage.getItem('qd:demo-progress:accueil')).toContain('"step":3');
    expect(sessionStorage.getItem('qd:demo-progress:accueil')).toBeNull();
    cleanup();
    const next = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    expect(next.resumed).toEqual({ step: 3 });
    await expect
      .element(within(next).getByRole('heading', { name: demoContent.title }))
      .toBeVisible();
  });

  it('storage="none" (the default): no store, nothing written', async () => {
    const el = await mount('qd-store-demo', (e) => (e.content = demoContent));
    expect(el.progress).toBeUndefined();
    expect(el.saveProgress(1)).toBeUndefined();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('qd:'))).toEqual([]);
  });

  it('the storage area changes: the store follows it', async () => {
    const el = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    el.storage = 'session';
    el.reload();
    await el.updateComplete;
    expect(el.saveProgress(2)).toEqual({ ok: true });
    expect(sessionStorage.getItem('qd:demo-progress:accueil')).toContain('"step":2');
    expect(localStorage.getItem('qd:demo-progress:accueil')).toBeNull();
  });

  it('damaged saved data: a status message says it was set aside', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('qd:demo-progress:accueil', '{abîmé');
    const el = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    expect(el.resumed).toBeUndefined();
    expect(Object.keys(localStorage).some((k) => k.startsWith('qd:quarantine:demo-progress'))).toBe(
      true,
    );
    await expect
      .element(
        within(el)
          .getByRole('status')
          .filter({ hasText: 'Des données enregistrées sur cet appareil étaient abîmées' }),
      )
      .toBeVisible();
  });

  it('data set aside: « Effacer mes données » keeps it; the data tools name it, offer its download, then erase exactly it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    localStorage.setItem('qd:demo-progress:accueil', '{abîmé');
    const otherCopy = 'qd:quarantine:quiz-progress:autre:1';
    localStorage.setItem(otherCopy, '{pas sur cette page');
    const el = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    const copies = () => Object.keys(localStorage).filter((k) => k.startsWith('qd:quarantine:'));
    const [copy] = copies().filter((k) => k !== otherCopy);
    expect(copy).toMatch(/^qd:quarantine:demo-progress:accueil:\d+$/);
    const file = `${copy!.slice('qd:quarantine:'.length).replace(/:/g, '-')}-abime.json`;

    await within(el).getByRole('button', { name: 'Effacer mes données' }).click();
    await settle(el);
    expect(localStorage.getItem(copy!)).toBe('{abîmé');
    const group = within(el).getByRole('group', { name: 'Données abîmées mises de côté' });
    await expect.element(group).toBeVisible();
    expect(group.element().textContent).toContain('ne les efface pas');

    const saved: Array<{ name: string; text: Promise<string> }> = [];
    const create = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = create.mock.calls.at(-1)![0] as Blob;
      saved.push({ name: this.download, text: blob.text() });
    });
    await within(el)
      .getByRole('button', { name: `Télécharger ${file}` })
      .click();
    expect(saved.map((f) => f.name)).toEqual([file]);
    expect(await saved[0]!.text).toBe('{abîmé');

    await within(el)
      .getByRole('button', { name: 'Effacer les données abîmées de cet appareil' })
      .click();
    await settle(el);
    expect(copies()).toEqual([otherCopy]); // exactly the copy named, not another page's
    expect(within(el).getByRole('group', { name: 'Données abîmées mises de côté' }).query()).toBe(
      null,
    );
    await expect
      .element(
        within(el)
          .getByRole('status')
          .filter({ hasText: 'Les données abîmées ont été effacées de cet appareil.' }),
      )
      .toBeVisible();
    expect(deepActiveElement()?.textContent?.trim()).toBe('Télécharger mes données');
  });

  it('damaged data a full device cannot set aside: kept in place, offered in the data tools, never saved over', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const key = 'qd:demo-progress:accueil';
    localStorage.setItem(key, '{abîmé');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      k: string,
      v: string,
    ) {
      if (k.startsWith('qd:quarantine:')) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, k, v);
    });
    const el = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    await expect
      .element(
        within(el)
          .getByRole('status')
          .filter({ hasText: 'étaient abîmées : elles sont gardées, mais pas utilisées.' }),
      )
      .toBeVisible();
    const group = within(el).getByRole('group', { name: 'Données abîmées mises de côté' });
    expect(group.element().textContent).toContain(
      "L'appareil n'avait plus de place pour en mettre de côté une copie : elles restent à leur place",
    );
    await expect
      .element(
        within(el).getByRole('button', { name: 'Télécharger demo-progress-accueil-abime.json' }),
      )
      .toBeVisible();

    expect(el.saveProgress(4)).toEqual({ ok: false, reason: 'held' });
    expect(localStorage.getItem(key)).toBe('{abîmé');
    await expect
      .element(within(el).getByRole('status').filter({ hasText: "L'appareil n'a plus de place" }))
      .toBeVisible();

    await within(el)
      .getByRole('button', { name: 'Effacer les données abîmées de cet appareil' })
      .click();
    expect(localStorage.getItem(key)).toBeNull();
    expect(el.saveProgress(4)).toEqual({ ok: true });
  });

  it('a full device: a status message says answers are not saved', async () => {
    const el = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(el.saveProgress(1)).toEqual({ ok: false, reason: 'quota' });
    await expect
      .element(within(el).getByRole('status').filter({ hasText: "L'appareil n'a plus de place" }))
      .toBeVisible();
  });
});

describe('QdContentElement › accessibility (axe, WCAG 2.2 A/AA)', () => {
  it('error panel (invalid content)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount(
      'qd-demo',
      (e) => (e.content = { ...demoContent, title: '', paragraphs: Array(12).fill('') }),
    );
    await expect.element(within(el).getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(el);
  });

  it('fetch-error panel', async () => {
    const fetch = stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'introuvable.json'));
    fetch.last().respond('', 404);
    await loaded(el);
    await expect.element(within(el).getByRole('button', { name: 'Réessayer' })).toBeVisible();
    await expectNoAxeViolations(el);
  });

  it('loading state', async () => {
    stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'lent.json'));
    await expectNoAxeViolations(el);
  });

  it('content with the read-aloud button, pressed and not', async () => {
    stubSpeech(fakeSynth());
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.content = demoContent;
    });
    const button = within(el).getByRole('button', { name: 'Écouter' });
    await expect.element(button).toBeVisible();
    await expectNoAxeViolations(el);
    await button.click();
    await settle(el);
    await expectNoAxeViolations(el);
  });

  it('Arabic, right to left, with the empty panel', async () => {
    const el = await mount('qd-demo', (e) => (e.lang = 'ar'));
    await expectNoAxeViolations(el);
  });

  it('the axe runner does find violations (it is not a no-op)', async () => {
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    const button = document.createElement('button'); // no accessible name
    shadow(el).querySelector('article')!.append(button);
    await expect(expectNoAxeViolations(el)).rejects.toThrow(/button-name/);
  });
});
