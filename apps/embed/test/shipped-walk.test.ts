/**
 * Gate: what ships is what is tested (issue #21). Every prototype is walked to its last screen —
 * its own `walk` (mouse) and `keyboard` (keys only) from src/quality.ts — in the files a centre
 * uses: a plain page that loads `packages/<name>/dist/cdn` as it is, over HTTP, with the docs'
 * snippet (SRI), in French, English and Arabic; and the iframe page built from the same files.
 * Every sample in French, the first in English and Arabic. A walk that throws, a file that does
 * not come (404), a page error, a request to another site, or a walk and a keyboard walk that
 * end on different screens fail the gate. Its broken fixtures are in shipped-walk.fixture.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';
import { launch, type Server } from './browser.js';
import {
  LANGS,
  mounts,
  plainPage,
  extraPage,
  showShipped,
  shippedExtras,
  shippedPrototypes,
  walkModule,
  walkShipped,
  type Lang,
  type Mode,
  type Shipped,
} from './shipped.js';

const all = shippedPrototypes();
const extras = new Map(
  await Promise.all(all.map(async (p) => [p, await shippedExtras(p)] as const)),
);
let server: Server;
let browser: Browser;
const ends = new Map<string, string>();

beforeAll(async () => {
  server = await startServer({ mounts: mounts(all) });
  for (const p of all) server.page(`/walks/${p.pkg.shortName}.js`, await walkModule(p));
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One walk, judged; mouse and keyboard must end on the same screen. */
async function walkPage(p: Shipped, path: string, mode: Mode, lang: Lang, key: string) {
  const r = await walkShipped(browser, server, p, path, mode, lang);
  expect(r.failures, key).toEqual([]);
  const other = ends.get(key.replace(mode, mode === 'walk' ? 'keyboard' : 'walk'));
  if (other) expect(r.last, `${key} : même dernier écran que l'autre parcours`).toBe(other);
  ends.set(key, r.last);
}

for (const p of all) {
  describe(`${p.pkg.name} : fichiers dist/cdn dans une page simple`, () => {
    const cases = p.samples.flatMap((sample, i) =>
      LANGS.filter((lang) => lang === 'fr' || i === 0).map((lang) => ({ sample, lang })),
    );
    for (const { sample, lang } of cases)
      for (const mode of ['walk', 'keyboard'] as const)
        it(`${sample} · ${lang} · ${mode}`, async () => {
          const path = `/shipped/${p.pkg.shortName}/${lang}/${sample}.html`;
          server.page(path, plainPage(p, sample, lang));
          await walkPage(p, path, mode, lang, `page ${p.tag} ${sample} ${lang} ${mode}`);
        }, 120_000);
  });
  describe(`${p.pkg.name} : page iframe`, () => {
    const sample = p.samples[0]!.replace(/\.json$/, '');
    for (const lang of LANGS)
      for (const mode of ['walk', 'keyboard'] as const)
        it(`${sample} · ${lang} · ${mode}`, async () => {
          await walkPage(
            p,
            `/embed/${p.pkg.shortName}.html?content=${sample}&lang=${lang}`,
            mode,
            lang,
            `iframe ${p.tag} ${lang} ${mode}`,
          );
        }, 120_000);
  });
}

for (const p of all)
  for (const extra of extras.get(p)!)
    describe(`${p.pkg.name} : <${extra.tag}> depuis dist/cdn/${extra.file}`, () => {
      for (const lang of LANGS)
        it(
          lang,
          async () => {
            const path = `/shipped/${p.pkg.shortName}/${lang}/${extra.tag}.html`;
            server.page(path, extraPage(p, extra, lang));
            expect(await showShipped(browser, server, extra.tag, path, lang)).toEqual([]);
          },
          60_000,
        );
    });
