#!/usr/bin/env node
// qd-build: the one build every package of the kit runs (HOUSE-STYLE "package anatomy").
//  1. ESM + .d.ts of src/index.ts, src/define.ts, src/schema.ts (tsup; dependencies stay external)
//  2. JSON Schema files from the zod schemas (core's contentJsonSchema), for editors and sample checks
//  3. custom-elements.json (Custom Elements Manifest) from the JSDoc of the elements
//  4. a self-contained, minified CDN bundle dist/cdn/<name>.js (+ "qd.extraCdn" ones, + lazy en/ar
//     language files) with SRI hashes and sizes in dist/cdn/manifest.json
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build as tsup } from 'tsup';
import { buildCdnBundle } from '../cdn-bundle.mjs';

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
const qd = pkg.qd ?? {};
const shortName = pkg.name.split('/').pop();
const has = (p) => existsSync(join(cwd, p));
const started = Date.now();

// 1. library build
const entry = [
  ...['src/index.ts', 'src/define.ts', 'src/schema.ts'].filter(has),
  // Library-only modules of their own ("qd.entries", exported by a subpath): never in a CDN bundle.
  ...(qd.entries ?? []),
  ...Object.values(qd.extraCdn ?? {}).map((spec) => spec.entry),
];
rmSync(join(cwd, 'dist'), { recursive: true, force: true });
await tsup({
  entry,
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'browser',
  outDir: 'dist',
  silent: true,
  external: [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    /^lit\//,
    /^zod\//,
    /^@quartiers-douai\//,
  ],
  tsconfig: has('tsconfig.build.json') ? 'tsconfig.build.json' : 'tsconfig.json',
});

// 2. JSON Schemas
const schemaFiles = qd.schemas ?? (has('src/schema.ts') ? { 'schema.json': 'contentSchema' } : {});
if (Object.keys(schemaFiles).length > 0) {
  const mod = await import(pathToFileURL(join(cwd, 'dist/schema.js')).href);
  // core's contentJsonSchema: zod's JSON Schema (io: 'input') plus the bounds of the kit's rules.
  const require = createRequire(join(cwd, 'package.json'));
  const { contentJsonSchema } = await import(
    pathToFileURL(require.resolve('@quartiers-douai/core/json-schema')).href
  );
  for (const [file, exportName] of Object.entries(schemaFiles)) {
    const schema = mod[exportName];
    if (!schema)
      throw new Error(
        `qd-build: src/schema.ts n'exporte pas « ${exportName} » (voir package.json "qd.schemas")`,
      );
    const json = contentJsonSchema(schema);
    json.title = `${pkg.name} — ${exportName}`;
    json.$id = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version.split('.')[0]}/${file}`;
    const target = join(cwd, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(json, null, 2) + '\n');
  }
}

// 3. Custom Elements Manifest
if (has('src/define.ts')) {
  const require = createRequire(import.meta.url);
  // cem.js is the analyzer's command (cli.js only defines it); the config reads the kit's
  // defineElement('qd-x', QdX) calls and never rewrites package.json.
  const cli = join(
    dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')),
    'cem.js',
  );
  const config = fileURLToPath(new URL('../cem.config.mjs', import.meta.url));
  const res = spawnSync(
    process.execPath,
    [
      cli,
      'analyze',
      '--config',
      config,
      '--litelement',
      '--globs',
      'src/**/*.ts',
      '--exclude',
      'src/**/*.test.ts',
      'src/**/*.stories.ts',
      'src/**/*.bench.ts',
      // The package's own test helpers (the shared ones are @quartiers-douai/kit-scripts/testing).
      'src/test/**',
      '--outdir',
      '.',
      '--quiet',
    ],
    { cwd, stdio: 'inherit' },
  );
  const cemFile = join(cwd, 'custom-elements.json');
  if (res.status !== 0 || !existsSync(cemFile))
    throw new Error('qd-build: custom-elements-manifest a échoué (custom-elements.json absent)');
  const declared = JSON.parse(readFileSync(cemFile, 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  if (qd.tag && !declared.some((d) => d.tagName === qd.tag)) {
    throw new Error(
      `qd-build: custom-elements.json ne déclare pas <${qd.tag}> (package.json "qd.tag") : définissez-le avec defineElement('${qd.tag}', Classe) dans src/define.ts`,
    );
  }
}

// 4. CDN bundles + SRI (Rollup, esbuild, terser: see ../cdn-bundle.mjs); each hash is of the final file.
// The main bundle dist/cdn/<name>.js, plus any "qd.extraCdn" entry (e.g. the CV preview alone),
// each self-contained; their lazy language files (chunks) are listed with their own hashes.
const sizes = (bytes) => ({
  integrity: 'sha384-' + createHash('sha384').update(bytes).digest('base64'),
  bytes: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const cdnDir = join(cwd, 'dist/cdn');
// The kit's own packages are bundled from their sources (same code as their dist/): there, each
// `import()` of a language file or a `*.lazy.ts` module can still become its own file, which
// tsup's chunks (shared with the static exports) no longer allow.
const kitSources = {};
for (const dep of Object.keys(pkg.dependencies ?? {}).filter((d) =>
  d.startsWith('@quartiers-douai/'),
)) {
  const dir = join(cwd, 'node_modules', dep);
  if (existsSync(join(dir, 'src/index.ts')))
    kitSources[dep] = realpathSync(join(dir, 'src/index.ts'));
  // Its subpaths too ("./save-file" → dist/util/save-file.js → src/util/save-file.ts).
  const depPkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [sub, target] of Object.entries(depPkg.exports ?? {})) {
    const built = typeof target === 'object' ? target.default : target;
    const source = typeof built === 'string' && built.match(/^\.\/dist\/(.+)\.js$/);
    if (sub !== '.' && source && existsSync(join(dir, 'src', `${source[1]}.ts`)))
      kitSources[`${dep}/${sub.slice(2)}`] = realpathSync(join(dir, 'src', `${source[1]}.ts`));
  }
}
const bundle = (entryFile, file) =>
  buildCdnBundle({
    entry: join(cwd, entryFile),
    name: file.replace(/\.js$/, ''),
    outdir: cdnDir,
    alias: kitSources,
  });
const cdnEntry = has('src/define.ts') ? 'src/define.ts' : 'src/index.ts';
const main = await bundle(cdnEntry, `${shortName}.js`);
const chunks = {};
for (const c of main.chunks) chunks[c.file] = sizes(c.code);
const extra = {};
for (const [file, spec] of Object.entries(qd.extraCdn ?? {})) {
  const built = await bundle(spec.entry, file);
  extra[file] = { tag: spec.tag, ...sizes(built.code) };
  for (const c of built.chunks) chunks[c.file] = sizes(c.code);
}
const manifest = {
  name: pkg.name,
  version: pkg.version,
  file: `${shortName}.js`,
  ...sizes(main.code),
  ...(Object.keys(chunks).length ? { chunks } : {}),
  ...(Object.keys(extra).length ? { extra } : {}),
};
writeFileSync(join(cdnDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
const cdnFile = `dist/cdn/${manifest.file}`;
const { gzip, brotli } = manifest;
const bytes = main.code;

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log(
  `qd-build ${pkg.name}: ${cdnFile} ${kb(bytes.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli (${Date.now() - started} ms)`,
);
for (const [file, m] of Object.entries(manifest.extra ?? {}))
  console.log(`  + dist/cdn/${file} ${kb(m.bytes)} min, ${kb(m.brotli)} brotli`);
for (const [file, m] of Object.entries(manifest.chunks ?? {}))
  console.log(`  + dist/cdn/${file} (chargé à la demande) ${kb(m.brotli)} brotli`);
