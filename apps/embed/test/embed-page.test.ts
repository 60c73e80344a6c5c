/**
 * The iframe pages (<name>.html) of every built prototype: content by ?content= and ?src=
 * (https or same origin only), lang and theme, attributes passed to the element, the height sent
 * to the parent with its origin checks on both sides, and the page working without resize.js.
 * Origins: the centre's page on http://127.0.0.1:<port>, the embed pages on http://localhost:<port>,
 * a third party on http://evil.test:<port> (mapped to 127.0.0.1 by Chromium's resolver rules).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '@quartiers-douai/kit-scripts/chromium';
import {
  chooseContent,
  elementAttributes,
  expectedParentOrigin,
  pageLanguage,
  type EmbedConfig,
} from '../src/embed-page.js';
import { isEmbedMessage } from '../src/protocol.js';
import { builtPages, serveDist, waitRendered, watch, type Server } from './browser.js';

const prototypes = builtPages();
let server: Server;
let browser: Browser;
let embed: string; // origin of the embed pages
let site: string; // origin of the centre's page
let evil: string; // a third party

beforeAll(async () => {
  server = await serveDist();
  const options = chromiumLaunchOptions();
  browser = await chromium.launch({
    ...options,
    headless: true,
    args: [...options.args, '--headless', '--host-resolver-rules=MAP evil.test 127.0.0.1'],
    timeout: 30_000,
  });
  embed = server.url('', 'localhost');
  site = server.url('', '127.0.0.1');
  evil = server.url('', 'evil.test');
  // A third party on the centre's page: tries to resize the iframes and to be greeted by the kit's page.
  server.page(
    '/evil.html',
    `<!doctype html><html><head><script src="${evil}/evil.js"></script></head><body>tiers</body></html>`,
  );
  server.page(
    '/evil.js',
    `window.received = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'qd-embed:resize') window.received.push(e.data); });
setInterval(() => {
  parent.postMessage({ type: 'qd-embed:resize', version: 1, height: 7, tag: 'qd-x' }, '*');
  for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage({ type: 'qd-embed:hello', version: 1 }, '*');
}, 100);`,
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, width = 800): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 700 } });
  const problems = await watch(page);
  await page.goto(url);
  return { page, problems };
}

const problemText = (page: Page) =>
  page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '');

/** Relative luminance of the page's background, 0 (black) to 1 (white). */
const luminance = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = (
      getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? ['0', '0', '0']
    ).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });

/** A centre's page: the kit's iframe, a third party's iframe, and the optional resize.js. */
function sitePage(src: string, title: string, script: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page du centre</title></head><body>
<iframe src="${src}" title="${title}" width="100%" height="600" style="border: 0"></iframe>
<iframe src="${evil}/evil.html" title="tiers" width="300" height="150"></iframe>
${script}</body></html>`;
}

describe('règles de la page (sans navigateur)', () => {
  const config: EmbedConfig = {
    tag: 'qd-x',
    package: '@quartiers-douai/x',
    version: '1.0.0',
    contentBase: 'content/x/',
    contents: [{ id: 'exemple', title: 'Exemple' }],
  };
  const page = 'https://kit.example/embed/x.html';
  const choose = (query: string) => chooseContent(new URLSearchParams(query), config, page);

  it('src : https ou même site seulement', () => {
    expect(choose('src=https://centre.fr/q.json')).toEqual({
      ok: true,
      src: 'https://centre.fr/q.json',
    });
    expect(choose('src=/contenus/q.json')).toEqual({
      ok: true,
      src: 'https://kit.example/contenus/q.json',
    });
    expect(choose('src=http://centre.fr/q.json').ok).toBe(false);
    expect(choose('src=javascript:alert(1)').ok).toBe(false);
    expect(choose('src=data:application/json,{}').ok).toBe(false);
    const local = chooseContent(
      new URLSearchParams('src=http://localhost:1/q.json'),
      config,
      'http://localhost:1/x.html',
    );
    expect(local.ok).toBe(true);
  });

  it('content : un exemple connu ; sinon la liste des exemples', () => {
    expect(choose('content=exemple')).toEqual({
      ok: true,
      src: 'https://kit.example/embed/content/x/exemple.json',
    });
    const unknown = choose('content=../../secret');
    expect(unknown.ok ? '' : unknown.lines.join(' ')).toContain('exemple');
    expect(choose('').ok).toBe(false);
    expect(choose('src=https://a.fr/q.json&content=exemple').ok).toBe(false);
  });

  it('attributs : seulement ceux que l’élément observe (jamais src)', () => {
    const r = elementAttributes(new URLSearchParams('easy=&storage=local&lang=ar&onload=x&src=y'), [
      'src',
      'easy',
      'storage',
    ]);
    expect(r.attributes).toEqual([
      ['easy', ''],
      ['storage', 'local'],
    ]);
    expect(r.ignored).toEqual(['onload']);
  });

  it('langue, sens et origine parente', () => {
    expect(pageLanguage(new URLSearchParams('lang=ar'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(pageLanguage(new URLSearchParams('lang=en'))).toEqual({ lang: 'en', dir: 'ltr' });
    expect(pageLanguage(new URLSearchParams('lang="><x'))).toBeUndefined();
    expect(expectedParentOrigin(new URLSearchParams('parent=https://centre.fr/page'))).toBe(
      'https://centre.fr',
    );
    expect(expectedParentOrigin(new URLSearchParams('parent=nope'))).toBeUndefined();
  });

  it('messages : forme stricte', () => {
    expect(
      isEmbedMessage({ type: 'qd-embed:resize', version: 1, height: 420, tag: 'qd-quiz' }),
    ).toBe(true);
    expect(
      isEmbedMessage({ type: 'qd-embed:resize', version: 1, height: 1e9, tag: 'qd-quiz' }),
    ).toBe(false);
    expect(
      isEmbedMessage({ type: 'qd-embed:resize', version: 1, height: 12.5, tag: 'qd-quiz' }),
    ).toBe(false);
    expect(isEmbedMessage({ type: 'qd-embed:hello', version: 2 })).toBe(false);
    expect(isEmbedMessage('qd-embed:hello')).toBe(false);
  });
});

const withSamples = prototypes.filter((p) => p.contents.length > 0);

describe.each(withSamples.map((p) => [p.tag, p] as const))('page iframe de <%s>', (_tag, p) => {
  const first = p.contents[0]!;
  const pageUrl = (query: string) => `${embed}/${p.page}?${query}`;

  it('?content= avec lang=ar, theme=dark et un attribut : l’exemple s’affiche de droite à gauche, sombre, sans erreur ni violation de CSP', async () => {
    const { page, problems } = await open(
      pageUrl(`content=${first.id}&lang=ar&theme=dark&storage=session&inconnu=1`),
    );
    const [r] = await waitRendered(page, p.tag);
    expect(r?.rendered).toBe(true);
    expect(r?.alert).toBe('');
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    expect(r?.direction).toBe('rtl');
    expect(
      await page.evaluate((t) => document.querySelector(t)?.getAttribute('storage'), p.tag),
    ).toBe('session');
    expect(
      await page.evaluate((t) => document.querySelector(t)?.hasAttribute('inconnu'), p.tag),
    ).toBe(false);
    expect(await luminance(page)).toBeLessThan(0.2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hauteur : resize.js donne à l’iframe la hauteur du contenu et la suit ; un tiers sur la page ne change rien et ne reçoit rien', async () => {
    server.page(
      `/site/${p.shortName}-resize.html`,
      sitePage(
        pageUrl(`content=${first.id}`),
        p.title,
        `<script src="${embed}/resize.js" defer></script>`,
      ),
    );
    const { page, problems } = await open(`${site}/site/${p.shortName}-resize.html`);
    const frame = await (await page.waitForSelector(`iframe[src^="${embed}"]`)).contentFrame();
    await waitRendered(frame!, p.tag);
    const evilHeight = await page.evaluate(
      () => document.querySelectorAll('iframe')[1]!.getBoundingClientRect().height,
    );
    const heights = async () => ({
      inner: await frame!.evaluate(() =>
        Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
      ),
      outer: await page.evaluate(
        (origin) =>
          document
            .querySelector<HTMLIFrameElement>(`iframe[src^="${origin}"]`)!
            .getBoundingClientRect().height,
        embed,
      ),
    });
    await expect
      .poll(
        async () => {
          const h = await heights();
          return h.outer - h.inner;
        },
        { timeout: 15_000 },
      )
      .toBe(0);
    // The content grows: the iframe follows.
    const before = (await heights()).outer;
    await frame!.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '333px';
      document.querySelector('main')!.append(spacer);
    });
    const followed = async () => {
      const h = await heights();
      return h.outer === h.inner && h.outer >= before + 333;
    };
    await expect.poll(followed, { timeout: 15_000 }).toBe(true);
    // The third party's messages (every 100 ms) changed nothing, and it never received a height.
    await page.waitForTimeout(400);
    expect(await followed()).toBe(true);
    expect(
      await page.evaluate(
        () => document.querySelectorAll('iframe')[1]!.getBoundingClientRect().height,
      ),
    ).toBe(evilHeight);
    const evilFrame = page.frames().find((f) => f.url().startsWith(evil));
    expect(
      await evilFrame!.evaluate(
        () => (window as unknown as { received: unknown[] }).received.length,
      ),
    ).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('page iframe : règles communes à tous les prototypes', () => {
  const p = withSamples[0]!;
  const first = p?.contents[0];
  const pageUrl = (query: string) => `${embed}/${p.page}?${query}`;

  it('?src= : même site accepté ; http d’un autre site, javascript:, exemple inconnu et absence de contenu expliqués en français', async () => {
    if (!first) return;
    const { page, problems } = await open(
      pageUrl(
        `src=${encodeURIComponent(`${embed}/content/${p.shortName}/${first.id}.json`)}&theme=light`,
      ),
    );
    expect((await waitRendered(page, p.tag))[0]?.alert).toBe('');
    expect(await luminance(page)).toBeGreaterThan(0.8);
    for (const [query, message] of [
      [
        `src=${encodeURIComponent(`${site}/content/${p.shortName}/${first.id}.json`)}`,
        'Adresse du contenu refusée',
      ],
      ['src=javascript:alert(1)', 'Adresse du contenu refusée'],
      ['content=inconnu', 'Exemple inconnu'],
      ['', 'Aucun contenu'],
    ] as const) {
      await page.goto(pageUrl(query));
      await page.waitForSelector('[role="alert"]');
      expect(await problemText(page), query).toContain(message);
      expect(await page.evaluate((t) => document.querySelector(t), p.tag), query).toBeNull();
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('?parent= nomme un autre site : la page n’envoie jamais sa hauteur ici', async () => {
    if (!first) return;
    server.page(
      '/site/other-parent.html',
      sitePage(
        pageUrl(`content=${first.id}&parent=${encodeURIComponent('https://centre.example')}`),
        p.title,
        `<script src="${embed}/resize.js" defer></script>`,
      ),
    );
    const { page } = await open(`${site}/site/other-parent.html`);
    const frame = await (await page.waitForSelector(`iframe[src^="${embed}"]`)).contentFrame();
    await waitRendered(frame!, p.tag);
    await page.waitForTimeout(500);
    expect(
      await page.evaluate(
        (origin) =>
          document.querySelector<HTMLIFrameElement>(`iframe[src^="${origin}"]`)!.style.height,
        embed,
      ),
    ).toBe('');
    await page.close();
  });

  it('iframe hors de l’écran (Chromium n’y dessine plus) : la hauteur suit quand même, sans défilement', async () => {
    if (!first) return;
    server.page(
      '/site/below-the-fold.html',
      sitePage(
        pageUrl(`content=${first.id}`),
        p.title,
        `<script src="${embed}/resize.js" defer></script>`,
      ).replace('<body>', '<body><div style="height: 3000px">Un long article.</div>'),
    );
    const { page, problems } = await open(`${site}/site/below-the-fold.html`);
    const frame = await (await page.waitForSelector(`iframe[src^="${embed}"]`)).contentFrame();
    await waitRendered(frame!, p.tag);
    const gap = async () => {
      const inner = await frame!.evaluate(() =>
        Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
      );
      const outer = await page.evaluate(
        (origin) =>
          document
            .querySelector<HTMLIFrameElement>(`iframe[src^="${origin}"]`)!
            .getBoundingClientRect().height,
        embed,
      );
      return Math.abs(outer - inner);
    };
    await expect.poll(gap, { timeout: 15_000 }).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sans resize.js : l’iframe garde height="600" et son contenu défile à l’intérieur', async () => {
    if (!first) return;
    server.page('/site/plain.html', sitePage(pageUrl(`content=${first.id}`), p.title, ''));
    const { page, problems } = await open(`${site}/site/plain.html`, 400);
    const frame = await (await page.waitForSelector(`iframe[src^="${embed}"]`)).contentFrame();
    await waitRendered(frame!, p.tag);
    await frame!.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '2000px';
      document.querySelector('main')!.append(spacer);
    });
    expect(
      await page.evaluate(
        (origin) =>
          document
            .querySelector<HTMLIFrameElement>(`iframe[src^="${origin}"]`)!
            .getBoundingClientRect().height,
        embed,
      ),
    ).toBe(600);
    const scrolled = await frame!.evaluate(() => {
      window.scrollTo(0, 500);
      return window.scrollY;
    });
    expect(scrolled).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
