#!/usr/bin/env node
// What ships holds together (issue #21): every folder of CDN files the kit publishes — each
// package's dist/cdn and each apps/embed/dist/lib/<name> copy — is checked by checkCdnFolder():
// every import between its files finds its file and its names (ES rules), every import() its
// file, and manifest.json the hash of each file. Exits 1 with the problems, in French.
//
//   node tools/kit-scripts/bin/qd-cdn-links.mjs [root]
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCdnFolder } from '../cdn-links.mjs';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('../../..', import.meta.url)));
const folders = [];
for (const p of readdirSync(join(root, 'packages'))) {
  const d = join(root, 'packages', p, 'dist/cdn');
  if (existsSync(d)) folders.push({ dir: d, manifest: true });
}
const lib = join(root, 'apps/embed/dist/lib');
if (existsSync(lib))
  for (const p of readdirSync(lib)) folders.push({ dir: join(lib, p), manifest: true });
if (folders.length === 0) {
  console.error('qd-cdn-links : aucun dossier dist/cdn : lancez « pnpm build » d’abord');
  process.exit(1);
}
let bad = 0;
let files = 0;
for (const { dir, manifest } of folders) {
  const problems = checkCdnFolder(dir, { manifest });
  files += readdirSync(dir).filter((f) => f.endsWith('.js')).length;
  for (const p of problems) console.error(`${relative(root, dir)}/${p}`);
  bad += problems.length;
}
console.log(
  `qd-cdn-links : ${folders.length} dossiers, ${files} fichiers JavaScript, ${bad} problème(s)`,
);
process.exit(bad ? 1 : 0);
