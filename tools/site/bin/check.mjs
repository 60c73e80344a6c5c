#!/usr/bin/env node
// `pnpm site:test`: the tests of the built site (after `pnpm site`), served under /kit/ in
// Chromium (../lib/check.mjs): links and files, snippets and their SRI, axe at 320 and 1280 px
// on every page of the site, no request to another host, no web font. The copied parts
// (Storybook, the iframe pages) are loaded once each: no failed or foreign request. Then
// linkinator (the issue's own tool, served by itself) crawls the whole site from its home page:
// no broken address among the site's own (other hosts are not reachable from CI; their absence
// from every page is checked above).
//
//   node tools/site/bin/check.mjs [--dist site/dist] [--base /kit/]
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '@quartiers-douai/kit-scripts/packages';
import { LinkChecker } from 'linkinator';
import { checkSite } from '../lib/check.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = join(repoRoot, option('--dist', 'site/dist'));
const base = option('--base', '/kit/');
const started = Date.now();

const manifestFile = join(dist, 'site-manifest.json');
if (!existsSync(manifestFile)) {
  console.error(
    `site:test : ${relative(repoRoot, manifestFile)} manquant : lancez d'abord « pnpm site »`,
  );
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const embed = JSON.parse(readFileSync(join(dist, 'embed/embed-manifest.json'), 'utf8'));
const visits = [
  'storybook/index.html',
  'embed/index.html',
  ...Object.values(embed.pages)
    .map(
      (p) => `${p.page}${p.contents[0] ? `?content=${encodeURIComponent(p.contents[0].id)}` : ''}`,
    )
    .map((p) => `embed/${p}`),
];

console.log(
  `site:test : ${manifest.pages.length} pages à 320 et 1280 px, ${visits.length} pages copiées, sous ${base}`,
);
const { problems, links, snippets } = await checkSite({
  dist,
  pages: manifest.pages,
  visits,
  siteUrl: manifest.url,
  base,
  log: args.includes('--verbose') ? (l) => console.log(l) : () => {},
});
const crawl = await new LinkChecker().check({
  path: dist,
  recurse: true,
  concurrency: 8,
  // Only the site's own addresses: linkinator serves the folder on localhost.
  linksToSkip: ['^(?!http://(localhost|127\\.0\\.0\\.1)[:/])'],
});
const crawled = crawl.links.filter((l) => l.state === 'OK').length;
for (const l of crawl.links.filter((x) => x.state === 'BROKEN'))
  problems.push(
    `linkinator : ${l.url.replace(/^http:\/\/[^/]+\//, '')} (${l.status}) depuis ${String(l.parent).replace(/^http:\/\/[^/]+\//, '')}`,
  );
if (crawled < manifest.pages.length)
  problems.push(
    `linkinator n'a parcouru que ${crawled} adresses pour ${manifest.pages.length} pages`,
  );
const seconds = Math.round((Date.now() - started) / 1000);
if (problems.length) {
  console.error(`\nsite:test : ${problems.length} problème(s) :`);
  for (const p of problems) console.error(`  - ${p}`);
  console.error(`site:test : ÉCHEC (${seconds} s)`);
  process.exit(1);
}
console.log(
  `site:test : ${manifest.pages.length} pages × 2 largeurs sans erreur axe, ${links} adresses et ${snippets} extraits vérifiés, ${crawled} adresses parcourues par linkinator, aucune requête vers un autre site (${seconds} s)`,
);
