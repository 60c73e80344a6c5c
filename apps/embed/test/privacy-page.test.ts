/**
 * Gate 6 (issue 9), in the browser: each prototype's plain HTML page (CDN file, contents by `src`
 * and in the page) with every request intercepted. Only the page, its stylesheet, the
 * prototype's CDN files, the contents it names and the assets they declare may be asked for; no
 * cookie; no storage without the `storage` opt-in, neither after loading nor after a first step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages, launch, serveDist, waitRendered, watch, type Server } from './browser.js';
import { firstStep, interceptRequests, traces } from './page-gates.js';

const prototypes = builtPages();
let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('vie privée (porte 6) : requêtes interceptées dans le navigateur, ni cookie ni stockage sans accord', () => {
  it.each(prototypes.map((p) => [p.tag, p] as const))(
    'page HTML simple de <%s>',
    async (_tag, p) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems = await watch(page);
      const net = await interceptRequests(context, [
        server.url(`/${p.demo}`),
        server.url('/demo/demo.css'),
        server.url('/favicon.ico'),
        server.url(`/${p.cdn.file.replace(/[^/]+$/, '')}`),
        ...p.contents.map((c) => server.url(`/content/${p.shortName}/${c.id}.json`)),
      ]);
      await page.goto(server.url(`/${p.demo}`));
      const count = p.contents.length + (p.contents.length > 0 ? 1 : 0);
      const reports = await waitRendered(page, p.tag, count);
      expect(reports.every((r) => r.rendered)).toBe(true);
      const optedIn = await page.evaluate(
        (t) => document.querySelector(`${t}[storage]`) !== null,
        p.tag,
      );
      const before = await traces(context, page);
      await firstStep(page, p.tag);
      const after = await traces(context, page);
      expect(net.refused, 'requêtes non déclarées').toEqual([]);
      expect(
        net.seen.some((u) => u.includes(`/content/${p.shortName}/`)),
        'le contenu src est demandé',
      ).toBe(p.contents.length > 0);
      expect(after.cookies, 'cookies').toEqual([]);
      if (!optedIn) {
        expect([...before.storage, ...after.storage], 'stockage sans accord').toEqual([]);
        expect(after.indexedDB, 'IndexedDB').toEqual([]);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
