/**
 * Hostile host pages, for every prototype that `pnpm build` made (dist/embed-manifest.json):
 * - aggressive global CSS: a WordPress-like theme + a Bootstrap-like reboot + `* { box-sizing:
 *   content-box; font: 20px serif }` and `button { all: unset }`, at 1024 px and at 320 px, with the
 *   CDN script and with the iframe (+ resize.js);
 * - a strict CSP page: `script-src 'self'` (no 'unsafe-inline', no 'unsafe-eval') and
 *   `require-trusted-types-for 'script'`: any `securitypolicyviolation` or console error fails;
 * - a right-to-left page (`<html lang="ar" dir="rtl">`).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';
import {
  attributesMarkup,
  builtPages,
  distDir,
  inspect,
  launch,
  waitRendered,
  watch,
  type BuiltPage,
  type ElementReport,
  type Server,
} from './browser.js';

const prototypes = builtPages();
const hostsDir = fileURLToPath(new URL('./hosts', import.meta.url));
const STRICT_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ root: distDir, mounts: { '/hosts/': hostsDir } });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface HostOptions {
  lang?: string;
  dir?: 'rtl' | 'ltr';
  css?: string[];
  iframe?: string;
  resizeScript?: string;
}

/** A centre's page: header, text, the element twice (content by src, and inline JSON), text. */
function hostPage(p: BuiltPage, o: HostOptions = {}): string {
  const first = p.contents[0];
  const inline = first
    ? `<${p.tag}${attributesMarkup(p.attributes)}><script type="application/json">__INLINE__</script></${p.tag}>`
    : '';
  return `<!doctype html>
<html lang="${o.lang ?? 'fr'}"${o.dir ? ` dir="${o.dir}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Centre social — ${p.title}</title>
${(o.css ?? []).map((c) => `<link rel="stylesheet" href="/hosts/${c}">`).join('\n')}
<script type="module" src="/${p.cdn.file}" integrity="${p.cdn.integrity}" crossorigin="anonymous"></script>
</head>
<body class="page">
<div class="site">
<header class="site-header"><h1>Centre social du quartier</h1></header>
<main class="entry-content">
<p>Un texte d’introduction de l’article, comme sur le site d’un centre.</p>
<${p.tag}${first ? ` src="/content/${p.shortName}/${first.id}.json"` : ''}${attributesMarkup(p.attributes)}></${p.tag}>
${inline}
${o.iframe ?? ''}
<p>La suite de l’article.</p>
</main>
</div>
${o.resizeScript ?? ''}
</body>
</html>
`;
}

async function withInlineContent(html: string, p: BuiltPage): Promise<string> {
  const first = p.contents[0];
  if (!first) return html;
  const json = await (await fetch(server.url(`/content/${p.shortName}/${first.id}.json`))).text();
  return html.replace('__INLINE__', json.replace(/</g, '\\u003c'));
}

function expectHealthy(reports: ElementReport[], count: number, where: string): void {
  expect(reports.length, `${where}: nombre d’éléments`).toBe(count);
  for (const r of reports) {
    expect(r.defined, `${where}: <${r.tag}> défini`).toBe(true);
    expect(r.rendered, `${where}: <${r.tag}> rendu`).toBe(true);
    expect(r.alert, `${where}: panneau d’erreur`).toBe('');
    expect(r.heading, `${where}: titre visible`).not.toBe('');
  }
}

function expectUnharmedByCss(reports: ElementReport[], where: string): void {
  for (const r of reports) {
    expect(r.overflow, `${where}: déborde de son conteneur`).toBeLessThanOrEqual(1);
    expect(r.width, `${where}: largeur`).toBeGreaterThan(200);
    expect(r.rootBoxSizing, `${where}: box-sizing interne`).toBe('border-box');
    expect(r.rootFontFamily, `${where}: police héritée de « * { font: 20px serif } »`).not.toMatch(
      /^"?serif"?$/,
    );
    expect(r.rootFontSize, `${where}: taille du texte`).toBeGreaterThanOrEqual(14);
    expect(r.textAlign, `${where}: texte justifié par le thème`).not.toBe('justify');
    for (const b of r.buttons) {
      expect(b.height, `${where}: hauteur du bouton « ${b.name} »`).toBeGreaterThanOrEqual(24);
      expect(b.width, `${where}: largeur du bouton « ${b.name} »`).toBeGreaterThanOrEqual(24);
    }
  }
}

async function open(path: string, width = 1024): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const problems = await watch(page);
  await page.goto(server.url(path));
  return { page, problems };
}

/** Clicks the first main button of each element (Commencer…), to render a second screen. */
async function clickFirstPrimary(page: Page, tag: string): Promise<void> {
  await page.evaluate((t) => {
    for (const el of Array.from(document.querySelectorAll(t))) {
      const b = el.shadowRoot?.querySelector<HTMLButtonElement>(
        '.qd-button--primary, button[type="submit"], button',
      );
      b?.click();
    }
  }, tag);
  await page.waitForTimeout(300);
}

describe.each(prototypes.map((p) => [p.tag, p] as const))(
  '<%s> sur des pages hostiles',
  (_tag, p) => {
    const count = p.contents.length > 0 ? 2 : 1;
    const css = ['bootstrap-reboot.css', 'wordpress-theme.css', 'aggressive.css'];

    it('CSS agressif (thème WordPress, reboot Bootstrap, * { font: 20px serif }, button { all: unset }) : 1024 px et 320 px', async () => {
      const path = `/host/css/${p.shortName}.html`;
      server.page(path, await withInlineContent(hostPage(p, { css }), p));
      for (const width of [1024, 320]) {
        const { page, problems } = await open(path, width);
        const reports = await waitRendered(page, p.tag, count);
        expectHealthy(reports, count, `CSS ${width} px`);
        expectUnharmedByCss(reports, `CSS ${width} px`);
        expect(problems, `CSS ${width} px`).toEqual([]);
        await page.close();
      }
    });

    it('CSS agressif : l’iframe s’affiche et prend la hauteur de son contenu (resize.js), malgré iframe { height: auto }', async () => {
      const first = p.contents[0];
      if (!first) return;
      const embedOrigin = server.url('', 'localhost');
      const iframe = `<iframe src="${embedOrigin}/${p.page}?content=${first.id}" title="${p.title}" width="100%" height="600" style="border: 0"></iframe>`;
      const path = `/host/css-iframe/${p.shortName}.html`;
      server.page(
        path,
        await withInlineContent(
          hostPage(p, {
            css,
            iframe,
            resizeScript: `<script src="${embedOrigin}/resize.js" defer></script>`,
          }),
          p,
        ),
      );
      const { page, problems } = await open(path);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      expect(frame).not.toBeNull();
      expectHealthy(await waitRendered(frame!, p.tag), 1, 'iframe');
      await page.waitForFunction(
        () => document.querySelector('iframe')?.style.height !== '',
        null,
        { timeout: 10_000 },
      );
      // The element may still be growing after the first message: the iframe follows it.
      const gap = async () => {
        const inner = await frame!.evaluate(() =>
          Math.ceil(document.querySelector('main')!.getBoundingClientRect().height),
        );
        const outer = await page.evaluate(
          () => document.querySelector('iframe')!.getBoundingClientRect().height,
        );
        return Math.abs(outer - inner);
      };
      await expect.poll(gap, { timeout: 15_000 }).toBeLessThanOrEqual(1);
      expect(problems).toEqual([]);
      await page.close();
    });

    it("CSP stricte (script-src 'self', Trusted Types exigés) : aucune violation, même après une action", async () => {
      const path = `/host/csp/${p.shortName}.html`;
      const embedOrigin = server.url('', 'localhost');
      const first = p.contents[0];
      const iframe = first
        ? `<iframe src="${embedOrigin}/${p.page}?content=${first.id}" title="${p.title}" width="100%" height="600"></iframe>`
        : '';
      server.page(path, await withInlineContent(hostPage(p, { iframe }), p), {
        'content-security-policy': STRICT_CSP,
      });
      const { page, problems } = await open(path);
      expect(
        await page.evaluate(
          () => typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes,
        ),
      ).toBe('object');
      expectHealthy(await waitRendered(page, p.tag, count), count, 'CSP');
      if (first) {
        const frame = await (await page.waitForSelector('iframe')).contentFrame();
        expectHealthy(await waitRendered(frame!, p.tag), 1, 'CSP, iframe');
      }
      await clickFirstPrimary(page, p.tag);
      expect((await inspect(page, p.tag)).every((r) => r.rendered)).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('page de droite à gauche (<html lang="ar" dir="rtl">) : le composant passe en RTL', async () => {
      const path = `/host/rtl/${p.shortName}.html`;
      server.page(
        path,
        await withInlineContent(
          hostPage(p, { lang: 'ar', dir: 'rtl', css: ['wordpress-theme.css'] }),
          p,
        ),
      );
      const { page, problems } = await open(path);
      const reports = await waitRendered(page, p.tag, count);
      expectHealthy(reports, count, 'RTL');
      for (const r of reports) expect(r.direction, 'direction dans le composant').toBe('rtl');
      expectUnharmedByCss(reports, 'RTL');
      expect(problems).toEqual([]);
      await page.close();
    });
  },
);
