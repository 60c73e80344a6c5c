/**
 * The CDN bundles as a plain HTML page uses them (`<script type="module" src integrity
 * crossorigin>`): every prototype's page, and all of them on one page, each loaded twice.
 * They must be self-contained (no request leaves the page's site) and never throw.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  builtPages,
  distDir,
  launch,
  serveDist,
  waitRendered,
  watch,
  type Server,
} from './browser.js';

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

async function openDemo(path: string) {
  const page = await browser.newPage();
  const problems = await watch(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(server.url(path));
  return { page, problems, requests };
}

describe('fichiers CDN', () => {
  it('chaque fichier correspond à son empreinte SRI', () => {
    for (const p of prototypes) {
      const bytes = readFileSync(join(distDir, p.cdn.file));
      expect('sha384-' + createHash('sha384').update(bytes).digest('base64'), p.name).toBe(
        p.cdn.integrity,
      );
    }
  });

  it.each(prototypes.map((p) => [p.tag, p] as const))(
    'page HTML simple de <%s> : chaque exemple et le JSON dans la page s’affichent',
    async (_tag, p) => {
      const { page, problems, requests } = await openDemo(`/${p.demo}`);
      const count = p.contents.length + (p.contents.length > 0 ? 1 : 0);
      const reports = await waitRendered(page, p.tag, count);
      expect(reports).toHaveLength(count);
      for (const r of reports) {
        expect(r.rendered).toBe(true);
        expect(r.alert).toBe('');
        expect(r.heading).not.toBe('');
      }
      expect(problems).toEqual([]);
      expect(requests.filter((u) => !u.startsWith(server.url('')))).toEqual([]);
      await page.close();
    },
  );

  it('une partie du bundle (ADR 0016) : un <qd-screen-pact> ajouté à la page fait venir son fichier, une fois, sans second Lit', async () => {
    const guide = prototypes.find((p) => p.tag === 'qd-parental-guide');
    if (!guide) return;
    const { page, problems, requests } = await openDemo(`/${guide.demo}`);
    await waitRendered(page, guide.tag, guide.contents.length + 1);
    const parts = () => requests.filter((u) => /\/screen-pact\.part-[0-9a-f]{10}\.js$/.test(u));
    expect(parts(), 'the checklist is not shown: the agreement is not fetched').toEqual([]);
    const src = `/content/${guide.shortName}/${guide.contents[0]!.id}.json`;
    const heading = await page.evaluate(async (src) => {
      const el = document.createElement('qd-screen-pact');
      el.setAttribute('src', src);
      document.body.append(el);
      await customElements.whenDefined('qd-screen-pact');
      for (let i = 0; i < 100; i++) {
        const h = el.shadowRoot?.querySelector('h2');
        if (h) return h.textContent?.trim();
        await new Promise((r) => setTimeout(r, 50));
      }
      return '';
    }, src);
    expect(heading).toBe('Notre pacte familial');
    expect(parts()).toHaveLength(1);
    // The part imports the bundle's own URL (already loaded): no second download of the bundle.
    expect(requests.filter((u) => u.endsWith(`/${guide.cdn.file}`))).toHaveLength(1);
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url('')))).toEqual([]);
    await page.close();
  });

  it('tous les prototypes sur une page, chaque fichier chargé deux fois : tout s’affiche, aucune erreur', async () => {
    const { page, problems, requests } = await openDemo('/demo/ensemble.html');
    for (const p of prototypes) {
      if (p.contents.length === 0) continue;
      const reports = await waitRendered(page, p.tag, 2);
      expect(reports, p.tag).toHaveLength(2);
      for (const r of reports) {
        expect(r.rendered, p.tag).toBe(true);
        expect(r.alert, p.tag).toBe('');
      }
    }
    // Both copies of every bundle really ran (two distinct module URLs).
    for (const p of prototypes) {
      expect(
        requests.filter((u) => u.includes(`/${p.cdn.file}`)),
        p.name,
      ).toHaveLength(2);
    }
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url('')))).toEqual([]);
    await page.close();
  });
});
