#!/usr/bin/env node
// Extra CDN bundles of this package, until qd-build supports them (package.json "qd.extraCdn"):
// each entry → a self-contained, minified dist/cdn/<file> built exactly like qd-build's main
// bundle (esbuild + the kit's minify-literals plugin + terser), its SRI hash and sizes added to
// dist/cdn/manifest.json under "extra", and its npm entry (dist/<name>.js + .d.ts) next to the
// library build. Reports each bundle against its brotli budget (the kit's size gate, qd-size in
// `pnpm test`, is the one that fails; a build never fails on size).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';
import { basename, dirname, join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { minify as terser } from 'terser';
import { minifyLiteralsPlugin } from '../../../tools/kit-scripts/minify-literals.mjs';

const cwd = process.cwd();
const pkg = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
const extra = pkg.qd?.extraCdn ?? {};
const manifestFile = join(cwd, 'dist/cdn/manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
let over = false;

// The main bundle's budget too (qd-build reports its size; the budget is checked here for now).
const mainBudget = pkg.qd?.budget?.brotli;
if (mainBudget && manifest.brotli > mainBudget) {
  console.error(`✗ ${manifest.file}: ${kb(manifest.brotli)} brotli > budget ${kb(mainBudget)}`);
  over = true;
}

manifest.extra = {};
for (const [file, spec] of Object.entries(extra)) {
  const outfile = join(cwd, 'dist/cdn', file);
  const result = await esbuild({
    entryPoints: [join(cwd, spec.entry)],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'external',
    sourcemap: false,
    logLevel: 'warning',
    tsconfig: join(cwd, 'tsconfig.json'),
    write: false,
    plugins: [minifyLiteralsPlugin],
  });
  const js = result.outputFiles.find((f) => f.path === outfile);
  const legal = result.outputFiles.find((f) => f.path.endsWith('.LEGAL.txt'))?.text ?? '';
  const code = Buffer.from(
    (
      await terser(js.text, {
        module: true,
        ecma: 2020,
        compress: { passes: 2 },
        mangle: true,
        format: { comments: false },
      })
    ).code,
  );
  mkdirSync(dirname(outfile), { recursive: true });
  writeFileSync(outfile, code);
  if (legal) writeFileSync(`${outfile}.LEGAL.txt`, legal);
  const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
  manifest.extra[file] = { tag: spec.tag, integrity, bytes: code.length, gzip, brotli };
  const budget = spec.budget?.brotli;
  const verdict = budget
    ? brotli <= budget
      ? `≤ budget ${kb(budget)}`
      : `> budget ${kb(budget)} ✗`
    : '';
  console.log(
    `extra CDN ${pkg.name}: dist/cdn/${file} ${kb(code.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli ${verdict}`,
  );
  if (budget && brotli > budget) over = true;

  // npm entry: the entry compiled on its own, importing the library build (dist/index.js).
  const name = basename(spec.entry).replace(/\.ts$/, '');
  const lib = await esbuild({
    entryPoints: [join(cwd, spec.entry)],
    bundle: false,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: 'dist',
    logLevel: 'warning',
  });
  writeFileSync(join(cwd, `dist/${name}.js`), lib.outputFiles[0].text);
  writeFileSync(
    join(cwd, `dist/${name}.d.ts`),
    `export { ${spec.exportName ?? 'QdCvPreview'} } from './index.js';\n`,
  );
}
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
console.log(
  `main CDN ${pkg.name}: dist/cdn/${manifest.file} ${kb(manifest.brotli)} brotli${mainBudget ? ` (budget ${kb(mainBudget)})` : ''}`,
);
if (over) console.warn('⚠ au-dessus du budget : voir ci-dessus');
