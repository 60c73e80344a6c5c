/**
 * The shipped-files gates refuse what they watch for: two broken copies of the poll's dist/cdn —
 * its later screens' part gone (404), and the part asking its entry for a name the entry does not
 * export (the poll of 7 December) — must fail the walk gate, and the second the link check too.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';
import { checkCdnFolder } from '@quartiers-douai/kit-scripts/cdn-links';
import { launch, type Server } from './browser.js';
import { plainPage, shippedPrototypes, walkModule, walkShipped, type Shipped } from './shipped.js';

const poll = shippedPrototypes().find((p) => p.tag === 'qd-poll')!;
const sample = poll.samples.find((s) => s.startsWith('fete')) ?? poll.samples[0]!;
let browser: Browser;
const temp: string[] = [];

/** A copy of the poll's dist/cdn, broken by `breakIt`, served as the plain page's files. */
async function brokenCopy(
  breakIt: (dir: string, part: string) => void,
): Promise<{ dir: string; server: Server }> {
  const dir = mkdtempSync(join(tmpdir(), 'qd-broken-cdn-'));
  temp.push(dir);
  cpSync(join(poll.pkg.dir, 'dist/cdn'), dir, { recursive: true });
  const part = readdirSync(dir).find((f) => /^screens\.part-[0-9a-f]{10}\.js$/.test(f));
  if (!part) throw new Error('poll: screens.part-*.js absent de dist/cdn');
  breakIt(dir, part);
  const server = await startServer({
    mounts: { '/cdn/poll/': dir, '/content/poll/': join(poll.pkg.dir, 'content') },
  });
  server.page('/walks/poll.js', await walkModule(poll));
  server.page('/page.html', plainPage(poll as Shipped, sample, 'fr'));
  return { dir, server };
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

describe('gates on the shipped files refuse their broken fixtures', () => {
  it('the later screens’ part is missing (404): the walk gate fails, saying so', async () => {
    const { server } = await brokenCopy((dir, part) => rmSync(join(dir, part)));
    const r = await walkShipped(browser, server, poll, '/page.html', 'walk', 'fr');
    await server.close();
    expect(
      r.failures.some((f) => /^404 .*\/screens\.part-[0-9a-f]{10}\.js$/.test(f)),
      r.failures.join('\n'),
    ).toBe(true);
    expect(
      r.failures.some((f) => f.startsWith("le parcours s'arrête")),
      r.failures.join('\n'),
    ).toBe(true);
  });

  it('the part asks its entry for a name the entry lacks: the walk gate and the link check fail', async () => {
    const { dir, server } = await brokenCopy((d, part) => {
      const file = join(d, part);
      const code = readFileSync(file, 'utf8');
      const broken = code.replace(/^import\{/, 'import{qdAbsent,');
      if (broken === code) throw new Error('screens.part: first import not found');
      writeFileSync(file, broken);
    });
    const r = await walkShipped(browser, server, poll, '/page.html', 'walk', 'fr');
    await server.close();
    // The browser refuses the part (SyntaxError): the poll says its next screens could not come.
    expect(
      r.failures.some(
        (f) =>
          f.startsWith("le parcours s'arrête après « intro »") &&
          f.includes("La suite du sondage n'a pas pu être chargée"),
      ),
      r.failures.join('\n'),
    ).toBe(true);
    const links = checkCdnFolder(dir, { manifest: false });
    expect(
      links.some((l) => /importe \{ qdAbsent \} de \.\/poll\.js/.test(l)),
      links.join('\n'),
    ).toBe(true);
  });

  it('the same files unbroken pass (the fixtures fail for what was broken, nothing else)', async () => {
    const { server } = await brokenCopy(() => {});
    const r = await walkShipped(browser, server, poll, '/page.html', 'walk', 'fr');
    await server.close();
    expect(r.failures).toEqual([]);
  });
});
