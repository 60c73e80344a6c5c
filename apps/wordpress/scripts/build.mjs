#!/usr/bin/env node
// The WordPress plugin: dist/quartiers-douai-kit/ (the PHP of plugin/, plus what is generated
// here) and dist/quartiers-douai-kit.zip, the file a centre installs (Extensions → Ajouter).
//  1. the kit's runtime, assets/kit/: every prototype's define modules built TOGETHER, Rollup
//     splitting what they share (Lit, zod, core) into chunk files, with the CDN build's own
//     settings (tools/kit-scripts/cdn-bundle.mjs) — Lit, zod and core load once per site;
//  2. one block per public element, assets/blocks/<name>/block.json, and assets/elements.json
//     (what the renderer, the shortcode and the block editor read), from the packages' manifests;
//  3. the admin scripts: the blocks' editor (src/blocks-editor.js, WordPress's globals, no build)
//     and the content editor's checker (src/content-editor.ts + the prototypes' schemas, bundled);
//  4. the zip; and the runtime's sizes (scripts/sizes.mjs prints them).
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { buildCdnBundle, CDN_TARGET } from '@quartiers-douai/kit-scripts/cdn-bundle';
import {
  blockAttribute,
  defineEntries,
  kitElements,
  prototypes,
  repoRoot,
  settingsOf,
} from './elements.mjs';
import { runtimeSizes, printSizes } from './sizes.mjs';
import { zipFolder } from './zip.mjs';

export const SLUG = 'quartiers-douai-kit';
const app = fileURLToPath(new URL('..', import.meta.url));
const dist = join(app, 'dist');
const out = join(dist, SLUG);
const started = Date.now();

rmSync(dist, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(app, 'plugin'), out, { recursive: true });
copyFileSync(join(repoRoot, 'LICENSE'), join(out, 'LICENSE'));

// 1. The runtime. The kit's packages come from their sources (as in their CDN bundles), so each
// `import()` inside them (language files, parts) is still a file of its own.
const kitSources = {};
for (const name of ['core', ...prototypes().map((p) => p.name)]) {
  const dir = join(repoRoot, 'packages', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  kitSources[pkg.name] = realpathSync(join(dir, 'src/index.ts'));
  for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
    const built = typeof target === 'object' ? target.default : target;
    const source = typeof built === 'string' && built.match(/^\.\/dist\/(.+)\.js$/);
    if (sub !== '.' && source && existsSync(join(dir, 'src', `${source[1]}.ts`)))
      kitSources[`${pkg.name}/${sub.slice(2)}`] = join(dir, 'src', `${source[1]}.ts`);
  }
}
const entries = Object.fromEntries(
  prototypes()
    .flatMap(defineEntries)
    .map((e) => [e.name, e.file]),
);
const kitDir = join(out, 'assets', 'kit');
const runtime = await buildCdnBundle({ entries, outdir: kitDir, alias: kitSources });

// 2. The blocks, and the elements' data for PHP and the editor.
const elements = kitElements();
const data = elements.map((e) => ({
  tag: e.tag,
  block: e.block,
  prototype: e.prototype,
  entry: e.entry,
  title: e.title,
  settings: settingsOf(e),
}));
for (const e of elements) {
  const name = e.block.split('/')[1];
  const blockJson = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 2,
    name: e.block,
    title: `${e.title} — <${e.tag}>`,
    category: 'quartiers-douai',
    icon: 'groups',
    description: e.description,
    keywords: ['quartiers-douai', e.prototype, e.tag],
    textdomain: SLUG,
    attributes: {
      content: { type: 'integer', default: 0 },
      ...Object.fromEntries(settingsOf(e).map((s) => [s.name, blockAttribute(s)])),
    },
    supports: { html: false, reusable: true },
    editorScript: 'qd-kit-blocks-editor',
  };
  mkdirSync(join(out, 'assets', 'blocks', name), { recursive: true });
  writeFileSync(
    join(out, 'assets', 'blocks', name, 'block.json'),
    JSON.stringify(blockJson, null, 2) + '\n',
  );
}
writeFileSync(join(out, 'assets', 'elements.json'), JSON.stringify(data, null, 1) + '\n');

// 3. The admin scripts.
copyFileSync(join(app, 'src', 'blocks-editor.js'), join(out, 'assets', 'blocks-editor.js'));
await esbuild({
  entryPoints: [join(app, 'src', 'content-editor.ts')],
  outfile: join(out, 'assets', 'content-editor.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: CDN_TARGET,
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
});

// 4. Sizes and the zip.
const sizes = runtimeSizes(runtime.files, elements);
writeFileSync(join(dist, 'runtime-sizes.json'), JSON.stringify(sizes, null, 2) + '\n');
// Each entry's files loaded with it (the renderer preloads them: one round trip, not a cascade).
const files = Object.fromEntries(Object.entries(sizes.entries).map(([e, v]) => [e, v.files]));
writeFileSync(join(out, 'assets', 'runtime.json'), JSON.stringify(files) + '\n');
zipFolder(out, join(dist, `${SLUG}.zip`), SLUG);
printSizes(sizes);
console.log(
  `extension : dist/${SLUG}.zip, ${elements.length} blocs, ${runtime.files.length} fichiers du kit (${Date.now() - started} ms)`,
);
