// Tests of a built site (docs/release.md, « Le site ») served under a base path (/kit/), in
// Chromium, every request intercepted:
//  - links: every address of every page (a, link, img, iframe, script, source) answers 200 from
//    the site, stays under the base path (no address starting with "/"), and its #fragment exists
//    in the target page; no request of a page fails (4xx, 5xx);
//  - snippets: every address in a prototype's snippets (pre[data-snippet]) that points to the
//    site's public address exists in the site, and every `integrity` matches its file; every SRI
//    of cdn/index.json matches its file;
//  - axe (WCAG 2.2 A/AA and best practices) finds nothing on every page, at each width;
//  - no request to any other host, no web font.
// Returns the problems as French sentences: an empty list means the site passes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '@quartiers-douai/kit-scripts/chromium';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

/**
 * @param {object} o
 * @param {string} o.dist          the built site
 * @param {string[]} o.pages       its own pages (paths from the root), each tested fully
 * @param {string[]} [o.visits]    other pages (with their query) only loaded: no failed or foreign request
 * @param {string} [o.siteUrl]     the public address the snippets use
 * @param {string} [o.base]        the base path to serve the site under
 * @param {number[]} [o.widths]
 * @param {(line: string) => void} [o.log]
 */
export async function checkSite({
  dist,
  pages,
  visits = [],
  siteUrl,
  base = '/kit/',
  widths = [320, 1280],
  log = () => {},
}) {
  const problems = [];
  const server = await startServer({ mounts: { [base]: dist } });
  const origin = new URL(server.url('/')).origin;
  const browser = await chromium.launch(chromiumLaunchOptions());
  /** id lists of the pages visited, by path */
  const ids = new Map();
  /** address → pages that link to it */
  const links = new Map();
  const snippets = [];
  try {
    for (const width of widths) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'fr-FR',
        reducedMotion: 'reduce',
      });
      let current = '';
      await context.route('**/*', (route) => {
        const request = route.request();
        const url = new URL(request.url());
        if (url.origin !== origin) {
          problems.push(`${current} (${width} px) : requête vers un autre site : ${url.href}`);
          return route.abort();
        }
        if (request.resourceType() === 'font')
          problems.push(`${current} (${width} px) : police web demandée : ${url.pathname}`);
        return route.continue();
      });
      const page = await context.newPage();
      page.on('response', (response) => {
        if (response.status() >= 400)
          problems.push(
            `${current} (${width} px) : ${response.status()} pour ${new URL(response.url()).pathname}`,
          );
      });
      for (const path of [...pages, ...visits]) {
        current = path;
        const own = pages.includes(path);
        if (!own && width !== widths[widths.length - 1]) continue;
        const started = Date.now();
        await page.goto(`${origin}${base}${path}`, { waitUntil: 'load' });
        if (!own) {
          await page.waitForLoadState('networkidle').catch(() => {});
          log(`  ${path} (${Date.now() - started} ms)`);
          continue;
        }
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(
          (tags) =>
            window.axe.run(document, {
              runOnly: { type: 'tag', values: tags },
              resultTypes: ['violations'],
            }),
          AXE_TAGS,
        );
        for (const v of result.violations)
          problems.push(
            `${path} (${width} px) : axe ${v.id} (${v.impact}) : ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' ; ')}`,
          );
        if (width === widths[widths.length - 1]) {
          const found = await page.evaluate(() => ({
            ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
            names: [...document.querySelectorAll('a[name]')].map((el) => el.getAttribute('name')),
            refs: [
              ...[...document.querySelectorAll('a[href], link[href], area[href]')].map((el) =>
                el.getAttribute('href'),
              ),
              ...[
                ...document.querySelectorAll(
                  'img[src], iframe[src], script[src], source[src], video[src], audio[src], track[src]',
                ),
              ].map((el) => el.getAttribute('src')),
            ],
            snippets: [...document.querySelectorAll('pre[data-snippet]')].map((el) => ({
              kind: el.getAttribute('data-snippet'),
              text: el.textContent,
            })),
          }));
          ids.set(path, new Set([...found.ids, ...found.names]));
          for (const ref of found.refs) {
            if (!ref) continue;
            const absolute = new URL(ref, `${origin}${base}${path}`).href;
            if (!links.has(absolute)) links.set(absolute, { from: path, raw: ref });
            if (ref.startsWith('/'))
              problems.push(
                `${path} : adresse absolue « ${ref} » : le site ne marcherait pas sous une autre adresse de base`,
              );
          }
          for (const s of found.snippets) snippets.push({ ...s, page: path });
        }
        log(`  ${path} (${width} px, ${Date.now() - started} ms)`);
      }
      await context.close();
    }

    // --- every link answers, inside the base path, and its fragment exists --------------------------
    const status = new Map();
    const fetchStatus = async (url) => {
      if (!status.has(url)) status.set(url, (await fetch(url)).status);
      return status.get(url);
    };
    for (const [href, { from, raw }] of links) {
      const url = new URL(href);
      if (url.origin !== origin) {
        if (!/^(https?|mailto|tel|data):$/.test(url.protocol))
          problems.push(`${from} : lien d'un type inattendu « ${raw} »`);
        continue; // a link to another site (GitHub, npm…) is followed by the reader, never loaded
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${from} : « ${raw} » sort du site (${url.pathname} hors de ${base})`);
        continue;
      }
      const target = `${url.origin}${url.pathname}`;
      const code = await fetchStatus(target);
      if (code !== 200) {
        problems.push(`${from} : lien cassé « ${raw} » (${code})`);
        continue;
      }
      if (url.hash) {
        const path = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
        const targetIds = ids.get(path.endsWith('/') ? `${path}index.html` : path);
        const id = decodeURIComponent(url.hash.slice(1));
        if (targetIds && !targetIds.has(id))
          problems.push(`${from} : « ${raw} » : la page ${path} n'a pas d'ancre #${id}`);
      }
    }

    // --- snippets: addresses exist, integrity matches -----------------------------------------------
    if (siteUrl) {
      for (const s of snippets) {
        for (const m of s.text.matchAll(/\b(src|href)="([^"]+)"/g)) {
          const address = m[2];
          if (!address.startsWith(siteUrl)) continue;
          const local = new URL(`${base}${address.slice(siteUrl.length)}`, origin);
          const response = await fetch(`${local.origin}${local.pathname}`);
          if (response.status !== 200) {
            problems.push(
              `${s.page} : extrait ${s.kind} : « ${address} » n'existe pas dans le site (${response.status})`,
            );
            continue;
          }
          const tag = s.text.slice(s.text.lastIndexOf('<', m.index), s.text.indexOf('>', m.index));
          const integrity = /\bintegrity="([^"]+)"/.exec(tag)?.[1];
          if (integrity) {
            const actual = sri(Buffer.from(await response.arrayBuffer()));
            if (actual !== integrity)
              problems.push(
                `${s.page} : extrait ${s.kind} : l'empreinte de « ${address} » ne correspond pas au fichier (${actual})`,
              );
          }
        }
      }
      if (!snippets.some((s) => s.kind === 'cdn'))
        problems.push('aucun extrait « script » trouvé dans les pages des prototypes');
    }
    // --- cdn/index.json: each SRI matches its file ---------------------------------------------------
    let index;
    try {
      index = JSON.parse(readFileSync(join(dist, 'cdn/index.json'), 'utf8'));
    } catch {
      problems.push('cdn/index.json manquant ou illisible');
    }
    for (const [name, p] of Object.entries(index?.packages ?? {}))
      for (const [file, integrity] of Object.entries(p.files)) {
        let bytes;
        try {
          bytes = readFileSync(join(dist, 'cdn', p.folder, file));
        } catch {
          problems.push(`cdn/index.json : ${name} : ${p.folder}${file} manquant`);
          continue;
        }
        if (sri(bytes) !== integrity)
          problems.push(
            `cdn/index.json : ${name} : l'empreinte de ${p.folder}${file} ne correspond pas`,
          );
      }
  } finally {
    await browser.close();
    await server.close();
  }
  return { problems: [...new Set(problems)], links: links.size, snippets: snippets.length };
}
