// What a page pays for the kit's runtime: each file is compressed on its own (brotli 11, as a
// server or a CDN would send it). A prototype costs its entry and every chunk it imports
// statically (what loads before its first screen; files loaded on demand are left out). A second
// prototype on a page (or on another page of the same site, with the browser's cache) costs only
// the files the first did not bring.
import { brotliCompressSync, constants as zc } from 'node:zlib';

const brotli = (code) =>
  brotliCompressSync(code, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The files a page loads for `entry` (the entry and its static imports, recursively). */
function closure(byFile, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of byFile.get(file)?.imports ?? []) closure(byFile, f, seen);
  return seen;
}

/**
 * `{ files, entries, first, second }`: brotli bytes of each file; each entry's files and total;
 * `first` the quiz alone; `second[x]` what entry x adds after the quiz; `worstSecond` the most any
 * entry adds after any other.
 */
export function runtimeSizes(files, elements) {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const bytes = Object.fromEntries(files.map((f) => [f.file, brotli(f.code)]));
  const entries = {};
  for (const f of files.filter((x) => x.entry)) {
    const set = [...closure(byFile, f.file)];
    entries[f.entry] = { files: set, brotli: set.reduce((n, x) => n + bytes[x], 0) };
  }
  const adds = (second, first) =>
    entries[second].files
      .filter((x) => !entries[first].files.includes(x))
      .reduce((n, x) => n + bytes[x], 0);
  const first = 'quiz';
  const second = Object.fromEntries(
    Object.keys(entries)
      .filter((e) => e !== first)
      .map((e) => [e, adds(e, first)]),
  );
  let worstSecond = { bytes: 0 };
  for (const a of Object.keys(entries))
    for (const b of Object.keys(entries))
      if (a !== b && adds(b, a) > worstSecond.bytes)
        worstSecond = { first: a, second: b, bytes: adds(b, a) };
  const shared = files.filter(
    (f) => !f.entry && Object.values(entries).every((e) => e.files.includes(f.file)),
  );
  return {
    files: bytes,
    entries,
    first: { entry: first, brotli: entries[first].brotli },
    second,
    worstSecond,
    sharedByAll: shared.reduce((n, f) => n + bytes[f.file], 0),
    elements: elements.length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Prints the figures (the issue asks for both: first prototype, and what a second adds). */
export function printSizes(s) {
  console.log(`runtime du kit (brotli, fichier par fichier) :`);
  console.log(
    `  premier prototype sur une page (${s.first.entry}) : ${kb(s.first.brotli)} (dont ${kb(s.sharedByAll)} communs à tous : Lit, zod, core)`,
  );
  for (const [e, n] of Object.entries(s.second).sort((a, b) => a[1] - b[1]))
    console.log(`  + ${e} ensuite : ${kb(n)} (seul : ${kb(s.entries[e].brotli)})`);
  const w = s.worstSecond;
  console.log(
    `  le plus cher en second : ${w.second} après ${w.first}, ${kb(w.bytes)} (objectif ≤ 6 KB)`,
  );
}

// `node scripts/sizes.mjs`: the figures of the last build (dist/runtime-sizes.json).
if (
  process.argv[1] &&
  import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href
) {
  const { readFileSync } = await import('node:fs');
  printSizes(
    JSON.parse(readFileSync(new URL('../dist/runtime-sizes.json', import.meta.url), 'utf8')),
  );
}
