#!/usr/bin/env node
// Collects what each package's `pnpm build` produced, for the docs app (never hand-written):
//  - generated/custom-elements.json : every packages/*/custom-elements.json merged into one
//    manifest, for `setCustomElementsManifest` (autodocs: attributes, events, parts, CSS props);
//  - generated/embeds.json : per package, its name and version (package.json), its CDN bundle
//    (dist/cdn/manifest.json: file, SRI integrity, sizes) and the tags it defines — the embed
//    snippets (npm, CDN <script>, iframe) are built from this file only.
// Runs before `dev`, `build-storybook`, `test` and `typecheck`. A package that is not built yet is
// listed with a `problem` (shown in the docs instead of a snippet), never with made-up data.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = join(appDir, '..', '..');
const packagesDir = join(repoDir, 'packages');
const outDir = join(appDir, 'generated');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const app = readJson(join(appDir, 'package.json'));

/** Where apps/embed is published; `QD_EMBED_BASE_URL` overrides package.json "qd.embedBaseUrl". */
const embedBaseUrl = withSlash(process.env.QD_EMBED_BASE_URL || app.qd?.embedBaseUrl || '');
if (!/^https:\/\//.test(embedBaseUrl)) {
  throw new Error(
    `collect: "qd.embedBaseUrl" (apps/storybook/package.json) doit être une adresse https:// (reçu « ${embedBaseUrl} »)`,
  );
}

function withSlash(url) {
  return url && !url.endsWith('/') ? `${url}/` : url;
}

/** `{ tag, className, summary }` of every custom element a package's manifest declares. */
function tagsOf(cem) {
  const tags = [];
  for (const mod of cem.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) {
        tags.push({ tag: d.tagName, className: d.name, summary: d.summary ?? d.description ?? '' });
      }
    }
  }
  return tags.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The package's CDN bundle as the build described it, checked against the file itself. */
function cdnOf(dir, pkg) {
  const manifestFile = join(dir, 'dist/cdn/manifest.json');
  if (!existsSync(manifestFile)) {
    return {
      problem: `pas encore construit (dist/cdn/manifest.json manquant) : lancez « pnpm build »`,
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

const modules = [];
const packages = {};
const dirs = existsSync(packagesDir) ? readdirSync(packagesDir).sort() : [];
for (const name of dirs) {
  const dir = join(packagesDir, name);
  if (!existsSync(join(dir, 'package.json'))) continue;
  const pkg = readJson(join(dir, 'package.json'));
  const cemFile = join(dir, pkg.customElements ?? 'custom-elements.json');
  const cem = existsSync(cemFile) ? readJson(cemFile) : { modules: [] };
  // Module paths are relative to their package: prefix them so two packages never collide.
  for (const mod of cem.modules ?? [])
    modules.push({ ...mod, path: `packages/${name}/${mod.path}` });
  const { cdn, problem } = cdnOf(dir, pkg);
  const exportsMap = typeof pkg.exports === 'object' && pkg.exports !== null ? pkg.exports : {};
  packages[pkg.name] = {
    name: pkg.name,
    version: pkg.version,
    shortName: pkg.name.split('/').pop(),
    description: pkg.description ?? '',
    private: pkg.private === true,
    define: './define' in exportsMap,
    tags: tagsOf(cem),
    cdn: cdn ?? null,
    ...(problem ? { problem } : {}),
  };
}

const merged = { schemaVersion: '1.0.0', readme: '', modules };
const embeds = { embedBaseUrl, packages };

/** Writes only on change, so the dev server does not reload for nothing. */
function write(file, data) {
  const text = JSON.stringify(data, null, 2) + '\n';
  const path = join(outDir, file);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}
mkdirSync(outDir, { recursive: true });
write('custom-elements.json', merged);
write('embeds.json', embeds);

const lines = Object.values(packages).map((p) => {
  const what = p.problem
    ? `⚠ ${p.problem}`
    : `${p.cdn.file} ${(p.cdn.brotli / 1024).toFixed(1)} KB brotli`;
  return `  ${p.name}@${p.version} [${p.tags.map((t) => t.tag).join(', ') || 'aucun élément'}] ${what}`;
});
console.log(
  `collect: ${modules.length} module(s) de manifeste, ${lines.length} paquet(s)\n${lines.join('\n')}`,
);
