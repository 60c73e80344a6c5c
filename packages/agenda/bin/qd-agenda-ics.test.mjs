// The command as a centre runs it (node:test, outside the browser): the built package's
// `qd-agenda-ics` on the sample files, read back by ical.js; a wrong file → French on stderr, exit 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = join(root, pkg.bin['qd-agenda-ics']);
const samples = readdirSync(join(root, 'content'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(root, 'content', f));
const tmp = mkdtempSync(join(tmpdir(), 'qd-agenda-ics-'));

const run = (args, env = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

const events = (ics) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

test('is declared in package.json "bin" and shipped in "files"', () => {
  assert.equal(pkg.bin['qd-agenda-ics'], './bin/qd-agenda-ics.mjs');
  assert.ok(pkg.files.includes('bin/qd-agenda-ics.mjs'));
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('the five sample centres → one feed, every event once, stable UIDs', () => {
  const out = join(tmp, 'agenda.ics');
  const r = run([...samples, '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const ics = readFileSync(out, 'utf8');
  const list = events(ics);
  const ids = samples.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).events.map((e) => e.id));
  assert.deepEqual(
    list.map((e) => e.uid).sort(),
    ids.map((id) => `${id}@agenda.quartiers-douai.fr`).sort(),
  );
  assert.ok(list.some((e) => e.isRecurring()));
  assert.match(r.stderr, /activité\(s\) écrite\(s\)/);
  // Again, to stdout: the same feed (same DTSTAMP with SOURCE_DATE_EPOCH).
  const a = run(samples, { SOURCE_DATE_EPOCH: '1800000000' });
  const b = run(samples, { SOURCE_DATE_EPOCH: '1800000000' });
  assert.equal(a.status, 0);
  assert.equal(a.stdout, b.stdout);
  assert.deepEqual(
    events(a.stdout).map((e) => e.uid),
    list.map((e) => e.uid),
  );
  assert.match(a.stdout, /\r\nDTSTAMP:20270115T080000Z\r\n/);
});

test('a wrong file: the French explanation on stderr, exit code 1, nothing written', () => {
  const bad = join(tmp, 'centre-faux.json');
  const data = JSON.parse(readFileSync(samples[0], 'utf8'));
  data.events[0].start = '2027-02-30T18:00';
  writeFileSync(bad, JSON.stringify(data));
  const out = join(tmp, 'faux.ics');
  const r = run([bad, '-o', out]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /le contenu n'est pas valide/);
  assert.match(r.stderr, /centre-faux\.json : events\[0\]\.start : date et heure invalides/);
  assert.throws(() => readFileSync(out));
});

test('not JSON, or no such file: said in French, exit code 1', () => {
  const bad = join(tmp, 'pas-json.json');
  writeFileSync(bad, '{ "version": 1, ');
  const r = run([bad]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /pas-json\.json : .*ligne 1/);
  const missing = run([join(tmp, 'absent.json')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /fichier introuvable/);
});

test('no file, or an unknown option: the usage, exit code 2', () => {
  const r = run([]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /Usage : qd-agenda-ics/);
  assert.equal(run(['--nope', samples[0]]).status, 2);
  assert.equal(run(['--help']).status, 0);
});
