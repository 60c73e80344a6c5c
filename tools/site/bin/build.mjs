#!/usr/bin/env node
// `pnpm site`: builds the kit's public site into site/dist/ (docs/release.md, « Le site »), from
// what the builds made — never from a hand-written list:
//   index.html                   home page for centres: the prototypes as cards (package.json "qd",
//                                @summary, samples, size, languages, version, a screenshot)
//   prototypes/<nom>.html        a page per prototype: live demo of each sample (iframe pages),
//                                « Essayer », « Télécharger l'exemple », « Intégrer » (3 snippets)
//   docs/…                       docs/*.md and docs/decisions/*.md as pages
//   contenus.html, contenus/     the shared contents (contents/index.json), when present
//   versions.html, versions/     versions, changelogs (CHANGELOG.md) and pending changesets
//   storybook/                   apps/storybook/storybook-static (pnpm build-storybook)
//   embed/                       apps/embed/dist (iframe pages, resize.js, samples)
//   cdn/<nom>@<version>/         every package's dist/cdn; cdn/index.json lists each file's SRI
//   captures/<nom>.webp          screenshots of each prototype's iframe page (Chromium)
//   studio/                      apps/studio/dist, when it is built
//   telechargements/             the WordPress plugin's zip (apps/wordpress/dist), when it is built
// Every address inside the site is relative: it works under any base path (/, /kit/…). The
// snippets are absolute (they are pasted in other sites): --url gives the public address
// (default: the parent of apps/embed's "qd.baseUrl", https://quartiers-douai.github.io/kit/).
//
//   node tools/site/bin/build.mjs [--url https://…/] [--out site/dist] [--no-screenshots]
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { repoRoot } from '@quartiers-douai/kit-scripts/packages';
import {
  changelogs as readChangelogs,
  pendingChangesets,
  prototypes as readPrototypes,
  publishedCdn,
  sharedContents,
  sri,
} from '../lib/catalogue.mjs';
import { CSS, navigation } from '../lib/layout.mjs';
import { createMarkdown, firstHeading } from '../lib/markdown.mjs';
import {
  changelogPage,
  contentsPage,
  docPage,
  docsIndexPage,
  homePage,
  prototypePage,
  versionsPage,
} from '../lib/pages.mjs';
import { takeScreenshots } from '../lib/screenshots.mjs';

const started = Date.now();
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const out = join(repoRoot, option('--out') ?? 'site/dist');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const embedDir = join(repoRoot, 'apps/embed/dist');
const storybookDir = join(repoRoot, 'apps/storybook/storybook-static');
const studioDir = join(repoRoot, 'apps/studio/dist');
for (const [file, command] of [
  [join(embedDir, 'embed-manifest.json'), 'pnpm build'],
  [join(storybookDir, 'index.html'), 'pnpm build-storybook'],
])
  if (!existsSync(file))
    throw new Error(
      `site : ${relative(repoRoot, file)} manquant : lancez « ${command} » (ou « pnpm site », qui le fait)`,
    );

const embedManifest = readJson(join(embedDir, 'embed-manifest.json'));
const siteUrl = (() => {
  const url =
    option('--url') ??
    new URL('..', embedManifest.baseUrl || 'https://quartiers-douai.github.io/kit/embed/').href;
  const u = new URL(url);
  if (u.protocol !== 'https:' && u.hostname !== '127.0.0.1' && u.hostname !== 'localhost')
    throw new Error(`site : --url doit être une adresse https:// (reçu « ${url} »)`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
})();
const repository = (() => {
  const core = readJson(join(repoRoot, 'packages/core/package.json'));
  return String(core.repository?.url ?? 'https://github.com/quartiers-douai/kit')
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');
})();

const protos = readPrototypes({ embedManifest });
const published = publishedCdn();
const contents = sharedContents();
const logs = readChangelogs();
const pending = pendingChangesets();
const studio = existsSync(join(studioDir, 'index.html'));
// The WordPress plugin (apps/wordpress), when it is built: its zip, offered for download.
const wordpressDir = join(repoRoot, 'apps/wordpress');
const wordpressZip = join(wordpressDir, 'dist/quartiers-douai-kit.zip');
const wordpress = existsSync(wordpressZip)
  ? {
      file: 'telechargements/quartiers-douai-kit.zip',
      bytes: statSync(wordpressZip).size,
      version: readJson(join(wordpressDir, 'package.json')).version,
      guide: existsSync(join(repoRoot, 'docs/wordpress.md')),
    }
  : undefined;

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const write = (path, text) => {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
};

// --- files built elsewhere, copied as they are ---------------------------------------------------
cpSync(embedDir, join(out, 'embed'), { recursive: true });
cpSync(storybookDir, join(out, 'storybook'), { recursive: true });
if (studio) cpSync(studioDir, join(out, 'studio'), { recursive: true });
if (wordpress) cpSync(wordpressZip, join(out, wordpress.file));
const cdnIndex = { generatedBy: 'tools/site/bin/build.mjs', packages: {} };
for (const p of published) {
  const folder = `${p.shortName}@${p.version}`;
  cpSync(p.cdn.dir, join(out, 'cdn', folder), { recursive: true });
  cdnIndex.packages[p.name] = {
    version: p.version,
    folder: `${folder}/`,
    main: p.cdn.manifest.file,
    files: Object.fromEntries(p.cdn.files.map((f) => [f, sri(readFileSync(join(p.cdn.dir, f)))])),
  };
}
write('cdn/index.json', `${JSON.stringify(cdnIndex, null, 2)}\n`);
if (contents)
  for (const d of readdirSync(contents.dir, { withFileTypes: true }))
    if (d.isDirectory() && contents.entries.some((c) => c.file.startsWith(`${d.name}/`)))
      cpSync(join(contents.dir, d.name), join(out, 'contenus', d.name), { recursive: true });
write('site.css', CSS);

// --- Markdown: docs/*.md, docs/decisions/*.md, changelogs ------------------------------------------
/** A link written in `fromFile` (a path in the repository) → its address in the site, from `pagePath`. */
function siteLink(fromFile, pagePath) {
  return (target) => {
    const [path, hash = ''] = target.split('#');
    if (path === '') return undefined; // "#anchor" stays
    const resolved = posix.normalize(posix.join(posix.dirname(fromFile), path)).replace(/\/$/, '');
    const fromPage = (sitePath) => {
      const rel = posix.relative(posix.dirname(pagePath), sitePath);
      return `${rel}${hash ? `#${hash}` : ''}`;
    };
    if (/^docs\/([\w-]+\/)?[\w-]+\.md$/.test(resolved))
      return fromPage(resolved.replace(/\.md$/, '.html'));
    if (resolved === 'docs/decisions')
      return fromPage('docs/index.html').replace(/#.*$/, '') + '#decisions';
    if (resolved === 'docs') return fromPage('docs/index.html');
    const kind =
      existsSync(join(repoRoot, resolved)) && statSync(join(repoRoot, resolved)).isDirectory()
        ? 'tree'
        : 'blob';
    return `${repository}/${kind}/main/${resolved}${hash ? `#${hash}` : ''}`;
  };
}
const mdFiles = (dir) =>
  existsSync(join(repoRoot, dir))
    ? readdirSync(join(repoRoot, dir))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];
const docs = [...mdFiles('docs'), ...mdFiles('docs/decisions')].map((file) => {
  const text = readFileSync(join(repoRoot, file), 'utf8');
  const name = posix.basename(file, '.md');
  return {
    file,
    name,
    text,
    title: firstHeading(text) ?? name,
    path: file.replace(/\.md$/, '.html'),
  };
});

const guideNames = new Set(protos.map((p) => p.guide).filter(Boolean));
const DEVELOPER_DOCS = new Set(['architecture', 'quality', 'release']);
const topDocs = docs.filter((d) => !d.file.startsWith('docs/decisions/'));
const groups = [
  {
    id: 'centres',
    title: 'Pour les centres',
    docs: topDocs.filter((d) => !guideNames.has(d.name) && !DEVELOPER_DOCS.has(d.name)),
  },
  {
    id: 'outils',
    title: 'Un guide par outil',
    docs: topDocs.filter((d) => guideNames.has(d.name)),
  },
  {
    id: 'developpeurs',
    title: 'Pour les développeurs',
    docs: topDocs.filter((d) => DEVELOPER_DOCS.has(d.name)),
  },
];
// « Démarrer » first, then the order of the files.
groups[0].docs.sort((a, b) => (a.name === 'demarrer' ? -1 : b.name === 'demarrer' ? 1 : 0));

const nav = navigation({ contents: Boolean(contents), versions: true });
for (const d of docs) {
  const markdown = createMarkdown({ link: siteLink(d.file, d.path) });
  write(
    d.path,
    docPage({
      path: d.path,
      title: d.title,
      html: markdown.render(d.text),
      nav,
      source: `${repository}/blob/main/${d.file}`,
    }),
  );
}
write(
  'docs/index.html',
  docsIndexPage({
    groups,
    decisions: docs.filter((d) => d.file.startsWith('docs/decisions/')),
    nav,
  }),
);

// --- screenshots, then the catalogue --------------------------------------------------------------
const screenshots = args.includes('--no-screenshots')
  ? new Map()
  : await takeScreenshots({ dist: out, protos, folder: 'captures' });
write(
  'index.html',
  homePage({ protos, contents, screenshots, nav, guides: groups[0].docs, wordpress }),
);
for (const p of protos) {
  const file = `packages/${p.folder}/README.md`;
  const markdown = createMarkdown({ link: siteLink(file, `prototypes/${p.shortName}.html`) });
  write(
    `prototypes/${p.shortName}.html`,
    prototypePage({ p, siteUrl, nav, markdown, studio, wordpress }),
  );
}
if (contents) write('contenus.html', contentsPage({ contents, protos, nav, studio }));
write('versions.html', versionsPage({ published, changelogs: logs, pending, nav }));
for (const log of logs) {
  const markdown = createMarkdown({
    link: siteLink(`packages/${log.shortName}/CHANGELOG.md`, `versions/${log.shortName}.html`),
  });
  write(
    `versions/${log.shortName}.html`,
    changelogPage({ log, html: markdown.render(log.text), nav }),
  );
}

// --- what was built ---------------------------------------------------------------------------------
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}
const files = walk(out);
const size = (list) => list.reduce((n, f) => n + statSync(f).size, 0);
const ours = files.filter((f) => !/^(storybook|embed|cdn|studio)\//.test(relative(out, f)));
const pages = ours
  .filter((f) => f.endsWith('.html'))
  .map((f) => relative(out, f))
  .sort();
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} Mo`;
const summary = {
  url: siteUrl,
  pages,
  files: files.length,
  bytes: size(files),
  parts: Object.fromEntries(
    ['storybook', 'embed', 'cdn', 'captures', 'contenus'].map((part) => [
      part,
      size(files.filter((f) => relative(out, f).startsWith(`${part}/`))),
    ]),
  ),
  pagesBytes: size(ours.filter((f) => f.endsWith('.html') || f.endsWith('.css'))),
};
write('site-manifest.json', `${JSON.stringify(summary, null, 2)}\n`);
console.log(
  `site: ${pages.length} pages (${protos.length} prototypes, ${docs.length} guides et décisions${contents ? `, ${contents.entries.length} contenus partagés` : ''}), ` +
    `${files.length} fichiers, ${mb(summary.bytes)} en tout (pages ${mb(summary.pagesBytes)}, Storybook ${mb(summary.parts.storybook)}, embed ${mb(summary.parts.embed)}, cdn ${mb(summary.parts.cdn)}) → ${relative(repoRoot, out)}/ pour ${siteUrl} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
