#!/usr/bin/env node
// The proof that `pnpm new-prototype` makes a package that passes every gate untouched (issue 22,
// item 7), run by CI in a phase of its own (.ci/run) after `pnpm test` has built the kit:
//
//  1. copies the working tree to a temporary folder: the files git knows or would add (not
//     node_modules, not what .gitignore leaves out), plus the packages' builds (dist/,
//     custom-elements.json), so that nothing already built is built again;
//  2. runs `pnpm new-prototype exemple-ci --no-build` there, as a contributor would (install
//     from the pnpm store, offline; Prettier), then builds the new package alone (qd-build: ESM,
//     types, schema.json, manifest, CDN bundle);
//  3. runs on the new package what `pnpm test` and CI run on every package: tsc, ESLint +
//     lit-analyzer, its own Vitest tests, Prettier, the quality gates (axe on every screen,
//     keyboard, XSS, fuzzing, privacy, object names), the size budget, the pack check (publint,
//     attw), `any` in the public types, the embed build and its tests (iframe page, CDN files,
//     hostile pages, privacy, the shipped files walked in three languages), the links between the
//     CDN files, the docs app's collect step, and Lighthouse on its plain embed page;
//  4. removes the folder (`--keep`, or a failure, leaves it and prints where).
//
//   node tools/kit-scripts/bin/qd-new-prototype-proof.mjs [--keep] [--name exemple-ci] [--no-lighthouse]
//
// A gate filtered to the package must really have run its tests: a filter that matches nothing
// (the package not discovered) fails here instead of passing with every test skipped.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { kitPackages, repoRoot } from '../packages.mjs';

const { values: opts } = parseArgs({
  options: {
    keep: { type: 'boolean', default: false },
    name: { type: 'string', default: 'exemple-ci' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const name = opts.name;
const npmName = `@quartiers-douai/${name}`;
const started = Date.now();
const timings = [];
/** The temporary copy of the repository. */
let work;
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

function fail(message) {
  console.error(`\nnew-prototype proof : ÉCHEC — ${message}`);
  report();
  // The copy stays for a look (its files are mostly hard links to the pnpm store).
  if (work) console.error(`dossier gardé pour examen : ${work}`);
  process.exit(1);
}

function report() {
  console.log('\n---- new-prototype proof : temps ----');
  for (const [step, ms] of timings) console.log(`${step.padEnd(52)} ${seconds(ms).padStart(6)}`);
  console.log(`${'total'.padEnd(52)} ${seconds(Date.now() - started).padStart(6)}`);
}

/** Runs one step in the copy; fails the proof with its name when it fails. */
function step(title, command, args, { cwd = work, env } = {}) {
  console.log(`\n==> ${title}\n$ ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const res = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  timings.push([title, Date.now() - t0]);
  if (res.status !== 0) fail(`${title} (code ${res.status ?? res.signal})`);
}

/**
 * Vitest in the workspace package `filter`, with a JSON report: at least `min` tests must have
 * passed. `args` select the tests of the new package (`-t <name>`: test names; a path: files).
 */
function vitest(title, filter, min, args) {
  const out = join(work, 'reports', `${title.replace(/\W+/g, '-')}.json`);
  step(title, 'pnpm', [
    '--filter',
    filter,
    'exec',
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const json = JSON.parse(readFileSync(out, 'utf8'));
  if (json.numPassedTests < min)
    fail(
      `${title} : ${json.numPassedTests} test(s) passé(s) pour ${name}, au moins ${min} attendus`,
    );
  console.log(`${title} : ${json.numPassedTests} test(s) passé(s) pour ${name}`);
}

// --- 1. the copy ---------------------------------------------------------------------------------
const packages = kitPackages();
const unbuilt = packages.filter((p) => !existsSync(join(p.dir, 'dist/cdn/manifest.json')));
if (unbuilt.length > 0)
  fail(
    `construisez le kit d'abord (pnpm build) : ${unbuilt.map((p) => p.folder).join(', ')} sans dist/`,
  );
if (existsSync(join(repoRoot, 'packages', name)))
  fail(`packages/${name} existe déjà dans ce dépôt : choisissez un autre --name`);

work = mkdtempSync(join(tmpdir(), 'qd-new-prototype-'));
let t0 = Date.now();
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: repoRoot,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (listed.status !== 0) fail(`git ls-files : ${listed.stderr}`);
for (const file of listed.stdout.split('\0').filter(Boolean)) {
  const from = join(repoRoot, file);
  if (!existsSync(from)) continue; // deleted in the working tree, not yet in the index
  mkdirSync(dirname(join(work, file)), { recursive: true });
  cpSync(from, join(work, file), { preserveTimestamps: true });
}
// What the builds made (ignored by git): the packages are not built again.
for (const p of packages)
  for (const built of ['dist', 'custom-elements.json'])
    if (existsSync(join(p.dir, built)))
      cpSync(join(p.dir, built), join(work, 'packages', p.folder, built), { recursive: true });
timings.push(['copie du dépôt', Date.now() - t0]);
console.log(`new-prototype proof : copie dans ${work} (${seconds(Date.now() - t0)})`);

// --- 2. the command, as a contributor types it ----------------------------------------------------
step(`pnpm new-prototype ${name}`, 'pnpm', ['new-prototype', name, '--no-build']);
step('construction (qd-build)', 'pnpm', ['--filter', npmName, 'build']);
const pkgDir = join(work, 'packages', name);
for (const f of ['schema.json', 'dist/cdn/manifest.json', 'custom-elements.json'])
  if (!existsSync(join(pkgDir, f))) fail(`packages/${name}/${f} manque après la construction`);
const leftovers = spawnSync('grep', ['-rlE', '__(name|Name|camel|CONST|element|title)__', '.'], {
  cwd: pkgDir,
  encoding: 'utf8',
});
if (leftovers.stdout.trim()) fail(`gabarit non rempli dans : ${leftovers.stdout.trim()}`);

// --- 3. the gates, on the new package ------------------------------------------------------------
step('tsc', 'pnpm', ['--filter', npmName, 'typecheck']);
step('eslint + lit-analyzer', 'pnpm', ['--filter', npmName, 'lint']);
vitest('tests du paquet', npmName, 15, []);
step('prettier', 'pnpm', [
  'exec',
  'prettier',
  '--check',
  `packages/${name}`,
  `docs/${name}.md`,
  `apps/storybook/src/docs/prototypes/${name}.mdx`,
  'apps/embed/package.json',
  'apps/storybook/package.json',
  'tools/release/package.json',
]);
// Gate 2 (axe on every screen, keyboard), 3 (XSS), 5 (fuzzing), 6 (privacy), object names.
vitest('portes de qualité (tools/quality)', '@quartiers-douai/quality', 6, ['-t', name]);
step('budget de taille (qd-size)', 'node', [
  'tools/kit-scripts/bin/qd-size.mjs',
  `packages/${name}`,
  '--report',
  'reports/new-prototype-sizes.json',
]);
step('paquet publié (pack-check, publint, attw)', 'node', [
  'tools/release/bin/pack-check.mjs',
  name,
]);
step('pas de any dans les types publics', 'node', ['tools/kit-scripts/bin/qd-no-any.mjs', work]);
step('pages d’intégration (apps/embed build)', 'pnpm', [
  '--filter',
  '@quartiers-douai/embed',
  'build',
]);
// The iframe page, the CDN files, hostile host pages, privacy, and the shipped files walked in
// French, English and Arabic (mouse and keyboard).
vitest('pages d’intégration et fichiers livrés (apps/embed)', '@quartiers-douai/embed', 20, [
  '-t',
  name,
]);
step('liens entre fichiers CDN', 'node', ['tools/kit-scripts/bin/qd-cdn-links.mjs', work]);
// The docs app: its stories rendered and checked with axe (French, then dark and Arabic), then
// the whole app built with the new pages.
step('documentation (storybook collect)', 'node', ['apps/storybook/scripts/collect.mjs']);
vitest('stories (axe, fr puis sombre et arabe)', '@quartiers-douai/storybook', 10, [
  `packages/${name}/`,
]);
step('documentation (build-storybook)', 'pnpm', [
  '--filter',
  '@quartiers-douai/storybook',
  'build-storybook',
]);
const index = JSON.parse(
  readFileSync(join(work, 'apps/storybook/storybook-static/index.json'), 'utf8'),
);
if (!Object.values(index.entries).some((e) => String(e.importPath).includes(`packages/${name}/`)))
  fail(`build-storybook : aucune story de packages/${name}`);
if (!opts['no-lighthouse'])
  step('Lighthouse (page HTML simple)', 'node', ['tools/quality/bin/lighthouse.mjs', name], {
    env: {
      CHROME_PATH: process.env.CHROME_PATH ?? process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    },
  });

// --- 4. done -------------------------------------------------------------------------------------
const files = readdirSync(pkgDir, { recursive: true }).filter(
  (f) => !/^(dist|node_modules)(\/|$)/.test(String(f)),
);
console.log(
  `\nnew-prototype proof : ${npmName} (${files.length} fichiers) passe toutes les portes.`,
);
report();
if (opts.keep) console.log(`dossier gardé : ${work}`);
else rmSync(work, { recursive: true, force: true });
