// Docs true to the code: every size (and test count) written in README.md and docs/*.md is checked
// against the build, by these rules (docs/release.md, « Les chiffres de la documentation »):
//
//  1. A size written as a measure (« 23,7 Ko », « 21 617 o ») of a CDN bundle must be within 2 %
//     of the bundle measured like the size gate (brotli q11; min = bytes, gzip -9), and never
//     further than that for rounding's sake (at least 0,1 Ko of slack): sizes move a little at
//     each change; past 2 %, update the figure. A budget (« pour 24 », « 22 528 o (22 Ko) » in a
//     Budget column) must equal package.json "qd" exactly.
//  2. A bound (« moins de 28 Ko », « ≤ 24 Ko ») must hold for the bundle it speaks of: the files
//     named on its line (`jury.js`), else the package's bundles in order (main first), the package
//     being the one whose "qd.guide" is the page.
//  3. Sizes of files loaded on demand (the « à la demande » column of quality.md) must each be,
//     within the same 2 %, the size of one of the package's on-demand files.
//  4. A dated block (a paragraph, or a table right after it, that names a day: « le 29 novembre
//     2026 ») is a record of a past measurement: it is kept as history, not compared. So is an
//     estimate of residents' own contents (« environ … »). Test counts may only appear in such a
//     record.
//  Any other size or test count fails the check, with the line to fix.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotliSize } from './catalogue.mjs';

const MONTHS =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const DATED = new RegExp(`\\b\\d{1,2}(?:er)? (?:${MONTHS}) 20\\d\\d\\b`);
/** A size: « 23,7 Ko », « 24 Ko », « 21 617 o », « 0,5 Mo », « 75,9 KB ». */
const SIZE = /(?<![\w,.])(\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)\s?(Ko|KB|Mo|o)(?![\w])/g;
const TESTS = /\b\d+\s+tests?\b/i;
const number = (s) => Number(String(s).replace(/[  ]/g, '').replace(',', '.'));
const toBytes = (value, unit) => value * (unit === 'o' ? 1 : unit === 'Mo' ? 1024 * 1024 : 1024);

/** Each CDN bundle of each package, measured as the size gate does. */
export function measureBundles(packages) {
  const bundles = new Map();
  for (const p of packages.filter((x) => !x.private)) {
    const qd = p.pkg.qd ?? {};
    const list = [
      { file: `${p.shortName}.js`, budget: qd.budget?.brotli },
      ...Object.entries(qd.extraCdn ?? {}).map(([file, x]) => ({ file, budget: x.budget?.brotli })),
    ];
    const cdnDir = join(p.dir, 'dist/cdn');
    const chunks = existsSync(join(cdnDir, 'manifest.json'))
      ? Object.keys(JSON.parse(readFileSync(join(cdnDir, 'manifest.json'), 'utf8')).chunks ?? {})
      : [];
    const onDemand = chunks
      .filter((f) => existsSync(join(cdnDir, f)))
      .map((f) => brotliSize(readFileSync(join(cdnDir, f))));
    const measured = list.map((b) => {
      const path = join(cdnDir, b.file);
      if (!existsSync(path))
        throw new Error(`${p.name} : ${path} manquant : lancez « pnpm build »`);
      const bytes = readFileSync(path);
      return {
        package: p,
        file: b.file,
        name: b.file.replace(/\.js$/, ''),
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliSize(bytes),
        budget: b.budget,
        onDemand,
      };
    });
    for (const m of measured) bundles.set(m.name, { ...m, siblings: measured });
  }
  return bundles;
}

/** True when `written` (bytes) is the measure within the tolerance of rule 1. */
export const close = (written, measured) =>
  Math.abs(written - measured) <= Math.max(0.02 * measured, 0.1 * 1024);

/** Blocks of a Markdown text: paragraphs and tables, with their first line number and dating. */
function blocks(text) {
  const out = [];
  let current;
  let previousDated = false;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') {
      if (current) {
        previousDated = current.dated;
        out.push(current);
      }
      current = undefined;
      return;
    }
    if (!current) {
      const table = line.trimStart().startsWith('|');
      current = { table, lines: [], dated: table && previousDated };
    }
    current.lines.push({ n: i + 1, text: line });
    if (DATED.test(line) || /\benviron\b/.test(line)) current.dated = true;
  });
  if (current) out.push(current);
  // A table's dating comes from the paragraph right before it; a paragraph's from itself.
  return out;
}

const cells = (line) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());

/**
 * @param {object} o
 * @param {string} o.root
 * @param {Map} o.bundles  measureBundles()
 * @param {Array} o.prototypes  kitPackages with qd.tag
 * @returns {{ problems: string[], checked: number, records: number }}
 */
export function checkDocFigures({ root, bundles, prototypes }) {
  const problems = [];
  let checked = 0;
  let records = 0;
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md') && statSync(join(root, 'docs', f)).isFile())
      .sort()
      .map((f) => `docs/${f}`),
  ];
  const kb = (n) => `${(n / 1024).toFixed(1).replace('.', ',')} Ko`;
  const expectClose = (where, written, measured, what) => {
    checked++;
    if (!close(written, measured))
      problems.push(
        `${where} : ${what} écrit ${kb(written)}, mesuré ${kb(measured)} (${measured} o) : mettez le chiffre à jour`,
      );
  };
  const expectBudget = (where, written, bundle) => {
    checked++;
    if (!bundle.budget)
      problems.push(`${where} : budget écrit pour ${bundle.file}, qui n'en a pas`);
    else if (Math.abs(written - bundle.budget) > 0.5 * 1024)
      problems.push(
        `${where} : budget de ${bundle.file} écrit ${kb(written)}, package.json dit ${kb(bundle.budget)}`,
      );
  };
  const expectBound = (where, limit, bundle) => {
    checked++;
    if (bundle.brotli >= limit)
      problems.push(
        `${where} : « moins de ${kb(limit)} » faux pour ${bundle.file} (${kb(bundle.brotli)})`,
      );
  };

  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const guideOf = prototypes.find((p) => file === `docs/${p.pkg.qd?.guide}.md`);
    for (const block of blocks(text)) {
      const header = block.table ? cells(block.lines[0].text) : [];
      for (const { n, text: line } of block.lines) {
        const where = `${file}:${n}`;
        const sizes = /^\|?[\s:|-]+$/.test(line) ? [] : [...line.matchAll(SIZE)];
        const hasTests =
          TESTS.test(line) ||
          (block.table &&
            header.includes('Tests') &&
            n !== block.lines[0].n &&
            !/^\|[\s:|-]+\|$/.test(line.trim()));
        if (block.dated) {
          if (sizes.length || hasTests) records++;
          continue;
        }
        if (hasTests)
          problems.push(
            `${where} : un nombre de tests écrit à la main (datez le relevé, ou faites-le calculer)`,
          );
        if (!sizes.length) continue;

        // README: | Prototype | `@quartiers-douai/x` | prêt (23,7 Ko pour 24 · jury 25,2/26) |
        const named = /`(@quartiers-douai\/[\w-]+)`/.exec(line)?.[1];
        if (file === 'README.md' && block.table && named) {
          const short = named.split('/')[1];
          const own = bundles.get(short)?.siblings ?? [];
          const pairs = [...line.matchAll(/(\d+(?:,\d+)?)(?:\s?Ko)?\s?(?:pour |\/)(\d+)/g)];
          if (pairs.length > own.length)
            problems.push(
              `${where} : ${pairs.length} tailles pour ${own.length} fichier(s) de ${named}`,
            );
          pairs.forEach((m, i) => {
            if (!own[i]) return;
            expectClose(where, toBytes(number(m[1]), 'Ko'), own[i].brotli, own[i].file);
            expectBudget(where, toBytes(number(m[2]), 'Ko'), own[i]);
          });
          continue;
        }
        // quality.md: | Paquet | min | gzip | brotli | budget | à la demande |
        if (block.table && header[0] === 'Paquet' && header.includes('brotli')) {
          const row = cells(line);
          const bundle = bundles.get(row[0]);
          if (!bundle) {
            problems.push(`${where} : « ${row[0]} » n'est pas un fichier CDN du kit`);
            continue;
          }
          const col = (name) => row[header.indexOf(name)];
          const size = (c) => [...String(c ?? '').matchAll(SIZE)][0];
          for (const [name, key] of [
            ['min', 'bytes'],
            ['gzip', 'gzip'],
            ['brotli', 'brotli'],
          ]) {
            const m = size(col(name));
            if (m)
              expectClose(
                `${where} (${name})`,
                toBytes(number(m[1]), m[2]),
                bundle[key],
                bundle.file,
              );
          }
          const b = size(col('budget'));
          if (b) expectBudget(where, toBytes(number(b[1]), b[2]), bundle);
          const lazy = header.findIndex((h) => /demande/.test(h));
          for (const m of String(row[lazy] ?? '').matchAll(/(\d+,\d)/g)) {
            checked++;
            const written = toBytes(number(m[1]), 'Ko');
            if (!bundle.onDemand.some((s) => close(written, s)))
              problems.push(
                `${where} : ${m[1]} Ko « à la demande » ne correspond à aucun fichier chargé à la demande de ${bundle.package.name}`,
              );
          }
          continue;
        }
        // Bounds: « moins de 28 Ko », « ≤ 24 Ko »; budgets: « vise 24 Ko ».
        const files = [...line.matchAll(/`?([\w-]+)\.js`?/g)]
          .map((m) => bundles.get(m[1]))
          .filter(Boolean);
        const targets = files.length
          ? files
          : guideOf
            ? (bundles.get(guideOf.shortName)?.siblings ?? [])
            : [];
        const bounds = [
          ...line.matchAll(/(?:moins de|≤|au plus)\s*\**\s*(\d+(?:,\d+)?)\s?\**\s?Ko/g),
        ];
        const aims = [...line.matchAll(/vise\s+(\d+(?:,\d+)?)\s?Ko/g)];
        if (/WebM/.test(line) && guideOf) {
          // Sample media files: « au format WebM (moins de 25 Ko chacun) ».
          const media = join(guideOf.dir, 'content/media');
          const webm = existsSync(media)
            ? readdirSync(media).filter((f) => f.endsWith('.webm'))
            : [];
          for (const m of bounds)
            for (const f of webm) {
              checked++;
              if (statSync(join(media, f)).size >= toBytes(number(m[1]), 'Ko'))
                problems.push(`${where} : content/media/${f} dépasse ${m[1]} Ko`);
            }
          continue;
        }
        // Rows of a table with a « Taille » and a « Budget » column (docs/tutos.md).
        if (block.table && header.includes('Taille') && header.includes('Budget') && files[0]) {
          const row = cells(line);
          const size = [...row[header.indexOf('Taille')].matchAll(SIZE)][0];
          const budget = [...row[header.indexOf('Budget')].matchAll(SIZE)][0];
          if (size)
            expectClose(where, toBytes(number(size[1]), size[2]), files[0].brotli, files[0].file);
          if (budget) expectBudget(where, toBytes(number(budget[1]), budget[2]), files[0]);
          continue;
        }
        if (!bounds.length && !aims.length) {
          problems.push(
            `${where} : taille sans règle (« ${sizes.map((m) => m[0]).join(', ')} ») : écrivez une borne (« moins de … »), datez le relevé, ou ajoutez une règle à tools/site/lib/doc-figures.mjs`,
          );
          continue;
        }
        if (!targets.length) {
          problems.push(
            `${where} : je ne sais pas de quel fichier parle « ${line.trim().slice(0, 60)}… » (nommez le fichier .js)`,
          );
          continue;
        }
        bounds.forEach((m, i) =>
          expectBound(where, toBytes(number(m[1]), 'Ko'), targets[Math.min(i, targets.length - 1)]),
        );
        aims.forEach((m, i) =>
          expectBudget(
            where,
            toBytes(number(m[1]), 'Ko'),
            targets[Math.min(i, targets.length - 1)],
          ),
        );
      }
    }
  }
  return { problems, checked, records };
}
