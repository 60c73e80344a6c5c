#!/usr/bin/env node
// Collects what the builds produced, for the docs app (never hand-written):
//  - generated/custom-elements.json : every packages/*/custom-elements.json merged into one
//    manifest, for `setCustomElementsManifest` (autodocs: attributes, events, parts, CSS props);
//  - generated/embeds.json : per package, its name and version (package.json), its CDN bundle
//    (dist/cdn/manifest.json: file, SRI integrity, sizes), the elements it declares
//    (custom-elements.json) and its iframe page (apps/embed/dist/embed-manifest.json). The embed
//    snippets (npm, CDN <script>, iframe) are built from this file only.
// Runs before `dev`, `build-storybook`, `test` and `typecheck`. Something not built yet is listed
// with a `problem` (shown in the docs instead of a snippet), never with made-up data.
import { assertDependsOnAll, kitPackages, repoRoot } from '@quartiers-douai/kit-scripts/packages';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(appDir, 'generated');
const embedDir = join(repoRoot, 'apps', 'embed');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const packages = kitPackages();
// Turbo builds them (and the embed pages) before this app only if it depends on them.
assertDependsOnAll(appDir, [
  ...packages,
  ...(existsSync(join(embedDir, 'package.json')) ? [readJson(join(embedDir, 'package.json'))] : []),
]);

/** `{ tag, className, summary, attributes }` of every custom element a package's manifest declares. */
function tagsOf(cem) {
  const tags = [];
  for (const mod of cem.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) {
        tags.push({
          tag: d.tagName,
          className: d.name,
          summary: d.summary ?? d.description ?? '',
          attributes: (d.attributes ?? []).map((a) => a.name).filter(Boolean),
        });
      }
    }
  }
  return tags.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The package's CDN bundle as its build described it, checked against the file itself. */
function cdnOf(dir, pkg) {
  const manifestFile = join(dir, 'dist/cdn/manifest.json');
  if (!existsSync(manifestFile)) {
    return {
      problem: 'pas encore construit (dist/cdn/manifest.json manquant) : lancez « pnpm build »',
    };
  }
  const m = readJson(manifestFile);
  if (m.name !== pkg.name || m.version !== pkg.version) {
    return {
      problem: `construction périmée : dist/cdn/manifest.json décrit ${m.name}@${m.version}, package.json ${pkg.name}@${pkg.version} : relancez « pnpm build »`,
    };
  }
  if (typeof m.file !== 'string' || !/^[\w.-]+\.js$/.test(m.file)) {
    return { problem: `dist/cdn/manifest.json : nom de fichier inattendu « ${m.file} »` };
  }
  const bundle = join(dir, 'dist/cdn', m.file);
  if (!existsSync(bundle))
    return { problem: `dist/cdn/${m.file} manquant : relancez « pnpm build »` };
  const actual = 'sha384-' + createHash('sha384').update(readFileSync(bundle)).digest('base64');
  if (actual !== m.integrity) {
    return {
      problem: `dist/cdn/${m.file} ne correspond plus à son empreinte (integrity) : relancez « pnpm build »`,
    };
  }
  return {
    cdn: {
      file: m.file,
      url: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/${m.file}`,
      integrity: m.integrity,
      bytes: m.bytes,
      gzip: m.gzip,
      brotli: m.brotli,
    },
  };
}

/** Iframe pages of apps/embed, by package: `{ tag, url }`, from its build's embed-manifest.json. */
function embedPages() {
  const file = join(embedDir, 'dist', 'embed-manifest.json');
  if (!existsSync(file))
    return {
      pages: {},
      problem: 'pages iframe pas encore construites (apps/embed) : lancez « pnpm build »',
    };
  const m = readJson(file);
  if (!/^https:\/\//.test(m.baseUrl ?? '')) {
    return { pages: {}, problem: `apps/embed : adresse de publication invalide « ${m.baseUrl} »` };
  }
  const pages = {};
  // What the iframe page reads from its address: its own parameters and a few presentation
  // attributes (where answers go or what day it is never come from there).
  const reads = [...(m.address?.page ?? []), ...(m.address?.attributes ?? [])];
  for (const [name, page] of Object.entries(m.pages ?? {})) {
    pages[name] = {
      tag: page.tag,
      version: page.version,
      url: new URL(page.page, m.baseUrl).href,
      reads,
    };
  }
  return { pages };
}

const iframes = embedPages();
const modules = [];
const entries = {};
for (const { dir, folder, pkg } of packages) {
  const cemFile = join(dir, pkg.customElements ?? 'custom-elements.json');
  const cem = existsSync(cemFile) ? readJson(cemFile) : { modules: [] };
  // Module paths are relative to their package: prefix them so two packages never collide.
  for (const mod of cem.modules ?? [])
    modules.push({ ...mod, path: `packages/${folder}/${mod.path}` });
  const { cdn, problem } = cdnOf(dir, pkg);
  const exportsMap = typeof pkg.exports === 'object' && pkg.exports !== null ? pkg.exports : {};
  const page = iframes.pages[pkg.name];
  entries[pkg.name] = {
    name: pkg.name,
    version: pkg.version,
    shortName: pkg.name.split('/').pop(),
    description: pkg.description ?? '',
    private: pkg.private === true,
    define: './define' in exportsMap,
    tags: tagsOf(cem),
    cdn: cdn ?? null,
    iframe:
      page && page.version === pkg.version
        ? { tag: page.tag, url: page.url, reads: page.reads }
        : null,
    ...(problem ? { problem } : {}),
    ...(!page && iframes.problem ? { iframeProblem: iframes.problem } : {}),
    ...(page && page.version !== pkg.version
      ? { iframeProblem: `page iframe périmée (${page.version}) : relancez « pnpm build »` }
      : {}),
  };
}

/** Writes only on change, so the dev server does not reload for nothing. */
function write(file, data) {
  const text = JSON.stringify(data, null, 2) + '\n';
  const path = join(outDir, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}
mkdirSync(outDir, { recursive: true });
write('custom-elements.json', { schemaVersion: '1.0.0', readme: '', modules });
write('embeds.json', { packages: entries });

const lines = Object.values(entries).map((p) => {
  const what = p.problem
    ? `⚠ ${p.problem}`
    : `${p.cdn.file} ${(p.cdn.brotli / 1024).toFixed(1)} KB brotli`;
  const iframe = p.iframe ? `, iframe ${p.iframe.url}` : '';
  return `  ${p.name}@${p.version} [${p.tags.map((t) => t.tag).join(', ') || 'aucun élément'}] ${what}${iframe}`;
});
console.log(
  `collect: ${modules.length} module(s) de manifeste, ${lines.length} paquet(s)\n${lines.join('\n')}`,
);
