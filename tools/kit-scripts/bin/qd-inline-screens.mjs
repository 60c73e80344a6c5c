#!/usr/bin/env node
// qd-inline-screens <folder>: puts the hand-drawn screens of <folder>/screens/ into the démarches
// of <folder>, as inline images (`data:image/svg+xml;base64,…`): a démarche is then one file that
// works wherever it goes (embed pages, a download from the site, a WordPress upload, a file opened
// in the studio) without a second file to copy. The screen of step `<step>` of `<folder>/<file>.json`
// is `<folder>/screens/<file>--<step>.svg`. Run after editing a drawing:
//   pnpm --filter @quartiers-douai/demarches screens     (the package's samples, content/)
//   pnpm --filter @quartiers-douai/contents screens      (the shared library, demarches/)
// (the samples' test and the library's check fail while a démarche and its drawings differ.)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: qd-inline-screens <dossier des démarches>');
  process.exit(2);
}
const dir = resolve(folder);
let changed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const path = join(dir, file);
  const content = JSON.parse(readFileSync(path, 'utf8'));
  const name = file.replace(/\.json$/, '');
  for (const step of content.steps ?? []) {
    const image = step.screen?.image;
    const svg = join(dir, 'screens', `${name}--${step.id}.svg`);
    if (!image || !existsSync(svg)) continue;
    const src = `data:image/svg+xml;base64,${readFileSync(svg).toString('base64')}`;
    if (image.src !== src) {
      image.src = src;
      changed++;
    }
  }
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(
    path,
    await prettier.format(JSON.stringify(content), { ...options, filepath: path }),
  );
}
console.log(`qd-inline-screens ${folder}: ${changed} image(s) updated`);
