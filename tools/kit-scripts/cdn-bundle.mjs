// The self-contained CDN bundle of a package (qd-build step 4): esbuild bundles and minifies,
// `minifyLiteralsPlugin` folds the white space of css``/html`` templates, terser squeezes the
// result once more (≈ 1 KB brotli on the quiz). Licence comments of bundled libraries (Lit…) go
// to `<file>.LEGAL.txt`. The caller hashes (SRI) the returned bytes, which are the final file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { minify as terser } from 'terser';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

/** Options shared by the build and the size measurements, so both see the same bundle. */
export const cdnEsbuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2021',
  platform: 'browser',
  // Module scripts are always decoded as UTF-8: French and Arabic text stays as is, not \u-escaped.
  charset: 'utf8',
  legalComments: 'external',
  sourcemap: false,
  logLevel: 'warning',
};

export const terserOptions = {
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
};

/** `import('./messages.en.js')`: a language file, bundled on its own (docs/decisions/0012). */
// A package's source `./messages.en.js`, or a dependency's built one (core's `dist/`, where tsup
// named it `core-messages.en-<hash>.js`).
// A `*.lazy.ts` module (e.g. core's French explanations of a wrong file) is split the same way.
const LANGUAGE_FILE = /\.(en|ar|lazy)(-[\w-]+)?\.js$/;
/**
 * `import('./screen-pact.part.js')`: a *part* of the bundle (docs/decisions/0016), split off so
 * that pages which never show it don't download it. Unlike a lazy file it may use anything the
 * bundle uses (Lit, zod, core, the package's own modules): it imports those from the bundle itself
 * (`./<name>.js`, already in the page's module map), never a copy.
 */
const PART_FILE = /\.part\.js$/;

/**
 * Bundles `entry` into `outdir/<name>.js`. A language file the code loads with `import()` (the
 * English and Arabic message catalogs, `./messages.en.js`, docs/decisions/0012) is bundled on its
 * own as `<module>-<hash>.js` beside it and the import points there: the entry stays
 * self-contained for a French page, the language files are fetched only by pages in those
 * languages, relative to the entry's own URL. Each language file is self-contained too (any code
 * it needed would be copied in, never shared). Writes the files (and `<name>.js.LEGAL.txt`)
 * unless `write` is false.
 * @returns {Promise<{ code: Buffer, chunks: Array<{ file: string, code: Buffer }>, legal: string }>}
 *   `code` is the entry's final bytes, `chunks` its language files (names relative to `outdir`).
 */
export async function buildCdnBundle({
  entry,
  name,
  outdir,
  tsconfig,
  write = true,
  esbuildOptions = {},
  terse = true,
}) {
  const hasParts = await importsParts(entry, { ...esbuildOptions, tsconfig });
  const finalize = async (text) =>
    terse ? Buffer.from((await terser(text, terserOptions)).code) : Buffer.from(text);
  /** @type {Map<string, { file: string, code: Buffer }>} source path → language file */
  const languageFiles = new Map();
  const languagePlugin = {
    name: 'qd-language-files',
    setup(b) {
      // Any other relative import() would be inlined silently (no splitting): say so instead.
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (
          args.kind !== 'dynamic-import' ||
          LANGUAGE_FILE.test(args.path) ||
          PART_FILE.test(args.path)
        )
          return undefined;
        if (args.importer.includes('node_modules')) return undefined;
        throw new Error(
          `qd-build: import('${args.path}') dans ${args.importer} : seuls les fichiers *.en.ts, *.ar.ts, *.lazy.ts (ADR 0012) et *.part.ts (ADR 0016) sont chargés à la demande ; renommez le module ou importez-le normalement`,
        );
      });
      b.onResolve({ filter: LANGUAGE_FILE }, async (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const asTs = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        const source = existsSync(asTs) ? asTs : resolve(args.resolveDir, args.path);
        let built = languageFiles.get(source);
        if (!built) {
          const r = await esbuild({
            ...cdnEsbuildOptions,
            ...esbuildOptions,
            entryPoints: [source],
            outfile: join(outdir, 'language.js'),
            tsconfig,
            write: false,
            metafile: true,
            // A lazy file may load another (the storage code loads the explanations of a wrong
            // file): that one stays a file of its own, not a copy inside.
            plugins: [languagePlugin],
          });
          const shared = Object.keys(r.metafile.inputs).filter((f) => f.includes('node_modules'));
          if (shared.length)
            throw new Error(
              `qd-build: ${source} est chargé à part mais importe ${shared[0]} : un fichier chargé à la demande ne doit contenir que des textes et du code sans dépendance (sinon lit ou zod seraient copiés deux fois)`,
            );
          const code = await finalize(r.outputFiles.find((f) => f.path.endsWith('.js')).text);
          const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
          const stem = basename(source).replace(/(\.(en|ar|lazy))(-[\w-]+)?\.(ts|js)$/, '$1');
          built = { file: `${stem}-${hash}.js`, code };
          languageFiles.set(source, built);
        }
        return { path: `./${built.file}`, external: true };
      });
    },
  };
  const result = await esbuild({
    ...cdnEsbuildOptions,
    ...esbuildOptions,
    entryPoints: [entry],
    // With parts, esbuild splits: the entry, each part, and the code they share (`chunk-*.js`),
    // which mergeShared() then puts back into the entry.
    ...(hasParts ? { splitting: true, outdir, entryNames: name, chunkNames: '[name]-[hash]' } : {}),
    ...(hasParts ? {} : { outfile: join(outdir, `${name}.js`) }),
    tsconfig,
    write: false,
    metafile: hasParts,
    plugins: [languagePlugin, minifyLiteralsPlugin],
  });
  // Split, each output has its licence notes: the kit ships them together, once each.
  const legal = [
    ...new Set(
      result.outputFiles
        .filter((f) => f.path.endsWith('.LEGAL.txt'))
        .flatMap((f) => f.text.split(/\n(?=\/[*/])/)),
    ),
  ].join('\n');
  const outputs = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const js = outputs.find((f) => basename(f.path) === `${name}.js`);
  if (!js) throw new Error(`qd-build: esbuild n'a pas produit ${name}.js`);
  const merged = hasParts ? await mergeShared(name, outputs) : { entry: js.text, parts: [] };
  // Parts are named like lazy files, by the hash of their final bytes, and the entry says so.
  const parts = [];
  let entryText = merged.entry;
  for (const p of merged.parts)
    for (const other of merged.parts)
      if (p.text.includes(`"./${other.file}"`))
        throw new Error(
          `qd-build: ${p.file} charge ${other.file} : une partie (ADR 0016) est chargée par le bundle, pas par une autre partie`,
        );
  for (const p of merged.parts) {
    const partCode = await finalize(p.text);
    const hash = createHash('sha256').update(partCode).digest('hex').slice(0, 10);
    const file = p.file.replace(/-[A-Z0-9]+\.js$/, `-${hash}.js`);
    entryText = entryText.split(`"./${p.file}"`).join(`"./${file}"`);
    parts.push({ file, code: partCode });
  }
  const code = await finalize(entryText);
  const chunks = [...languageFiles.values(), ...parts];
  if (write) {
    mkdirSync(outdir, { recursive: true });
    writeFileSync(join(outdir, `${name}.js`), code);
    for (const c of chunks) writeFileSync(join(outdir, c.file), c.code);
    if (legal) writeFileSync(join(outdir, `${name}.js.LEGAL.txt`), legal);
  }
  return { code, chunks, legal };
}

/** Whether the bundle of `entry` loads a `*.part.ts` module with `import()` (a quick scan build). */
async function importsParts(entry, { tsconfig, ...esbuildOptions }) {
  let found = false;
  await esbuild({
    ...cdnEsbuildOptions,
    ...esbuildOptions,
    entryPoints: [entry],
    outfile: 'scan.js',
    tsconfig,
    write: false,
    minify: false,
    plugins: [
      {
        name: 'qd-scan-parts',
        setup(b) {
          b.onResolve({ filter: /\.js$/ }, (args) => {
            if (args.kind !== 'dynamic-import') return undefined;
            if (PART_FILE.test(args.path)) found = true;
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return found;
}

/**
 * esbuild's split output → what the kit ships (docs/decisions/0016): the code shared by the entry
 * and its parts (`chunk-*.js`) goes back into the entry, which exports it, and each part imports
 * it from the entry (`./<name>.js`). A page thus loads one file first, as before; a part, when
 * asked for, comes alone and reuses the entry's Lit, zod and core: nothing is downloaded twice.
 */
async function mergeShared(name, outputs) {
  const byName = new Map(outputs.map((f) => [basename(f.path), f.text]));
  const shared = [...byName.keys()].filter((f) => f.startsWith('chunk-'));
  const parts = [...byName.keys()].filter((f) => f !== `${name}.js` && !shared.includes(f));
  const toEntry = (text) =>
    shared.reduce((t, c) => t.split(`"./${c}"`).join(`"./${name}.js"`), text);
  const r = await esbuild({
    ...cdnEsbuildOptions,
    stdin: {
      contents: [
        ...shared.map((c) => `export * from './${c}';`),
        `export * from './${name}.js';`,
      ].join('\n'),
      loader: 'js',
      resolveDir: '/',
    },
    outfile: `${name}.js`,
    write: false,
    legalComments: 'none',
    plugins: [
      {
        name: 'qd-merge-shared',
        setup(b) {
          b.onResolve({ filter: /^\.\// }, (args) => {
            const file = args.path.slice(2);
            if (args.kind === 'dynamic-import' || !byName.has(file))
              return { path: args.path, external: true };
            return { path: file, namespace: 'qd-split' };
          });
          b.onLoad({ filter: /.*/, namespace: 'qd-split' }, (args) => ({
            contents: byName.get(args.path),
            loader: 'js',
          }));
        },
      },
    ],
  });
  const entry = r.outputFiles.find((f) => f.path.endsWith('.js')).text;
  return { entry, parts: parts.map((file) => ({ file, text: toEntry(byName.get(file)) })) };
}
