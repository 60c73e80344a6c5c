// A screenshot of each prototype's first screen, taken at build time in Chromium from the site's
// own copy of its iframe page (embed/<nom>.html?content=<first sample>): what a centre sees first.
// WebP (Chromium's encoder, through the DevTools protocol), 480 × 320: a few KB each.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '@quartiers-douai/kit-scripts/chromium';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';

export const SHOT = { width: 480, height: 320 };

/** @returns {Promise<Map<string, { file: string, width: number, height: number }>>} */
export async function takeScreenshots({ dist, protos, folder }) {
  const shots = new Map();
  mkdirSync(join(dist, folder), { recursive: true });
  const server = await startServer({ root: dist });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({
      viewport: SHOT,
      deviceScaleFactor: 1,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      locale: 'fr-FR',
    });
    // Only this server: a screenshot never asks anything of another site.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    for (const p of protos) {
      if (!p.embedPage || !p.samples[0]) continue;
      const page = await context.newPage();
      await page.goto(
        server.url(`/embed/${p.embedPage}?content=${encodeURIComponent(p.samples[0].id)}`),
        {
          waitUntil: 'networkidle',
        },
      );
      // The element has drawn its first screen: its content is ready, its render done, and its
      // shadow root shows a heading or a button and no « Chargement… ».
      await page.waitForFunction(
        async (tag) => {
          const el = document.querySelector(tag);
          if (!el || el.contentStatus !== 'ready') return false;
          await el.updateComplete;
          const root = el.shadowRoot;
          const text = root?.textContent ?? '';
          return Boolean(root?.querySelector('h1, h2, h3, button')) && !/Chargement/.test(text);
        },
        p.tag,
        { timeout: 15_000, polling: 100 },
      );
      await page.evaluate(() => document.fonts?.ready);
      await page.waitForTimeout(200);
      const cdp = await context.newCDPSession(page);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'webp', quality: 70 });
      const file = `${folder}/${p.shortName}.webp`;
      writeFileSync(join(dist, file), Buffer.from(data, 'base64'));
      shots.set(p.shortName, { file, ...SHOT });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return shots;
}
