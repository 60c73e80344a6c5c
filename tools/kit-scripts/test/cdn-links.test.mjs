// The shipped-files link check (cdn-links.mjs): it passes a folder whose files hold together, and
// refuses each way they can fall apart — a part asking its entry for a name it lacks, names lost
// to two `export *`, a file loaded later that is missing, a manifest hash that lies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCdnFolder } from '../cdn-links.mjs';
import { buildCdnBundle } from '../cdn-bundle.mjs';

const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');

/** A folder of CDN files; manifest.json lists them with their real hashes unless `lie`. */
function folder(files, { lie = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'qd-links-'));
  const chunks = {};
  for (const [f, text] of Object.entries(files)) {
    writeFileSync(join(dir, f), text);
    if (f !== 'demo.js') chunks[f] = { integrity: lie ? sri('autre chose') : sri(text) };
  }
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ file: 'demo.js', integrity: sri(files['demo.js']), chunks }),
  );
  return dir;
}

const entry =
  "const a=1,b=2;export{a as x,b as y};export const load=()=>import('./view.part-1.js');";

test('files that hold together pass', () => {
  const dir = folder({
    'demo.js': entry,
    'view.part-1.js': "import{x,y}from'./demo.js';export const v=x+y;",
  });
  assert.deepEqual(checkCdnFolder(dir), []);
});

test('a part importing a name its entry lacks is refused', () => {
  const dir = folder({
    'demo.js': entry,
    'view.part-1.js': "import{x,i}from'./demo.js';export const v=x+i;",
  });
  const problems = checkCdnFolder(dir);
  assert.equal(problems.length, 1);
  assert.match(
    problems[0],
    /view\.part-1\.js : importe \{ i \} de \.\/demo\.js, qui ne les exporte pas/,
  );
});

test('names two star exports both give are ambiguous: exported by neither (the poll of 7 December)', () => {
  const dir = folder({
    'demo.js':
      "export*from'./chunk-a.js';export*from'./chunk-b.js';export const load=()=>import('./view.part-1.js');",
    'chunk-a.js': 'const a=1,b=2;export{a as i,b as j};',
    'chunk-b.js': 'const a=3,c=4;export{a as i,c as k};',
    'view.part-1.js': "import{i,j,k}from'./demo.js';export const v=i+j+k;",
  });
  const problems = checkCdnFolder(dir);
  assert.deepEqual(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /importe \{ i \} de \.\/demo\.js/);
});

test('a file loaded later that is missing, an import of another site, a lying manifest', () => {
  const dir = folder(
    {
      'demo.js':
        "import'https://cdn.example/lit.js';export const load=()=>import('./gone.part-2.js');",
      'other.lazy-1.js': 'export const t=1;',
    },
    { lie: true },
  );
  const problems = checkCdnFolder(dir).join('\n');
  assert.match(problems, /demo\.js : charge \.\/gone\.part-2\.js, absent du dossier/);
  assert.match(problems, /demo\.js : importe « https:\/\/cdn\.example\/lit\.js », hors du dossier/);
  assert.match(problems, /manifest\.json : l'empreinte de other\.lazy-1\.js ne correspond pas/);
});

test('what the kit builds passes: a bundle with two parts and a lazy file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qd-links-src-'));
  const files = {
    'one.js': "export const one = () => 'un'; export const two = () => 'deux';",
    'define.js':
      "import { one, two } from './one.js'; export const first = one() + two(); export const a = () => import('./a.part.js'); export const b = () => import('./b.part.js'); export const l = () => import('./t.lazy.js');",
    'a.part.js': "import { one } from './one.js'; export const v = one();",
    'b.part.js': "import { two } from './one.js'; export const v = two();",
    't.lazy.js': "import { one } from './one.js'; export const v = one();",
  };
  for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, f), t);
  const out = join(dir, 'cdn');
  const r = await buildCdnBundle({ entry: join(dir, 'define.js'), name: 'demo', outdir: out });
  const chunks = Object.fromEntries(r.chunks.map((c) => [c.file, { integrity: sri(c.code) }]));
  writeFileSync(
    join(out, 'manifest.json'),
    JSON.stringify({ file: 'demo.js', integrity: sri(r.code), chunks }),
  );
  assert.deepEqual(checkCdnFolder(out), []);
});
