// The CDN bundle of a package (qd-build step 4), made by Rollup's own code splitting
// (docs/decisions/0017): the entry `<name>.js` holds everything a first screen needs; each module
// the code loads with `import()` (a language file, a `*.lazy.ts` module, a `*.part.ts` element)
// becomes a file of its own, named after its module and the hash of its final bytes, which imports
// what it shares with the entry *from the entry*, through names Rollup itself exported. No
// hand-written merge, no `export *`: every import between two files is a binding Rollup wrote on
// both sides (the shipped-files gate checks it, tools/quality/src/shipped.mjs).
//
// TypeScript goes through esbuild's transform (types stripped, Lit's experimental decorators),
// `minifyLiterals` folds the white space of css``/html`` templates, then each output file is
// minified by esbuild and squeezed once more by terser. Licence comments of bundled libraries
// (Lit…) go to `<name>.js.LEGAL.txt`. The caller hashes (SRI) the returned bytes, which are the
// final files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build as esbuild, transform } from 'esbuild';
import { minify as terser } from 'terser';
import { minifyLiterals } from './minify-literals.mjs';
import { manglePrivateNames } from './mangle-props.mjs';
import { repoRoot } from './packages.mjs';

/** What every CDN file is compiled to (old phones: Chromium 9x, Safari 14+). */
export const CDN_TARGET = 'es2021';

export const terserOptions = {
  module: true,
  ecma: 2020,
  // A third pass finds what the second one's inlining opened up (measured on poll.js: −19 B
  // brotli; never larger on any bundle). Only safe transforms: no unsafe_* nor pure_getters (Lit's
  // reactive properties are getters with effects).
  compress: { passes: 3 },
  mangle: true,
  format: { comments: false },
};

/** terser's options with the private names' shortening of this bundle (mangle-props.mjs). */
const terserWith = (extra) => ({ ...terserOptions, ...extra });

/** `import('./messages.en.js')`, `import('./explain.lazy.js')`: loaded on demand (ADR 0012, 0015). */
const LANGUAGE_FILE = /\.(en|ar|lazy)(-[\w-]+)?\.(js|ts)$/;
/** `import('./screen-pact.part.js')`: a part of the bundle, a whole element (ADR 0016). */
const PART_FILE = /\.part\.(js|ts)$/;

const tsconfigRaw = {
  compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
};

/**
 * Resolves the kit's own imports: `alias` (a package name → its source file, so that each
 * `import()` inside it can still become its own file) and `./x.js` written in TypeScript sources
 * for `./x.ts`.
 */
function kitSourcesPlugin(alias) {
  return {
    name: 'qd-kit-sources',
    async resolveId(source, importer, options) {
      if (alias[source]) return alias[source];
      if (!importer || !/^\.\.?\//.test(source)) return null;
      const asTs = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      if (source.endsWith('.js') && existsSync(asTs)) return asTs;
      return this.resolve(source, importer, { ...options, skipSelf: true });
    },
  };
}

/**
 * Any relative `import()` other than a language file, a lazy module or a part is refused with the
 * rule in French (it would be a file nobody named), and only our own files go through
 * `minifyLiterals` and the TypeScript transform.
 */
function kitTransformPlugin() {
  return {
    name: 'qd-transform',
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !/^\.\.?\//.test(specifier)) return null;
      if (importer.includes('node_modules')) return null;
      if (LANGUAGE_FILE.test(specifier) || PART_FILE.test(specifier)) return null;
      this.error(
        `qd-build: import('${specifier}') dans ${importer} : seuls les fichiers *.en.ts, *.ar.ts, *.lazy.ts (ADR 0012) et *.part.ts (ADR 0016) sont chargés à la demande ; renommez le module ou importez-le normalement`,
      );
    },
    async transform(code, id) {
      if (id.includes('node_modules') || !/\.(ts|js|mjs)$/.test(id)) return null;
      const r = await transform(minifyLiterals(code), {
        loader: id.endsWith('.ts') ? 'ts' : 'js',
        target: CDN_TARGET,
        tsconfigRaw,
        sourcefile: id,
      });
      return { code: r.code, map: null };
    },
  };
}

/** `sideEffects` of the package.json nearest to `id` (a file of ours): does the module have any? */
function kitSideEffects(id) {
  if (id.includes('node_modules')) return true;
  for (let dir = dirname(id); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const { sideEffects } = JSON.parse(readFileSync(file, 'utf8'));
    if (sideEffects === undefined || sideEffects === true) return true;
    if (sideEffects === false) return false;
    const path = './' + relative(dir, id).split(sep).join('/');
    return sideEffects.some((glob) =>
      new RegExp(
        '^' +
          glob
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^/]*') +
          '$',
      ).test(path),
    );
  }
  return true;
}

/** Rollup's chunk name → the kit's file name: `messages.en-<hash>.js`, `screen-pact.part-<hash>.js`. */
function chunkStem(chunkName) {
  // A dependency's built file keeps its module name, not tsup's hash (core-messages.en-AB12CD).
  return chunkName.replace(/(\.(en|ar|lazy))-[\w-]+$/, '$1');
}

/**
 * Bundles `entry` into `outdir/<name>.js` and its files loaded on demand beside it. Writes the
 * files (and `<name>.js.LEGAL.txt`) unless `write` is false.
 *
 * With `entries` (name → file) instead of `entry`/`name`, bundles them all together, Rollup
 * splitting what they share into `chunk-<hash>.js` files they import (one runtime for a site that
 * serves several prototypes: apps/wordpress); returns `{ files, legal }` (see `buildRuntime`).
 * @param {{ entry?: string, name?: string, entries?: Record<string, string>, outdir: string,
 *   alias?: Record<string, string>,
 *   write?: boolean, terse?: boolean }} options
 * @returns {Promise<{ code: Buffer, chunks: Array<{ file: string, code: Buffer, imports: string[] }>,
 *   legal: string, exports: string[] }>} `code` is the entry's final bytes, `chunks` the files
 *   loaded on demand (names relative to `outdir`), `exports` the entry's exported names.
 */
export async function buildCdnBundle({
  entry,
  name,
  entries,
  outdir,
  alias = {},
  write = true,
  terse = true,
  packagesDir = join(repoRoot, 'packages'),
  mangle = true,
}) {
  const mangler = manglePrivateNames({ packagesDir });
  const bundle = await rollup({
    input: entries ?? { [name]: entry },
    plugins: [
      kitSourcesPlugin(alias),
      mangler.plugin,
      kitTransformPlugin(),
      nodeResolve({ browser: true, extensions: ['.mjs', '.js', '.ts', '.json'] }),
    ],
    // The entry's public exports (defineX(), the element classes) stay as written.
    preserveEntrySignatures: 'allow-extension',
    // Our packages' `sideEffects` (package.json) hold for their sources too, as esbuild and any
    // npm user's bundler read them: a module none of whose exports is used is left out.
    treeshake: { moduleSideEffects: kitSideEffects },
    onwarn(warning, warn) {
      // zod places some `@__PURE__` notes where only esbuild reads them (Rollup says so, at length).
      if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
      if (
        warning.code === 'CIRCULAR_DEPENDENCY' &&
        warning.ids?.every((i) => i.includes('node_modules'))
      )
        return;
      warn(warning);
    },
  });
  const licences = new Set();
  let output;
  try {
    ({ output } = await bundle.generate({
      format: 'es',
      dir: outdir,
      entryFileNames: '[name].js',
      // A module shared by two files loaded later (never by the entry, which has it already)
      // is a `chunk-<hash>.js` those two import.
      chunkFileNames: (c) =>
        c.isDynamicEntry ? `${chunkStem(c.name)}-[hash:10].js` : 'chunk-[hash:10].js',
      hashCharacters: 'hex',
      // Names exported for the files loaded later are short (`a`, `b`…): internal, built together.
      minifyInternalExports: true,
      generatedCode: 'es2015',
      plugins: [
        {
          name: 'qd-minify',
          async renderChunk(code) {
            // esbuild's minifier in bundle mode (every import external: the chunk is already
            // bundled) knows the whole file: top-level `const` becomes `let`, constants are inlined.
            const built = await esbuild({
              stdin: { contents: code, loader: 'js', resolveDir: outdir },
              bundle: true,
              external: ['./*'],
              write: false,
              format: 'esm',
              minify: true,
              target: CDN_TARGET,
              charset: 'utf8',
              legalComments: 'external',
              outfile: join(outdir, 'chunk.js'),
              logLevel: 'warning',
            });
            const r = {
              code: built.outputFiles.find((f) => f.path.endsWith('.js')).text,
              legalComments: built.outputFiles.find((f) => f.path.endsWith('.LEGAL.txt'))?.text,
            };
            for (const c of (r.legalComments ?? '').split(/\n(?=\/[*/])/))
              if (c.trim()) licences.add(c.trim());
            const extra = mangle ? mangler.terser() : {};
            const text = terse ? (await terser(r.code, terserWith(extra))).code : r.code;
            return { code: text, map: null };
          },
        },
      ],
    }));
  } finally {
    await bundle.close();
  }
  const chunks = output.filter((o) => o.type === 'chunk');
  if (entries) return runtimeResult(chunks, [...licences].join('\n'), outdir, write);
  const main = chunks.find((c) => c.isEntry);
  if (!main) throw new Error(`qd-build: Rollup n'a pas produit ${name}.js`);
  // One file first: the entry never waits for another file before its first screen.
  if (main.imports.length > 0)
    throw new Error(
      `qd-build: ${name}.js importe ${main.imports.join(', ')} au chargement : un bundle CDN tient en un fichier (ses fichiers à la demande viennent avec import())`,
    );
  const others = chunks.filter((c) => c !== main);
  for (const c of others)
    if (!c.isDynamicEntry && !c.fileName.startsWith('chunk-'))
      throw new Error(`qd-build: fichier inattendu ${c.fileName}`);
  const legal = [...licences].join('\n');
  const result = {
    code: Buffer.from(main.code),
    exports: main.exports,
    chunks: others.map((c) => ({
      file: c.fileName,
      code: Buffer.from(c.code),
      imports: c.imports,
    })),
    legal,
    mangled: mangle ? mangler.mapping : {},
  };
  if (write) {
    mkdirSync(outdir, { recursive: true });
    writeFileSync(join(outdir, `${name}.js`), result.code);
    for (const c of result.chunks) writeFileSync(join(outdir, c.file), c.code);
    if (legal) writeFileSync(join(outdir, `${name}.js.LEGAL.txt`), legal + '\n');
  }
  return result;
}

/**
 * The files of a bundle of several entries: each with its static `imports` (loaded with it) and
 * `dynamicImports` (loaded later); the entries are `<name>.js`, the rest `chunk-<hash>.js` or a
 * file loaded on demand. Writes them (and `LEGAL.txt`) unless `write` is false.
 */
function runtimeResult(chunks, legal, outdir, write) {
  const files = chunks.map((c) => ({
    file: c.fileName,
    entry: c.isEntry ? c.name : undefined,
    code: Buffer.from(c.code),
    imports: c.imports,
    dynamicImports: c.dynamicImports,
  }));
  if (write) {
    mkdirSync(outdir, { recursive: true });
    for (const f of files) writeFileSync(join(outdir, f.file), f.code);
    if (legal) writeFileSync(join(outdir, 'LEGAL.txt'), legal + '\n');
  }
  return { files, legal };
}
