#!/usr/bin/env node
// Prints the size table of docs/quality.md (« Chiffres de la version en cours ») measured from the
// current build, as the size gate measures (brotli q11, gzip -9): paste it over the old one when
// `node --test tools/site/test/` says a figure is out of date (tools/site/lib/doc-figures.mjs).
import { kitPackages } from '@quartiers-douai/kit-scripts/packages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
console.log(
  [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join(
    '\n',
  ),
);
