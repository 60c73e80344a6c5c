#!/usr/bin/env node
// Checks the library (or the folder given), as the test does, and lists its problems in French:
//   pnpm --filter @quartiers-douai/contents check [dossier]
import { join } from 'node:path';
import { checkLibrary, libraryFiles } from '../lib/check-library.mjs';

const root = process.argv[2] ?? join(import.meta.dirname, '..');
const problems = checkLibrary(root);
const count = libraryFiles(root).length;
if (problems.length === 0) {
  console.log(`Bibliothèque vérifiée : ${count} contenus, aucun problème.`);
} else {
  console.error(`Bibliothèque : ${problems.length} problème(s) dans ${count} contenus :`);
  for (const p of problems) console.error(`- ${p}`);
  process.exitCode = 1;
}
