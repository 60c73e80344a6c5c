#!/usr/bin/env node
// Prints the size table of docs/quality.md (« Chiffres de la version en cours ») measured from the
// current build, as the size gate measures (brotli q11, gzip -9). With --write (`pnpm
// docs:figures`), writes it over the old one in docs/quality.md and the brotli sizes of README.md's
// prototype table (« 23,7 Ko pour 24 », « jury 25,2/26 »), when `node --test tools/site/test/` says
// a figure is out of date (tools/site/lib/doc-figures.mjs). Budgets are never written: they come
// from package.json and the check compares them.
import { kitPackages, repoRoot } from '@quartiers-douai/kit-scripts/packages';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { brotliSize } from '../lib/catalogue.mjs';
import { measureBundles } from '../lib/doc-figures.mjs';

const kb = (n) => `${(n / 1024).toFixed(1).replace('.', ',')} Ko`;
const LABELS = {
  'explain.lazy': 'explications',
  'texts.lazy': 'règles',
  'store.lazy': 'stockage',
  'kiosk.lazy': 'borne',
  'staff.lazy': 'équipe',
  'no-destination.lazy': 'sans destination',
  'results.lazy': 'résultats',
  'advisor.lazy': 'conseiller',
  'screens.part': 'écrans',
  'poll-results.part': 'résultats',
  'screen-pact.part': 'pacte',
  chunk: 'commun',
};
const label = (stem) => {
  const lang = /(?:^|-)(?:messages|text)\.(\w\w)$/.exec(stem);
  if (lang) return `${lang[1]}${stem.startsWith('core-') ? ' (core)' : ''}`;
  return LABELS[stem] ?? stem;
};
const bundles = measureBundles(kitPackages());
const rows = [];
const seen = new Set();
for (const b of bundles.values()) {
  let lazy = '';
  if (!seen.has(b.package.name)) {
    seen.add(b.package.name);
    const dir = join(b.package.dir, 'dist/cdn');
    const chunks = Object.keys(
      JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).chunks ?? {},
    );
    const sizes = new Map();
    for (const f of chunks) {
      const name = label(f.replace(/-[0-9a-f]{10}\.js$/, ''));
      const s = brotliSize(readFileSync(join(dir, f)));
      sizes.set(name, [...(sizes.get(name) ?? []), s]);
    }
    lazy = [...sizes]
      .sort((a, b) => a[0].localeCompare(b[0], 'fr'))
      .map(
        ([name, list]) =>
          `${name} ${[...new Set(list.map((s) => kb(s).replace(' Ko', '')))].join(' / ')}`,
      )
      .join(' · ');
  } else lazy = `(fichiers de ${b.package.shortName})`;
  rows.push([
    b.name,
    kb(b.bytes),
    kb(b.gzip),
    kb(b.brotli),
    b.budget ? `${Math.round(b.budget / 1024)} Ko ${b.brotli <= b.budget ? '✓' : '✗'}` : '—',
    lazy,
  ]);
}
const header = ['Paquet', 'min', 'gzip', 'brotli', 'budget', 'à la demande (brotli, Ko)'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
const table = [
  line(header),
  `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
  ...rows.map(line),
].join('\n');

if (!process.argv.includes('--write')) {
  console.log(table);
  process.exit(0);
}

/** Writes `text` to `file` (from the repository's root) as prettier formats it. */
async function save(file, text) {
  const path = join(repoRoot, file);
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}

// docs/quality.md: the table whose first cell is « Paquet » and that has a brotli column.
const qualityFile = 'docs/quality.md';
const quality = readFileSync(join(repoRoot, qualityFile), 'utf8').split('\n');
const start = quality.findIndex((l) => /^\|\s*Paquet\s*\|/.test(l) && /brotli/.test(l));
if (start < 0) throw new Error(`${qualityFile} : tableau « Paquet … brotli » introuvable`);
let end = start;
while (quality[end + 1]?.startsWith('|')) end++;
quality.splice(start, end - start + 1, table);
await save(qualityFile, quality.join('\n'));

// README.md: each prototype's row names its package; its « x,y Ko pour N » / « x,y/N » pairs are
// its CDN bundles in order (main first), as the check reads them.
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  .split('\n')
  .map((row) => {
    const named = /^\|.*`@quartiers-douai\/([\w-]+)`/.exec(row)?.[1];
    const own = named ? (bundles.get(named)?.siblings ?? []) : [];
    let i = 0;
    return own.length
      ? row.replace(/(\d+(?:,\d+)?)((?:\s?Ko)?\s?(?:pour |\/)\d+)/g, (all, _size, rest) => {
          const bundle = own[i++];
          return bundle ? `${kb(bundle.brotli).replace(' Ko', '')}${rest}` : all;
        })
      : row;
  });
await save('README.md', readme.join('\n'));

// Tables of a guide with a « Taille » and a « Budget » column, a row per file (docs/tutos.md):
// « 21 617 o (21,1 Ko) ».
const cellsOf = (row) => row.replace(/^\|/, '').replace(/\|$/, '').split('|');
const bytes = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
for (const file of readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md'))) {
  const lines = readFileSync(join(repoRoot, 'docs', file), 'utf8').split('\n');
  let header;
  let changed = false;
  lines.forEach((row, i) => {
    if (!row.startsWith('|')) return void (header = undefined);
    if (!header) return void (header = cellsOf(row).map((c) => c.trim()));
    const column = header.indexOf('Taille');
    const bundle = bundles.get(/`([\w-]+)\.js`/.exec(row)?.[1] ?? '');
    if (column < 0 || !header.includes('Budget') || !bundle) return;
    const cells = cellsOf(row);
    cells[column] = ` ${bytes(bundle.brotli)} o (${kb(bundle.brotli)}) `;
    lines[i] = `|${cells.join('|')}|`;
    changed = true;
  });
  if (changed) await save(`docs/${file}`, lines.join('\n'));
}
console.log(
  `docs:figures : les tailles de ${qualityFile}, README.md et des guides récrites depuis la construction`,
);
