/**
 * The page-level gates catch what they guard (issue 9): deliberately broken host pages, served
 * next to the real ones. An inline script and an HTML string written to innerHTML under the strict
 * CSP + Trusted Types (gate 4, the check used by hostile.test.ts); an undeclared request, a
 * cookie and storage without opt-in (gate 6, the checks used by privacy-page.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, serveDist, watch, type Server } from './browser.js';
import { interceptRequests, traces } from './page-gates.js';

const STRICT_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  server.page(
    '/fixture/csp.html',
    `<!doctype html><html lang="fr"><title>CSP cassée</title><script>window.inline = 1</script><div id="x"></div><script src="/fixture/sink.js"></script></html>`,
    { 'content-security-policy': STRICT_CSP },
  );
  server.page('/fixture/sink.js', `document.getElementById('x').innerHTML = '<b>texte</b>';`);
  server.page(
    '/fixture/leaky.html',
    `<!doctype html><html lang="fr"><title>Fuite</title><script src="/fixture/leaky.js"></script></html>`,
  );
  server.page(
    '/fixture/leaky.js',
    `document.cookie = 'suivi=1; path=/'; localStorage.setItem('qd:suivi', '1'); fetch('https://tracker.invalid/pixel').catch(() => {}); new Image().src = '/pixel.gif';`,
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('les portes de page attrapent les pages volontairement cassées', () => {
  it('porte 4 : un script en ligne et un innerHTML sans Trusted Types sont des violations', async () => {
    const page = await browser.newPage();
    const problems = await watch(page);
    await page.goto(server.url('/fixture/csp.html'));
    await page.waitForTimeout(300);
    expect(problems.some((p) => /securitypolicyviolation: script-src-elem/.test(p))).toBe(true);
    expect(problems.some((p) => /require-trusted-types-for|TrustedHTML/.test(p))).toBe(true);
    await page.close();
  });

  it('porte 6 : une requête non déclarée, un cookie et un stockage sans accord sont signalés', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const net = await interceptRequests(context, [
      server.url('/fixture/leaky.html'),
      server.url('/fixture/leaky.js'),
    ]);
    await page.goto(server.url('/fixture/leaky.html'));
    await page.waitForTimeout(300);
    const t = await traces(context, page);
    expect(net.refused).toEqual(
      expect.arrayContaining([
        expect.stringContaining('https://tracker.invalid/pixel'),
        expect.stringContaining('/pixel.gif'),
      ]),
    );
    expect(t.cookies).toEqual(['suivi=1']);
    expect(t.storage).toEqual(['local:qd:suivi']);
    await context.close();
  });
});
