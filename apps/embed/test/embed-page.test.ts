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
    const r = elementAttributes(
      new URLSearchParams('easy=&read-aloud=false&lang=ar&onload=x&src=y'),
      ['src', 'easy', 'read-aloud'],
    );
    expect(r.attributes).toEqual([
      ['easy', ''],
      ['read-aloud', 'false'],
    ]);
    expect(r.ignored).toEqual(['onload']);
  });

  it('attributs : la présentation seulement — jamais où vont les réponses, où elles sont gardées, ni quel jour on est', () => {
    const observed = [
      'src',
      'easy',
      'read-aloud',
      'storage',
      'kiosk-timeout',
      'action',
      'keep-ballots',
      'kiosk',
      'staff-pin',
      'reset-delay',
      'results-src',
      'today',
      'public-computer',
      'centre-phone',
    ];
    const query =
      'easy=&action=https://evil.example/collect&keep-ballots=&storage=local&kiosk=&kiosk-timeout=0' +
      '&staff-pin=0000&reset-delay=1&results-src=https://evil.example/r.json&today=2099-01-01' +
      '&public-computer=&centre-phone=0899000000&read-aloud=';
    const r = elementAttributes(new URLSearchParams(query), observed);
    expect(r.attributes).toEqual([
      ['easy', ''],
      ['read-aloud', ''],
    ]);
    expect(r.ignored).toEqual([
      'action',
      'keep-ballots',
      'storage',
      'kiosk',
      'kiosk-timeout',
      'staff-pin',
      'reset-delay',
      'results-src',
      'today',
      'public-computer',
      'centre-phone',
    ]);
    // Allowed by the address, but only if the element has it.
    expect(elementAttributes(new URLSearchParams('read-aloud='), ['easy']).ignored).toEqual([
      'read-aloud',
    ]);
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
      pageUrl(`content=${first.id}&lang=ar&theme=dark&easy=&storage=session&inconnu=1`),
    );
    const [r] = await waitRendered(page, p.tag);
    expect(r?.rendered).toBe(true);
    expect(r?.alert).toBe('');
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    expect(r?.direction).toBe('rtl');
    expect(await page.evaluate((t) => document.querySelector(t)?.getAttribute('easy'), p.tag)).toBe(
      '',
    );
    // Where data is kept is never taken from the address.
    expect(
      await page.evaluate((t) => document.querySelector(t)?.hasAttribute('storage'), p.tag),
    ).toBe(false);
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

describe('page iframe de <qd-poll> : l’adresse ne dit ni où vont les réponses, ni quel jour on est', () => {
  const poll = prototypes.find((p) => p.tag === 'qd-poll')!;
  const pageUrl = (query: string) => `${embed}/${poll.page}?${query}`;

  /** A page that records every request to evil.example (answered, so nothing else fails). */
  async function openWatched(url: string, now?: Date) {
    const page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    const problems = await watch(page);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname === 'evil.example')
        sent.push(`${request.method()} ${request.url()}`);
    });
    await page.route('https://evil.example/**', (route) =>
      route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } }),
    );
    if (now) await page.clock.setFixedTime(now);
    await page.goto(url);
    return { page, problems, sent };
  }

  /** The first screen the poll settles on: its intro, « closed », or something else. */
  const firstScreen = (page: Page) =>
    page
      .waitForFunction(
        () => {
          const root = document.querySelector('qd-poll')?.shadowRoot;
          const part = root?.querySelector('[part="intro"], [part="closed"], [role="alert"]');
          return part ? (part.getAttribute('part') ?? 'alert') : false;
        },
        undefined,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue());

  /** Answers every question (first choice, a first move, one letter) and sends, as tools/quality's walk. */
  const vote = (page: Page) =>
    page.evaluate(async () => {
      const el = document.querySelector('qd-poll') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      const root = el.shadowRoot!;
      const until = async (selector: string) => {
        for (let i = 0; i < 400; i++) {
          const found = root.querySelector<HTMLElement>(selector);
          if (found) return found;
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error(`${selector} n’apparaît pas : ${root.textContent?.slice(0, 300)}`);
      };
      (await until('[part="intro"] .qd-button--primary')).click();
      await until('form fieldset.qd-q');
      for (let guard = 0; guard < 20 && root.querySelector('form fieldset.qd-q'); guard++) {
        for (const fs of root.querySelectorAll('form fieldset.qd-q')) {
          const text = fs.querySelector('textarea');
          if (text) {
            text.value = 'a';
            text.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            continue;
          }
          const inputs = [...fs.querySelectorAll<HTMLInputElement>('input')];
          if (!inputs.some((i) => i.checked))
            (fs.querySelector('.qd-rank') ? inputs[inputs.length - 1] : inputs[0])?.click();
        }
        for (let i = 0; i < 3; i++) await el.updateComplete;
        root.querySelector<HTMLElement>('form button[type="submit"]')!.click();
        for (let i = 0; i < 3; i++) await el.updateComplete;
      }
      (await until('[part="review"] .qd-button--primary')).click();
      await until('[part="thanks"]');
    });

  it('?action= est ignoré : en répondant, rien ne part vers un autre site, et l’élément n’a pas d’action', async () => {
    const { page, problems, sent } = await openWatched(
      pageUrl(
        `content=fete-quartier-2027&lang=ar&action=${encodeURIComponent('https://evil.example/collect')}`,
      ),
    );
    // Without a destination of its own the poll may refuse the vote (and say why to the author);
    // if it takes it, nothing goes to the address's site.
    if ((await firstScreen(page)) === 'intro') {
      await vote(page);
      await page.waitForTimeout(500);
    }
    expect(sent).toEqual([]);
    expect(
      await page.evaluate(() => document.querySelector('qd-poll')?.hasAttribute('action')),
    ).toBe(false);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(['ar', 'rtl']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('?today= est ignoré : un sondage ouvert aujourd’hui le reste, quelle que soit la date de l’adresse', async () => {
    // 10 January 2027: the sample « horaires » is open (4–29 January 2027).
    const now = new Date('2027-01-10T10:00:00+01:00');
    const { page, problems } = await openWatched(
      pageUrl('content=horaires-centre-social&lang=ar&today=2099-01-01'),
      now,
    );
    expect(await firstScreen(page)).toBe('intro');
    expect(
      await page.evaluate(() => document.querySelector('qd-poll')?.hasAttribute('today')),
    ).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(problems).toEqual([]);
    await page.close();
  });
});
