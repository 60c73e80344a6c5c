// The catalogue of the site, read from the packages and their builds — never written by hand:
// package.json ("qd": title, audience, theme, action, guide, tag; version), the README's first
// paragraph, the Custom Elements Manifest (@summary of each element), dist/cdn/manifest.json
// (files, SRI, sizes; the languages from its message files), the samples the embed pages built
// (apps/embed/dist/embed-manifest.json). A new prototype is a new card: nothing else to write.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zc } from 'node:zlib';
import { kitPackages, repoRoot } from '@quartiers-douai/kit-scripts/packages';
import { firstParagraph } from './markdown.mjs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

export const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
/** Brotli size as the size gate measures it (quality 11: tools/kit-scripts/bin/qd-size.mjs). */
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The project's four themes and who a tool is for (same words as contents/index.json). */
export const THEMES = ['insertion', 'périscolaire', 'expression citoyenne', 'accueil et démarches'];
export const AUDIENCES = {
  '6-10': 'enfants de 6 à 10 ans',
  '11-17': 'jeunes de 11 à 17 ans',
  adultes: 'adultes',
  familles: 'familles',
  tous: 'tout public',
};
export const LANGUAGES = { fr: 'français', en: 'anglais', ar: 'arabe' };

/**
 * Does the package offer « Écouter » (read-aloud)? True when its own sources (not tests or stories)
 * create core's read-aloud controller (or the one that loads it on demand) or draw its button:
 * `new ReadAloud(`, `new ReadAloudFeature(`, `readAloudButton(`,
 * or the base element's `this.listen(`.
 */
export function offersReadAloud(dir) {
  const src = join(dir, 'src');
  if (!existsSync(src)) return false;
  const files = readdirSync(src, { recursive: true }).filter(
    (f) => /\.ts$/.test(f) && !/\.(test|stories)\.ts$|(^|\/)test\//.test(f),
  );
  return files.some((f) =>
    /\bnew ReadAloud(?:Feature)?\(|\breadAloudButton\(|\bthis\.listen\(/.test(
      readFileSync(join(src, f), 'utf8'),
    ),
  );
}

/** Every custom element a package's manifest declares: `{ tag, summary }`. */
function elementsOf(p) {
  const file = join(p.dir, p.pkg.customElements ?? 'custom-elements.json');
  if (!existsSync(file)) return [];
  return readJson(file)
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => ({ tag: d.tagName, summary: d.summary ?? '' }));
}

/** `dist/cdn` of a package, checked: every file of its manifest present and true to its SRI. */
export function cdnOf(p) {
  const dir = join(p.dir, 'dist/cdn');
  const file = join(dir, 'manifest.json');
  if (!existsSync(file))
    throw new Error(
      `site : ${p.name} n'est pas construit (${file} manquant) : lancez « pnpm build »`,
    );
  const manifest = readJson(file);
  if (manifest.version !== p.version)
    throw new Error(
      `site : ${p.name} : dist/cdn/manifest.json décrit la version ${manifest.version}, package.json ${p.version} : relancez « pnpm build »`,
    );
  const bundles = [
    { file: manifest.file, ...manifest },
    ...Object.entries(manifest.extra ?? {}).map(([f, m]) => ({ ...m, file: f })),
  ].map((b) => {
    const bytes = readFileSync(join(dir, b.file));
    if (sri(bytes) !== b.integrity)
      throw new Error(`site : ${p.name} : dist/cdn/${b.file} ne correspond pas à son empreinte`);
    return { file: b.file, integrity: b.integrity, bytes: bytes.length, brotli: b.brotli };
  });
  const files = readdirSync(dir).sort();
  const languages = [
    'fr',
    ...new Set(
      files.map((f) => /(?:^|-)messages\.([a-z]{2})-[0-9a-f]+\.js$/.exec(f)?.[1]).filter(Boolean),
    ),
  ];
  return { dir, manifest, bundles, files, languages: [...new Set(languages)] };
}

/**
 * The prototypes (packages/* with "qd.tag"), in the order of their folders, with everything the
 * site shows of them. `embedManifest`: apps/embed/dist/embed-manifest.json, for the samples.
 */
export function prototypes({ root = repoRoot, embedManifest } = {}) {
  return kitPackages(root)
    .filter((p) => p.tag && !p.private)
    .map((p) => {
      const qd = p.pkg.qd ?? {};
      const elements = elementsOf(p);
      const main = elements.find((e) => e.tag === p.tag);
      const readme = existsSync(join(p.dir, 'README.md'))
        ? readFileSync(join(p.dir, 'README.md'), 'utf8')
        : '';
      const page = embedManifest?.pages?.[p.name];
      const guide =
        typeof qd.guide === 'string' && existsSync(join(root, 'docs', `${qd.guide}.md`))
          ? qd.guide
          : undefined;
      return {
        name: p.name,
        shortName: p.shortName,
        folder: p.folder,
        dir: p.dir,
        version: p.version,
        tag: p.tag,
        title: qd.title ?? main?.summary ?? p.name,
        summary: main?.summary || p.pkg.description || '',
        intro: firstParagraph(readme),
        description: p.pkg.description ?? '',
        audience: Array.isArray(qd.audience) ? qd.audience : [],
        theme: Array.isArray(qd.theme) ? qd.theme : [],
        action: typeof qd.action === 'string' ? qd.action : '',
        guide,
        elements,
        readAloud: offersReadAloud(p.dir),
        cdn: cdnOf(p),
        samples: (page?.contents ?? []).map((c) => ({ id: c.id, title: c.title })),
        embedPage: page?.page,
        demoAttributes: qd.demoAttributes ?? {},
      };
    });
}

/** Every published package (core included) with its CDN folder, for cdn/<name>@<version>/. */
export function publishedCdn(root = repoRoot) {
  return kitPackages(root)
    .filter((p) => !p.private)
    .map((p) => ({ name: p.name, shortName: p.shortName, version: p.version, cdn: cdnOf(p) }));
}

/** The packages' CHANGELOG.md files, if any. */
export function changelogs(root = repoRoot) {
  return kitPackages(root)
    .filter((p) => !p.private && existsSync(join(p.dir, 'CHANGELOG.md')))
    .map((p) => ({
      name: p.name,
      shortName: p.shortName,
      version: p.version,
      text: readFileSync(join(p.dir, 'CHANGELOG.md'), 'utf8'),
    }));
}

/** Pending changesets (.changeset/*.md): `{ id, releases: {name: type}, summary }`. */
export function pendingChangesets(root = repoRoot) {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      const releases = {};
      for (const line of (m?.[1] ?? '').split('\n')) {
        const r = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(line);
        if (r) releases[r[1]] = r[2];
      }
      return { id: f.replace(/\.md$/, ''), releases, summary: (m?.[2] ?? text).trim() };
    });
}

/** The shared contents (contents/index.json), when the library exists. */
export function sharedContents(root = repoRoot) {
  const file = join(root, 'contents', 'index.json');
  if (!existsSync(file)) return undefined;
  const index = readJson(file);
  const centres = new Map((index.centres ?? []).map((c) => [c.id, c.name]));
  return {
    dir: join(root, 'contents'),
    entries: (index.contents ?? []).map((c) => {
      const path = join(root, 'contents', c.file);
      const json = existsSync(path) ? readJson(path) : {};
      return {
        ...c,
        title: typeof json.title === 'string' ? json.title : c.file,
        centreName: centres.get(c.centre) ?? c.centre,
        exists: existsSync(path),
      };
    }),
  };
}
