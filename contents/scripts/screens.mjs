#!/usr/bin/env node
// Puts the hand-drawn screens of demarches/screens/ into the démarches of the library, as inline
// images (`data:image/svg+xml;base64,…`), as packages/demarches/scripts/screens.mjs does for the
// package's samples: a démarche is then one file that works wherever it goes (a download from the
// site, a WordPress upload, a file opened in the studio). The screen of step `<step>` of
// `demarches/<file>.json` is `demarches/screens/<file>--<step>.svg`. Run after editing a drawing:
//   pnpm --filter @quartiers-douai/contents screens
// (the library's check fails while a démarche and its drawings differ.)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';

const dir = join(import.meta.dirname, '..', 'demarches');
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
console.log(`screens: ${changed} image(s) updated`);
