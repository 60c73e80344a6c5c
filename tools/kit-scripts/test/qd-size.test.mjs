// The size gate catches an over-budget bundle (a deliberately broken fixture) and passes a good one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../bin/qd-size.mjs', import.meta.url).pathname;
const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const run = (dir) => {
  const cwd = mkdtempSync(join(tmpdir(), 'qd-size-'));
  const r = spawnSync(process.execPath, [bin, fixture(dir)], { cwd, encoding: 'utf8' });
  return { ...r, report: JSON.parse(readFileSync(join(cwd, 'reports/sizes.json'), 'utf8')) };
};

test('an over-budget bundle fails the gate and is named in the table', () => {
  const r = run('over-budget');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /@fixture\/over-budget .* OVER: brotli [\d.]+ KB > budget 0\.1 KB/);
  assert.equal(r.report.bundles[0].ok, false);
});

test('a bundle within budget passes and its figures are written', () => {
  const r = run('within-budget');
  assert.equal(r.status, 0, r.stdout);
  assert.equal(r.report.bundles[0].ok, true);
  assert.ok(r.report.bundles[0].brotli > 0);
});

test('over its target but within an explicit ratchet: passes, and says OVER TARGET with the gap', () => {
  const r = run('ratchet');
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /OVER TARGET by [\d.]+ KB \(ratchet 97\.7 KB holds, fixture\)/);
  assert.equal(r.report.bundles[0].overTarget, true);
});

test('above the ratchet: fails', () => {
  const r = run('over-ratchet');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /OVER: brotli [\d.]+ KB > ratchet 0\.2 KB \(budget 0\.1 KB\)/);
});
