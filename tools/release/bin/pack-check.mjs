#!/usr/bin/env node
// qd-pack-check: every publishable package of packages/ (found by globbing, never listed by hand),
// checked as npm will serve it:
//   1. package.json as HOUSE-STYLE wants it (exports, sideEffects, customElements, files, licence…);
//   2. `pnpm pack` (the same packing as `pnpm publish`) into a temporary folder;
//   3. the tarball: no `workspace:` left, every export present, nothing private shipped, the CDN
//      bundle matching its SRI manifest and self-contained, the element declared;
//   4. publint (errors and warnings fail) and @arethetypeswrong/cli (profile esm-only: the
//      packages are ESM-only on purpose) on the tarball.
// Runs in `pnpm test` (turbo builds every package first: this package depends on all of them).
// Usage: qd-pack-check [--keep] [folder…]   (--keep leaves the tarballs and prints where)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { assertDependsOnAll, publishablePackages } from '@quartiers-douai/kit-scripts/packages';
import { checkManifest, checkPacked } from '../lib/checks.mjs';

const toolDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.filter((a) => !a.startsWith('--'));
const started = Date.now();

const all = publishablePackages();
assertDependsOnAll(toolDir, all);
const packages = only.length ? all.filter((p) => only.includes(p.folder)) : all;
if (packages.length === 0) throw new Error('qd-pack-check : aucun paquet publiable dans packages/');

const work = mkdtempSync(join(tmpdir(), 'qd-pack-'));
const attw = join(toolDir, 'node_modules/.bin/attw');
let failures = 0;
const rows = [];

for (const p of packages) {
  const problems = checkManifest(p).map((m) => `package.json : ${m}`);
  const out = join(work, p.folder);
  // 2. pack exactly like pnpm publish does (workspace: → real versions)
  const res = spawnSync('pnpm', ['pack', '--pack-destination', out], {
    cwd: p.dir,
    encoding: 'utf8',
  });
  const tarball = res.status === 0 ? readdirSync(out).find((f) => f.endsWith('.tgz')) : undefined;
  if (!tarball) {
    problems.push(
      `pnpm pack a échoué : ${(res.stderr || res.stdout).trim().split('\n').slice(-3).join(' ')}`,
    );
  } else {
    const tgz = join(out, tarball);
    execFileSync('tar', ['xzf', tgz, '-C', out]);
    const files = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    const dir = join(out, 'package');
    problems.push(...checkPacked(p, dir, files));

    // 4a. publint on the packed folder (what npm serves, not the source folder)
    const { messages, pkg } = await publint({
      pkgDir: dir,
      pack: false,
      level: 'suggestion',
      strict: true,
    });
    for (const m of messages) {
      const text = `publint ${m.type} ${m.code} : ${formatMessage(m, pkg) ?? ''}`;
      if (m.type === 'suggestion') console.log(`  ${p.name} — ${text}`);
      else problems.push(text);
    }

    // 4b. are the types wrong? Code entry points only (JSON subpaths have no types to check).
    const entrypoints = Object.keys(pkg.exports ?? { '.': '' }).filter((k) => !k.endsWith('.json'));
    const check = spawnSync(
      attw,
      [
        tgz,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        '--no-color',
        '--no-emoji',
        '--entrypoints',
        ...entrypoints,
      ],
      {
        encoding: 'utf8',
      },
    );
    if (check.status !== 0)
      problems.push(`attw (are the types wrong) :\n${(check.stdout + check.stderr).trim()}`);
    rows.push({
      name: p.name,
      version: p.version,
      tarball: statSync(tgz).size,
      files: files.length,
    });
  }

  if (problems.length) {
    failures++;
    console.error(`✗ ${p.name}@${p.version}\n${problems.map((m) => `  - ${m}`).join('\n')}`);
  } else {
    console.log(`✓ ${p.name}@${p.version} : package.json, tarball, publint, attw`);
  }
}

for (const r of rows)
  console.log(
    `  ${r.name}@${r.version} : ${r.files} fichiers, ${(r.tarball / 1024).toFixed(1)} KB (tgz)`,
  );
if (keep) console.log(`tarballs : ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(
  `qd-pack-check : ${packages.length - failures} passed, ${failures} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
if (failures) process.exit(1);
