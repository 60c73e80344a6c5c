#!/usr/bin/env node
// Writes the diagrams of the sample stories into docs/scenarios.md, between
// <!-- diagrams:start --> and <!-- diagrams:end -->: one Mermaid flowchart per content/*.json,
// generated from the content (src/diagram.ts), never drawn by hand. `src/diagram.test.ts` fails
// when the page is behind the samples.
// Usage (from packages/scenario, after `pnpm build`): `pnpm diagrams`, or `node scripts/diagrams.mjs --check`
// to only say whether the page is up to date (exit code 1 if not).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = fileURLToPath(new URL('..', import.meta.url));
const docFile = join(pkgDir, '..', '..', 'docs', 'scenarios.md');
const dist = join(pkgDir, 'dist', 'index.js');

if (!existsSync(dist)) {
  console.error(
    'diagrams : dist/index.js manquant : lancez d’abord « pnpm build » dans packages/scenario.',
  );
  process.exit(1);
}
const { diagramsSectionOf, storyDiagramsMarkdown, withDiagramsSection } = await import(
  new URL('../dist/index.js', import.meta.url).href
);

const files = readdirSync(join(pkgDir, 'content'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const samples = files.map((f) => ({
  file: `content/${f}`,
  story: JSON.parse(readFileSync(join(pkgDir, 'content', f), 'utf8')),
}));
const section = storyDiagramsMarkdown(samples);
const doc = readFileSync(docFile, 'utf8');
const upToDate = diagramsSectionOf(doc) === section;

if (process.argv.includes('--check')) {
  console.log(
    upToDate
      ? 'diagrams : docs/scenarios.md est à jour.'
      : 'diagrams : docs/scenarios.md n’est pas à jour : lancez « pnpm --filter @quartiers-douai/scenario diagrams ».',
  );
  process.exit(upToDate ? 0 : 1);
}
if (upToDate) {
  console.log(`diagrams : docs/scenarios.md déjà à jour (${files.length} histoires).`);
} else {
  writeFileSync(docFile, withDiagramsSection(doc, section));
  console.log(
    `diagrams : docs/scenarios.md réécrit (${files.length} histoires : ${files.join(', ')}).`,
  );
}
