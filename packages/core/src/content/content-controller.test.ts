import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SLOW_LOADING_MS, type ContentSpec } from './content-controller.js';
import { QdDemo, demoContent, type DemoContent } from '../test/test-element.js';
import {
  cleanup,
  flushPromises,
  loaded,
  mount,
  mountHtml,
  setPageLang,
  settle,
  shadow,
  stubFetch,
  textOf,
  within,
} from '@quartiers-douai/kit-scripts/testing';

beforeEach(() => setPageLang('fr'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const otherContent: DemoContent = {
  ...demoContent,
  title: 'Atelier cuisine du mardi',
  paragraphs: ['Inscription à l’accueil.'],
};

/** The rendered markup without Lit's comment markers. */
const markup = (el: QdDemo) =>
  shadow(el)
    .querySelector('[part="base"]')!
    .innerHTML.replace(/<!--[^]*?-->/g, '');
const inlineJson = (value: unknown) =>
  `<script type="application/json">${JSON.stringify(value)}</script>`;
const heading = (el: Element, name: string | RegExp) => within(el).getByRole('heading', { name });
const quietConsole = () => ({
  error: vi.spyOn(console, 'error').mockImplementation(() => {}),
  warn: vi.spyOn(console, 'warn').mockImplementation(() => {}),
});

describe('content loading › three ways, one result', () => {
  it('renders content given as a property', async () => {
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
    expect(el.contentStatus).toBe('ready');
  });

  it('the content property, the src attribute and an inline JSON child render the same thing', async () => {
    const fromProperty = await mount('qd-demo', (e) => (e.content = demoContent));

    const fetch = stubFetch();
    const fromSrc = await mount('qd-demo', (e) => e.setAttribute('src', 'contenus/accueil.json'));
    expect(fetch.last().url).toMatch(/\/contenus\/accueil\.json$/);
    fetch.last().respond(demoContent);
    await loaded(fromSrc);

    const fromInline = await mountHtml<QdDemo>(`<qd-demo>${inlineJson(demoContent)}</qd-demo>`);

    for (const el of [fromProperty, fromSrc, fromInline]) expect(el.contentStatus).toBe('ready');
    expect(markup(fromProperty)).toContain('Bienvenue au centre social');
    expect(markup(fromSrc)).toBe(markup(fromProperty));
    expect(markup(fromInline)).toBe(markup(fromProperty));
  });

  it('tells where the content came from in qd-content-ready (a lifecycle event: it does not bubble)', async () => {
    const sources: string[] = [];
    const bubbled: Event[] = [];
    const capture = (e: Event) =>
      sources.push((e as CustomEvent<{ source: string }>).detail.source);
    const bubble = (e: Event) => bubbled.push(e);
    document.addEventListener('qd-content-ready', capture, { capture: true });
    document.addEventListener('qd-content-ready', bubble);
    try {
      await mount('qd-demo', (e) => (e.content = demoContent));
      const fetch = stubFetch();
      const fromSrc = await mount('qd-demo', (e) => (e.src = 'accueil.json'));
      fetch.last().respond(demoContent);
      await loaded(fromSrc);
      await mountHtml(`<qd-demo>${inlineJson(demoContent)}</qd-demo>`);
    } finally {
      document.removeEventListener('qd-content-ready', capture, { capture: true });
      document.removeEventListener('qd-content-ready', bubble);
    }
    expect(sources).toEqual(['property', 'src', 'inline']);
    expect(bubbled).toEqual([]);
  });

  it('the content property wins over src, and src wins over an inline child', async () => {
    const fetch = stubFetch();
    const both = await mountHtml<QdDemo>(
      `<qd-demo src="accueil.json">${inlineJson(otherContent)}</qd-demo>`,
    );
    fetch.last().respond(demoContent);
    await loaded(both);
    await expect.element(heading(both, 'Bienvenue au centre social')).toBeVisible();

    both.content = otherContent;
    await settle(both);
    await expect.element(heading(both, 'Atelier cuisine du mardi')).toBeVisible();
    expect(fetch.requests).toHaveLength(1);
  });

  it('loads an inline JSON child added after the element (CMS, frameworks)', async () => {
    const el = await mount('qd-demo');
    await expect.element(heading(el, 'Aucun contenu à afficher')).toBeVisible();
    el.insertAdjacentHTML('beforeend', inlineJson(demoContent));
    await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
  });

  it('follows edits of the content property', async () => {
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    el.content = otherContent;
    await settle(el);
    await expect.element(heading(el, 'Atelier cuisine du mardi')).toBeVisible();
    expect(textOf(el)).not.toContain('Bienvenue au centre social');
  });
});

/** An element that reads a `src` of several addresses its own way (as the agenda does). */
class QdDemoMany extends QdDemo {
  ownLoads = 0;
  protected override get contentSpec(): ContentSpec<DemoContent> {
    return {
      ...super.contentSpec,
      loadOwn: () => {
        if (!this.src?.includes(' ')) return false;
        this.ownLoads++;
        this.loader.accept(otherContent, 'src');
        return true;
      },
    };
  }
}
customElements.define('qd-demo-many', QdDemoMany);
declare global {
  interface HTMLElementTagNameMap {
    'qd-demo-many': QdDemoMany;
  }
}

describe('content loading › a prototype’s own way (ContentSpec.loadOwn)', () => {
  it('is tried first at each load: taken in hand, nothing is fetched; declined, the usual ways', async () => {
    const fetch = stubFetch({ honourAbort: false });
    const el = await mount('qd-demo-many', (e) => (e.src = 'a.json b.json'));
    expect(el.ownLoads).toBe(1);
    expect(fetch.requests).toHaveLength(0);
    await expect.element(heading(el, 'Atelier cuisine du mardi')).toBeVisible();

    el.src = 'accueil.json';
    await settle(el);
    expect(fetch.requests).toHaveLength(1);
    fetch.last().respond(demoContent);
    await loaded(el);
    await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
  });

  it('a fetch of the usual way still under way is cancelled when the own way takes over', async () => {
    const fetch = stubFetch({ honourAbort: false });
    const el = await mount('qd-demo-many', (e) => (e.src = 'lent.json'));
    const slow = fetch.last();
    el.src = 'a.json b.json';
    await settle(el);
    expect(slow.aborted).toBe(true);
    slow.respond(demoContent);
    await flushPromises();
    await settle(el);
    await expect.element(heading(el, 'Atelier cuisine du mardi')).toBeVisible();
  });
});

describe('content loading › stale responses', () => {
  it('a slow src response never overwrites content set meanwhile (even if the server ignores the abort)', async () => {
    const fetch = stubFetch({ honourAbort: false });
    const el = await mount('qd-demo', (e) => (e.src = 'lent.json'));
    const slow = fetch.last();
    el.content = otherContent;
    await settle(el);
    expect(slow.aborted).toBe(true);

    slow.respond(demoContent);
    await flushPromises();
    await settle(el);
    await expect.element(heading(el, 'Atelier cuisine du mardi')).toBeVisible();
    expect(el.data).toEqual(otherContent);
  });

  it('when src changes, only the answer for the newest src is shown', async () => {
    const fetch = stubFetch({ honourAbort: false });
    const el = await mount('qd-demo', (e) => (e.src = 'ancien.json'));
    el.src = 'nouveau.json';
    await settle(el);
    const [first, second] = fetch.requests;
    second!.respond(otherContent);
    await flushPromises();
    first!.respond(demoContent);
    await flushPromises();
    await settle(el);
    await expect.element(heading(el, 'Atelier cuisine du mardi')).toBeVisible();
  });

  it('a stale failure does not replace newer content with an error', async () => {
    const fetch = stubFetch({ honourAbort: false });
    const el = await mount('qd-demo', (e) => (e.src = 'lent.json'));
    el.content = demoContent;
    await settle(el);
    fetch.last().respond('', 500);
    await flushPromises();
    await settle(el);
    expect(within(el).getByRole('alert').query()).toBeNull();
    await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
  });

  it('an element moved in the page while loading still shows its content', async () => {
    const fetch = stubFetch();
    const first = document.createElement('section');
    const second = document.createElement('section');
    document.body.append(first, second);
    try {
      const el = await mount('qd-demo', (e) => (e.src = 'accueil.json'), first);
      second.append(el); // disconnected then connected again, as frameworks do when reordering
      await settle(el);
      fetch.last().respond(demoContent);
      await loaded(el);
      await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
      expect(within(el).getByRole('alert').query()).toBeNull();
    } finally {
      first.remove();
      second.remove();
    }
  });
});

describe('content loading › loading and fetch errors', () => {
  it('shows a loading status, and after a while says the network is slow', async () => {
    vi.useFakeTimers();
    stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'lent.json'));
    const status = within(el).getByRole('status').filter({ hasText: 'Chargement du contenu…' });
    await expect.element(status).toBeInTheDocument();
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).toBe('true');
    expect(textOf(el)).not.toContain('plus de temps que prévu');

    vi.advanceTimersByTime(SLOW_LOADING_MS);
    await settle(el);
    expect(textOf(el)).toContain('Le chargement prend plus de temps que prévu');
  });

  it('404: French message in an alert, with a "Réessayer" button that tries again', async () => {
    const fetch = stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'introuvable.json'));
    fetch.last().respond('Not found', 404);
    await loaded(el);

    const alert = within(el).getByRole('alert');
    await expect.element(alert).toHaveTextContent("Le contenu n'a pas pu être chargé");
    await expect
      .element(alert)
      .toHaveTextContent('Le fichier de contenu est introuvable (erreur 404)');
    await expect.element(alert).toHaveTextContent(/introuvable\.json/);
    expect(el.contentStatus).toBe('fetch-error');

    await within(el).getByRole('button', { name: 'Réessayer' }).click();
    expect(fetch.requests).toHaveLength(2);
    fetch.last().respond(demoContent);
    await loaded(el);
    await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
    expect(within(el).getByRole('alert').query()).toBeNull();
  });

  it('server error: says the server answered with an error and its code', async () => {
    const fetch = stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'contenu.json'));
    fetch.last().respond('', 503);
    await loaded(el);
    await expect
      .element(within(el).getByRole('alert'))
      .toHaveTextContent('Le serveur a répondu par une erreur (503)');
  });

  it('network failure: says the connection failed, and fires qd-content-error', async () => {
    const fetch = stubFetch();
    const errors: unknown[] = [];
    const el = await mount('qd-demo', (e) => {
      e.addEventListener('qd-content-error', (ev) =>
        errors.push((ev as CustomEvent).detail.state.status),
      );
      e.src = 'contenu.json';
    });
    fetch.last().fail();
    await loaded(el);
    await expect.element(within(el).getByRole('alert')).toHaveTextContent('La connexion a échoué');
    await expect.element(within(el).getByRole('button', { name: 'Réessayer' })).toBeVisible();
    expect(errors).toEqual(['fetch-error']);
  });
});

describe('content loading › fields named like what every object has', () => {
  // Written in the file, as a centre could: JSON.parse keeps "__proto__" as a field of its own.
  const withObjectNames = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ ...demoContent, ...extra }).replace(
      /^\{/,
      '{"constructor": 1, "__proto__": {"title": "Piège"}, "toString": "x", ',
    );

  it('a file with fields named constructor, __proto__ or toString shows its content (unknown fields warned), never stays « Chargement du contenu… »', async () => {
    const c = quietConsole();
    const el = await mountHtml<QdDemo>(
      `<qd-demo><script type="application/json">${withObjectNames()}</script></qd-demo>`,
    );
    await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
    expect(el.contentStatus).toBe('ready');
    expect(textOf(el)).not.toContain('Chargement du contenu');
    const warned = String(c.warn.mock.calls[0]?.[0]);
    for (const key of ['constructor', '__proto__', 'toString']) expect(warned).toContain(key);

    const fetch = stubFetch();
    const fromSrc = await mount('qd-demo', (e) => (e.src = 'contenu.json'));
    fetch.last().respond(withObjectNames());
    await loaded(fromSrc);
    expect(fromSrc.contentStatus).toBe('ready');
    await expect.element(heading(fromSrc, 'Bienvenue au centre social')).toBeVisible();
  });

  it('the same file with a mistake shows the French error panel', async () => {
    quietConsole();
    const el = await mountHtml<QdDemo>(
      `<qd-demo><script type="application/json">${withObjectNames({ title: '' })}</script></qd-demo>`,
    );
    await expect
      .element(within(el).getByRole('alert'))
      .toHaveTextContent('title : ce texte est vide : écrivez quelque chose');
    expect(el.contentStatus).toBe('invalid');
  });
});

describe('content loading › invalid content', () => {
  it('invalid JSON from src: the message names the line and the column', async () => {
    const c = quietConsole();
    const fetch = stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'contenu.json'));
    fetch.last().respond('{\n  "version": 1,\n  "title": "Bonjour",\n}');
    await loaded(el);
    const alert = within(el).getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent("le fichier n'est pas un JSON valide (ligne 4, colonne 1)");
    expect(c.error).toHaveBeenCalledTimes(1);
  });

  it('invalid JSON inline (a word that is not JSON): still says where', async () => {
    quietConsole();
    const el = await mountHtml<QdDemo>(
      `<qd-demo><script type="application/json">{"version": 1, "title": tru}</script></qd-demo>`,
    );
    await expect.element(within(el).getByRole('alert')).toHaveTextContent(/ligne 1, colonne \d+/);
  });

  it('schema error: path and French message in an alert, nothing of the content rendered, one console.error', async () => {
    const c = quietConsole();
    const el = await mount(
      'qd-demo',
      (e) => (e.content = { ...demoContent, title: '', paragraphs: 'Bonjour' }),
    );
    const alert = within(el).getByRole('alert');
    await expect.element(alert).toHaveTextContent('Ce contenu ne peut pas s’afficher');
    await expect.element(alert).toHaveTextContent('Le fichier de contenu contient 2 erreurs');
    await expect
      .element(alert)
      .toHaveTextContent('title : ce texte est vide : écrivez quelque chose');
    await expect
      .element(alert)
      .toHaveTextContent('paragraphs : doit être une liste entre crochets [ … ]');
    expect(shadow(el).querySelector('article')).toBeNull();
    expect(textOf(el)).not.toContain('Le centre est ouvert');
    expect(el.data).toBeUndefined();

    expect(c.error).toHaveBeenCalledTimes(1);
    const logged = String(c.error.mock.calls[0]![0]);
    expect(logged).toContain('title : ce texte est vide');
    expect(logged).toContain('paragraphs : doit être une liste');
  });

  it('lists at most 10 problems, then "… et N autres erreurs"; all of them go to the console', async () => {
    const c = quietConsole();
    const el = await mount(
      'qd-demo',
      (e) => (e.content = { ...demoContent, paragraphs: Array(12).fill(' ') }),
    );
    const items = within(el).getByRole('alert').getByRole('listitem').elements();
    expect(items).toHaveLength(10);
    expect(items[0]!.textContent).toContain('paragraphs[0] : ce texte est vide');
    await expect
      .element(within(el).getByRole('alert'))
      .toHaveTextContent('… et 2 autres erreurs, visibles dans la console');
    await expect
      .element(within(el).getByRole('alert'))
      .toHaveTextContent('Les numéros commencent à 0');
    expect(String(c.error.mock.calls[0]![0])).toContain('paragraphs[11] : ce texte est vide');
  });

  it('one problem more than the list says "… et 1 autre erreur"', async () => {
    quietConsole();
    const el = await mount(
      'qd-demo',
      (e) => (e.content = { ...demoContent, paragraphs: Array(11).fill('') }),
    );
    await expect
      .element(within(el).getByRole('alert'))
      .toHaveTextContent('… et 1 autre erreur, visible dans la console');
  });

  it('logs again when the same mistake comes back after a fix', async () => {
    const c = quietConsole();
    const broken = { ...demoContent, title: '' };
    const el = await mount('qd-demo', (e) => (e.content = broken));
    el.content = demoContent;
    await settle(el);
    el.content = { ...broken };
    await settle(el);
    expect(c.error).toHaveBeenCalledTimes(2);
  });

  it('unknown fields are kept in data and warned about (not fatal)', async () => {
    const c = quietConsole();
    const el = await mount(
      'qd-demo',
      (e) => (e.content = { ...demoContent, titel: 'faute de frappe', $schema: './schema.json' }),
    );
    await expect.element(heading(el, 'Bienvenue au centre social')).toBeVisible();
    expect(el.data).toMatchObject({ titel: 'faute de frappe' });
    expect(c.warn).toHaveBeenCalledTimes(1);
    expect(String(c.warn.mock.calls[0]![0])).toContain(
      "titel : champ inconnu, gardé mais non utilisé : vérifiez l'orthographe",
    );
    expect(String(c.warn.mock.calls[0]![0])).not.toContain('$schema');
  });

  it('content of a newer version says to update the package, and nothing else', async () => {
    quietConsole();
    const el = await mount(
      'qd-demo',
      (e) => (e.content = { ...demoContent, version: 3, paragraphs: 'nouveau format' }),
    );
    const alert = within(el).getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent(
        "version : ce contenu est en version 3, mais ce composant ne comprend que jusqu'à la version 1 : mettez à jour @quartiers-douai/core",
      );
    expect(alert.getByRole('listitem').elements()).toHaveLength(1);
  });

  it('valid content replaced by invalid content shows only the error (nothing half-rendered)', async () => {
    quietConsole();
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    el.content = { ...demoContent, paragraphs: [] };
    await settle(el);
    await expect
      .element(within(el).getByRole('alert'))
      .toHaveTextContent('paragraphs : la liste est vide');
    expect(
      within(el).getByRole('heading', { name: 'Bienvenue au centre social' }).query(),
    ).toBeNull();
    expect(shadow(el).querySelector('article')).toBeNull();
  });

  it('a file that is a list, or empty, says what a content file must contain', async () => {
    quietConsole();
    const list = await mount('qd-demo', (e) => (e.content = [demoContent]));
    await expect
      .element(within(list).getByRole('alert'))
      .toHaveTextContent('le fichier contient une liste [ … ]');
    const empty = await mountHtml<QdDemo>(
      `<qd-demo><script type="application/json">  </script></qd-demo>`,
    );
    await expect.element(within(empty).getByRole('alert')).toHaveTextContent('le fichier est vide');
  });
});
