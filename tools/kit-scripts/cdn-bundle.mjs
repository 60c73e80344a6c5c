// The self-contained CDN bundle of a package (qd-build step 4): esbuild bundles and minifies,
// `minifyLiteralsPlugin` folds the white space of css``/html`` templates, terser squeezes the
// result once more (≈ 1 KB brotli on the quiz). Licence comments of bundled libraries (Lit…) go
// to `<file>.LEGAL.txt`. The caller hashes (SRI) the returned bytes, which are the final file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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

/**
 * Bundles `entry`; writes `outfile` (and `outfile.LEGAL.txt`) unless `write` is false.
 * @returns {Promise<{ code: Buffer, legal: string }>}
 */
export async function buildCdnBundle({
  entry,
  outfile,
  tsconfig,
  write = true,
  esbuildOptions = {},
  terse = true,
}) {
  const result = await esbuild({
    ...cdnEsbuildOptions,
    ...esbuildOptions,
    entryPoints: [entry],
    outfile,
    tsconfig,
    write: false,
    plugins: [minifyLiteralsPlugin],
  });
  const js = result.outputFiles.find((f) => f.path === outfile);
  const legal = result.outputFiles.find((f) => f.path.endsWith('.LEGAL.txt'))?.text ?? '';
  if (!js) throw new Error(`qd-build: esbuild n'a pas produit ${outfile}`);
  const code = terse
    ? Buffer.from((await terser(js.text, terserOptions)).code)
    : Buffer.from(js.contents);
  if (write) {
    mkdirSync(dirname(outfile), { recursive: true });
    writeFileSync(outfile, code);
    if (legal) writeFileSync(`${outfile}.LEGAL.txt`, legal);
  }
  return { code, legal };
}
