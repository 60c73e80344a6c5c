#!/usr/bin/env node
// Puts the hand-drawn mock-up screens of content/screens/ into the sample contents, as inline
// images (`data:image/svg+xml;base64,…`): a sample then works wherever its JSON goes (embed
// pages, WordPress uploads) without a second file to copy. The screen of step `<step>` of
// `content/<file>.json` is `content/screens/<file>--<step>.svg`. Run after editing a screen:
//   pnpm --filter @quartiers-douai/demarches screens
// (src/samples.test.ts fails while a sample and its drawing differ.)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'content');
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
  writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
}
console.log(`screens: ${changed} image(s) updated`);
