#!/usr/bin/env node
// `pnpm release:rehearse`: the next release, rehearsed (docs/release.md). On a scratch copy of the
// repository (its files as git sees them, ignored files left out; this repository is not touched),
// runs `pnpm version-packages` — the very script the release workflow's « Versions » pull request
// runs — then checks what it made against what the pending changesets call for, computed here
// independently of changesets:
//  - each published package's version: the highest bump of its changesets (semver), or a patch
//    when it depends on a bumped package (updateInternalDependencies: "patch"), or unchanged;
//  - a CHANGELOG.md per bumped package, headed by its new version and holding each of its notes;
//  - every changeset consumed, private packages untouched, `workspace:` ranges kept;
// and prints the versions the release would publish. Exits 1 on any difference.
//
//   node tools/release/bin/rehearse.mjs [--keep]
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { kitPackages, repoRoot } from '@quartiers-douai/kit-scripts/packages';

const keep = process.argv.includes('--keep');
const started = Date.now();
const BUMPS = ['patch', 'minor', 'major'];

/** `x.y.z` + patch|minor|major, as semver (and changesets) do it. */
export function bump(version, type) {
  const [major, minor, patch] = version.split('-')[0].split('.').map(Number);
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The pending changesets of a repository: `{ file, releases: { name: type }, summary }`. */
export function readChangesets(root) {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!m) throw new Error(`.changeset/${file} : l'en-tête --- … --- manque`);
      const releases = {};
      for (const line of m[1].split('\n')) {
        if (!line.trim()) continue;
        const r = /^\s*['"]?([^'":]+?)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(line);
        if (!r) throw new Error(`.changeset/${file} : ligne incomprise « ${line} »`);
        releases[r[1]] = r[2];
      }
      return { file, releases, summary: m[2].trim() };
    });
}

/** The versions the changesets call for: `{ name: { from, to, type, reason } }`. */
export function expectedVersions(packages, changesets) {
  const published = packages.filter((p) => !p.private);
  const type = new Map();
  for (const c of changesets)
    for (const [name, t] of Object.entries(c.releases)) {
      if (!published.some((p) => p.name === name))
        throw new Error(`.changeset/${c.file} : ${name} n'est pas un paquet publié du dépôt`);
      if (!type.has(name) || BUMPS.indexOf(t) > BUMPS.indexOf(type.get(name))) type.set(name, t);
    }
  const reason = new Map([...type.keys()].map((n) => [n, 'changesets']));
  // A package that depends on a bumped one is published again with it (a patch at least).
  for (let changed = true; changed;) {
    changed = false;
    for (const p of published) {
      if (type.has(p.name)) continue;
      const deps = { ...p.pkg.dependencies, ...p.pkg.peerDependencies };
      const on = Object.keys(deps).find((d) => type.has(d));
      if (on) {
        type.set(p.name, 'patch');
        reason.set(p.name, `dépend de ${on}`);
        changed = true;
      }
    }
  }
  return Object.fromEntries(
    published.map((p) => [
      p.name,
      type.has(p.name)
        ? {
            from: p.version,
            to: bump(p.version, type.get(p.name)),
            type: type.get(p.name),
            reason: reason.get(p.name),
          }
        : { from: p.version, to: p.version, type: 'aucune', reason: '' },
    ]),
  );
}

function main() {
  const packages = kitPackages();
  const changesets = readChangesets(repoRoot);
  const expected = expectedVersions(packages, changesets);

  // --- the scratch copy: git's files (tracked, and new files not ignored) -----------------------
  const scratch = mkdtempSync(join(tmpdir(), 'qd-release-'));
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter((f) => f && existsSync(join(repoRoot, f)));
  for (const f of files) {
    mkdirSync(dirname(join(scratch, f)), { recursive: true });
    cpSync(join(repoRoot, f), join(scratch, f));
  }
  // The tools (changesets, pnpm's own) from this repository's install, read-only.
  symlinkSync(join(repoRoot, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const problems = [];
  try {
    execFileSync('pnpm', ['version-packages'], {
      cwd: scratch,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: 'true' },
    });

    // --- what it made ------------------------------------------------------------------------------
    const after = kitPackages(scratch);
    for (const p of after) {
      const before = packages.find((b) => b.name === p.name);
      if (p.private) {
        if (p.version !== before.version)
          problems.push(`${p.name} (privé) : version changée en ${p.version}`);
        continue;
      }
      const want = expected[p.name];
      if (p.version !== want.to)
        problems.push(
          `${p.name} : version ${p.version}, attendu ${want.to} (${want.type}${want.reason ? `, ${want.reason}` : ''})`,
        );
      for (const [dep, range] of Object.entries({
        ...p.pkg.dependencies,
        ...p.pkg.devDependencies,
      }))
        if (
          String(before.pkg.dependencies?.[dep] ?? before.pkg.devDependencies?.[dep]).startsWith(
            'workspace:',
          ) &&
          !String(range).startsWith('workspace:')
        )
          problems.push(`${p.name} : ${dep} n'est plus en workspace: (${range})`);
      const log = join(p.dir, 'CHANGELOG.md');
      if (want.to === want.from) {
        if (existsSync(log) && !existsSync(join(before.dir, 'CHANGELOG.md')))
          problems.push(`${p.name} : CHANGELOG.md écrit sans nouvelle version`);
        continue;
      }
      if (!existsSync(log)) {
        problems.push(`${p.name} : pas de CHANGELOG.md`);
        continue;
      }
      const text = readFileSync(log, 'utf8');
      // changesets formats the notes with Prettier (*part* → _part_, lines rewrapped).
      const flat = (s) => s.replace(/[*_`\\]/g, '').replace(/\s+/g, ' ');
      if (!new RegExp(`^## ${want.to.replace(/\./g, '\\.')}$`, 'm').test(text))
        problems.push(`${p.name} : CHANGELOG.md sans titre « ## ${want.to} »`);
      for (const c of changesets.filter((c) => c.releases[p.name])) {
        const first = flat(c.summary).trim().slice(0, 80);
        if (first && !flat(text).includes(first))
          problems.push(`${p.name} : CHANGELOG.md ne reprend pas la note de .changeset/${c.file}`);
      }
    }
    const left = readChangesets(scratch);
    if (left.length)
      problems.push(
        `${left.length} changeset(s) non consommé(s) : ${left.map((c) => c.file).join(', ')}`,
      );

    // --- report ------------------------------------------------------------------------------------
    const rows = Object.entries(expected).map(([name, v]) => {
      const notes = changesets.filter((c) => c.releases[name]).length;
      return `  ${name.padEnd(32)} ${v.from.padEnd(7)} → ${v.to.padEnd(7)} ${v.type.padEnd(6)} ${notes} note(s)${v.reason && v.reason !== 'changesets' ? ` (${v.reason})` : ''}`;
    });
    console.log(
      `release:rehearse : ${changesets.length} changesets en attente ; la prochaine version publierait :\n${rows.join('\n')}`,
    );
  } finally {
    if (keep) console.log(`release:rehearse : copie gardée dans ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length) {
    console.error(
      `release:rehearse : ${problems.length} problème(s) :\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(
    `release:rehearse : ${Object.values(expected).filter((v) => v.to !== v.from).length} paquets, chacun avec son CHANGELOG.md et la version attendue (${seconds} s)`,
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) main();
