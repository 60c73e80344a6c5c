#!/usr/bin/env node
// qd-size: the size gate. For every package under packages/ (or the folders given as arguments),
// measures each CDN bundle it declares (brotli and gzip, as shipped) against the budget written
// next to it in its package.json, prints one table, writes reports/sizes.json, and exits 1 when
// a bundle is over budget or missing.
//
//   "qd": { "budget": { "brotli": 24576 } }                       → dist/cdn/<name>.js
//   "qd": { "budgets": [ { "file": "dist/cdn/cv-preview.js", "brotli": 24576, "gzip": 30000 } ] }
//
// A bundle that does not meet its issue's budget yet may carry an explicit ratchet (ADR 0010):
//   "budget": { "brotli": 24576, "ceiling": 30413, "why": "docs/decisions/0010-…" }
// The gate then fails above the ceiling (no regression) and prints "OVER TARGET" with the gap on
// every run; `brotli` stays the figure the issue names.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';

const args = process.argv.slice(2);
const out = args.includes('--report') ? args[args.indexOf('--report') + 1] : 'reports/sizes.json';
const root = process.cwd();
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--report');
const packageDirs =
  dirs.length > 0
    ? dirs.map((d) => resolve(d))
    : readdirSync(join(root, 'packages'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(root, 'packages', d.name));

const kb = (n) => (n / 1024).toFixed(1);
const rows = [];
const onDemand = [];
let failures = 0;

for (const dir of packageDirs) {
  const pkgFile = join(dir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (pkg.private) continue;
  const short = pkg.name.split('/').pop();
  const budgets = [
    ...(pkg.qd?.budget ? [{ file: `dist/cdn/${short}.js`, ...pkg.qd.budget }] : []),
    ...(pkg.qd?.budgets ?? []),
    // Extra CDN entries (e.g. the CV preview alone): "qd": { "extraCdn": { "cv-preview.js": { "budget": {…} } } }
    ...Object.entries(pkg.qd?.extraCdn ?? {}).map(([file, extra]) => ({
      file: `dist/cdn/${file}`,
      ...(extra.budget ?? {}),
    })),
  ];
  if (budgets.length === 0) {
    // Packages without an element (core) are measured but have no budget of their own.
    budgets.push({ file: `dist/cdn/${short}.js` });
  }
  for (const b of budgets) {
    const path = join(dir, b.file);
    const row = {
      package: pkg.name,
      file: b.file,
      bytes: 0,
      gzip: 0,
      brotli: 0,
      budgetBrotli: b.brotli ?? null,
      budgetGzip: b.gzip ?? null,
      ceiling: b.ceiling ?? null,
      overTarget: false,
      ok: true,
      problem: '',
    };
    if (!existsSync(path)) {
      row.ok = false;
      row.problem = `missing: run \`pnpm build\` (${relative(root, path)})`;
    } else {
      const bytes = readFileSync(path);
      row.bytes = bytes.length;
      row.gzip = gzipSync(bytes, { level: 9 }).length;
      row.brotli = brotliCompressSync(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;
      if (b.brotli && row.brotli > b.brotli) {
        row.overTarget = true;
        if (b.ceiling && row.brotli <= b.ceiling) {
          row.problem = `OVER TARGET by ${kb(row.brotli - b.brotli)} KB (ratchet ${kb(b.ceiling)} KB holds, ${b.why ?? 'no reason given'})`;
        } else {
          row.ok = false;
          row.problem = b.ceiling
            ? `brotli ${kb(row.brotli)} KB > ratchet ${kb(b.ceiling)} KB (budget ${kb(b.brotli)} KB)`
            : `brotli ${kb(row.brotli)} KB > budget ${kb(b.brotli)} KB`;
        }
      }
      if (b.gzip && row.gzip > b.gzip) {
        row.ok = false;
        row.problem += `${row.problem ? '; ' : ''}gzip ${kb(row.gzip)} KB > budget ${kb(b.gzip)} KB`;
      }
    }
    if (!row.ok) failures++;
    rows.push(row);
  }
  // Files the bundles fetch only when needed (English/Arabic texts, explanations of a wrong
  // content file: docs/decisions/0012). Reported, never counted in a bundle's budget.
  const manifestFile = join(dir, 'dist/cdn/manifest.json');
  if (existsSync(manifestFile)) {
    const chunks = JSON.parse(readFileSync(manifestFile, 'utf8')).chunks ?? {};
    for (const file of Object.keys(chunks)) {
      const path = join(dir, 'dist/cdn', file);
      if (!existsSync(path)) continue;
      onDemand.push({
        package: pkg.name,
        file: `dist/cdn/${file}`,
        brotli: brotliCompressSync(readFileSync(path), {
          params: { [zc.BROTLI_PARAM_QUALITY]: 11 },
        }).length,
      });
    }
  }
}

const header = ['package', 'bundle', 'min KB', 'gzip KB', 'brotli KB', 'budget KB', 'margin', ''];
const table = rows.map((r) => [
  r.package,
  r.file.replace(/^dist\/cdn\//, ''),
  kb(r.bytes),
  kb(r.gzip),
  kb(r.brotli),
  r.budgetBrotli ? kb(r.budgetBrotli) : '—',
  r.budgetBrotli && r.brotli
    ? `${(((r.budgetBrotli - r.brotli) / r.budgetBrotli) * 100).toFixed(0)} %`
    : '',
  r.ok ? (r.overTarget ? r.problem : 'ok') : `OVER: ${r.problem}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log(
  `\nqd-size: CDN bundles (brotli q11, gzip -9)\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`,
);
for (const t of table) console.log(line(t));
if (onDemand.length > 0) {
  console.log(
    '\nloaded on demand only (English, Arabic, explanations of a wrong file), brotli KB:',
  );
  const byPackage = new Map();
  for (const r of onDemand) byPackage.set(r.package, [...(byPackage.get(r.package) ?? []), r]);
  for (const [name, files] of byPackage)
    console.log(
      `  ${name}: ${files.map((f) => `${f.file.replace(/^dist\/cdn\/|-[0-9a-f]+\.js$/g, '')} ${kb(f.brotli)}`).join(', ')}`,
    );
}

mkdirSync(join(root, out, '..'), { recursive: true });
writeFileSync(
  join(root, out),
  JSON.stringify({ measuredAt: new Date().toISOString(), bundles: rows, onDemand }, null, 2) + '\n',
);
const overTarget = rows.filter((r) => r.ok && r.overTarget).length;
console.log(
  `\n${rows.length} bundles, ${failures} over budget or missing, ${overTarget} over their issue's target under a ratchet → ${out}`,
);
process.exit(failures > 0 ? 1 : 0);
