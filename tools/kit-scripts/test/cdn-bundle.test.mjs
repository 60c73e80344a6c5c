// The CDN bundle (Rollup's code splitting, docs/decisions/0017): language files, *.lazy modules
// and *.part elements become their own files beside the bundle, the bundle points at them by
// their hashed names, and whatever they share with the bundle they import from it, by names
// Rollup exported: never a copy, never a name the bundle lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdnBundle } from '../cdn-bundle.mjs';

/** A throw-away package: `files` maps relative paths to their text. */
function project(files) {
  const dir = mkdtempSync(join(tmpdir(), 'qd-cdn-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('language files and lazy modules are separate, hashed, and imported by that name', async () => {
  const dir = project({
    'src/define.js': [
      "export const fr = { hello: 'Bonjour' };",
      "export const en = () => import('./messages.en.js');",
      "export const explain = () => import('./explain.lazy.js');",
    ].join('\n'),
    'src/messages.en.js': "export default { hello: 'Hello from the English file' };",
    'src/explain.lazy.js': "export const why = () => 'explication en français';",
  });
  const out = join(dir, 'dist/cdn');
  const r = await buildCdnBundle({ entry: join(dir, 'src/define.js'), name: 'demo', outdir: out });
  const names = r.chunks.map((c) => c.file).sort();
  assert.equal(names.length, 2);
  assert.match(names[0], /^explain\.lazy-[0-9a-f]{10}\.js$/);
  assert.match(names[1], /^messages\.en-[0-9a-f]{10}\.js$/);
  const bundle = r.code.toString();
  assert.ok(bundle.includes('Bonjour'));
  assert.ok(!bundle.includes('Hello from the English file'), 'English stays out of the bundle');
  for (const n of names) assert.ok(bundle.includes(`./${n}`), `the bundle imports ./${n}`);
  assert.deepEqual(readdirSync(out).sort(), ['demo.js', ...names].sort());
  assert.ok(readFileSync(join(out, names[1]), 'utf8').includes('Hello from the English file'));
});

test("a lazy module that imports a library takes the bundle's copy, never a second one", async () => {
  const dir = project({
    'node_modules/fake-lit/package.json': '{"name":"fake-lit","type":"module","main":"index.js"}',
    'node_modules/fake-lit/index.js':
      "export const id = 'THE-ONLY-FAKE-LIT'; export const html = (s) => id + s.join('');",
    'src/define.js':
      "import { html } from 'fake-lit'; export const first = html`a`; export const l = () => import('./view.lazy.js');",
    'src/view.lazy.js': "import { html } from 'fake-lit'; export const view = () => html`x`;",
  });
  const out = join(dir, 'dist/cdn');
  const r = await buildCdnBundle({ entry: join(dir, 'src/define.js'), name: 'demo', outdir: out });
  const lazy = r.chunks.find((c) => c.file.startsWith('view.lazy-'));
  assert.ok(lazy, r.chunks.map((c) => c.file).join());
  assert.ok(!lazy.code.toString().includes('THE-ONLY-FAKE-LIT'), 'no copy of the library');
  assert.deepEqual(lazy.imports, ['demo.js']);
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const m = await import(join(out, 'demo.js'));
  assert.equal((await m.l()).view(), 'THE-ONLY-FAKE-LITx');
});

test('parts sharing different modules with the bundle all find their names (the poll of 7 December)', async () => {
  // esbuild split this into two shared chunks, both exporting `a`, `b`…; merged back into the
  // entry with `export *`, the names both exported were ambiguous and silently left out, and
  // the poll's later screens could not load (SyntaxError: no export named 'i').
  const shared = (n) =>
    Array.from({ length: 6 }, (_, i) => `export const ${n}${i} = () => '${n}${i}';`).join('\n');
  const dir = project({
    'src/one.js': shared('one'),
    'src/two.js': shared('two'),
    'src/define.js': [
      "import * as one from './one.js';",
      "import * as two from './two.js';",
      'export const first = () => one.one0() + two.two0();',
      "export const loadA = () => import('./a.part.js');",
      "export const loadB = () => import('./b.part.js');",
    ].join('\n'),
    'src/a.part.js':
      "import { one1, one2, one3, one4, one5 } from './one.js'; export const all = () => [one1(), one2(), one3(), one4(), one5()].join();",
    'src/b.part.js':
      "import { two1, two2, two3, two4, two5 } from './two.js'; export const all = () => [two1(), two2(), two3(), two4(), two5()].join();",
  });
  const out = join(dir, 'dist/cdn');
  const r = await buildCdnBundle({ entry: join(dir, 'src/define.js'), name: 'demo', outdir: out });
  assert.deepEqual(
    readdirSync(out).filter((f) => f.startsWith('chunk-')),
    [],
  );
  for (const c of r.chunks) assert.deepEqual(c.imports, ['demo.js'], c.file);
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const m = await import(join(out, 'demo.js'));
  assert.equal(m.first(), 'one0two0');
  assert.equal((await m.loadA()).all(), 'one1,one2,one3,one4,one5');
  assert.equal((await m.loadB()).all(), 'two1,two2,two3,two4,two5');
});

test('any other import() is refused, with the rule', async () => {
  const dir = project({
    'src/define.js': "export const l = () => import('./somewhere.js');",
    'src/somewhere.js': 'export const x = 1;',
  });
  await assert.rejects(
    buildCdnBundle({
      entry: join(dir, 'src/define.js'),
      name: 'demo',
      outdir: join(dir, 'o'),
      write: false,
    }),
    /seuls les fichiers \*\.en\.ts/,
  );
});

test("a part shares the bundle's code: it imports it from the bundle, never a copy (ADR 0016)", async () => {
  const dir = project({
    'node_modules/fake-lit/package.json': '{"name":"fake-lit","type":"module","main":"index.js"}',
    'node_modules/fake-lit/index.js':
      "export const registry = { made: 0, id: 'THE-ONLY-FAKE-LIT' }; export const html = (s) => (registry.made++, s.join(''));",
    'src/define.js': [
      "import { html, registry } from 'fake-lit';",
      'export const first = html`premier écran`;',
      "export const loadPact = () => import('./pact.part.js');",
      'export { registry };',
      "export const en = () => import('./messages.en.js');",
    ].join('\n'),
    'src/pact.part.js': [
      "import { html, registry } from 'fake-lit';",
      'export const view = () => html`le pacte familial`;',
      'export const sameRegistry = (r) => r === registry;',
    ].join('\n'),
    'src/messages.en.js': "export default { hello: 'Hello' };",
  });
  const out = join(dir, 'dist/cdn');
  const r = await buildCdnBundle({ entry: join(dir, 'src/define.js'), name: 'demo', outdir: out });
  const bundle = r.code.toString();
  const part = r.chunks.find((c) => /^pact\.part-[0-9a-f]{10}\.js$/.test(c.file));
  assert.ok(part, `a part file: ${r.chunks.map((c) => c.file)}`);
  assert.ok(r.chunks.some((c) => /^messages\.en-[0-9a-f]{10}\.js$/.test(c.file)));
  const partText = part.code.toString();
  // One file first (no shared chunk left), the library once, in the bundle.
  assert.deepEqual(
    readdirSync(out).filter((f) => f.startsWith('chunk-')),
    [],
    'no shared chunk: it is inside the bundle',
  );
  assert.ok(bundle.includes('THE-ONLY-FAKE-LIT'));
  assert.ok(!partText.includes('THE-ONLY-FAKE-LIT'), 'the part does not copy the library');
  assert.ok(!bundle.includes('le pacte familial'), "the part's text is not in the bundle");
  assert.match(partText, /from\s*"\.\/demo\.js"/);
  assert.ok(bundle.includes(`./${part.file}`), 'the bundle imports the part by its file name');
  // And it runs: the part sees the bundle's own module (same registry object).
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const m = await import(join(out, 'demo.js'));
  assert.equal(m.first, 'premier écran');
  const p = await m.loadPact();
  assert.equal(p.view(), 'le pacte familial');
  assert.equal(p.sameRegistry(m.registry), true);
  assert.equal(m.registry.made, 2);
});

test('several entries built together share one copy of a library, in a chunk both import (a site’s runtime)', async () => {
  const dir = project({
    'node_modules/fake-lit/package.json': '{"name":"fake-lit","type":"module","main":"index.js"}',
    'node_modules/fake-lit/index.js':
      "export const id = 'THE-ONLY-FAKE-LIT'; export const html = (s) => id + s.join('');",
    'src/quiz.js': "import { html } from 'fake-lit'; export const quiz = () => html`quiz`;",
    'src/poll.js':
      "import { html } from 'fake-lit'; export const poll = () => html`poll`; export const l = () => import('./view.lazy.js');",
    'src/view.lazy.js': "import { html } from 'fake-lit'; export const view = () => html`later`;",
  });
  const out = join(dir, 'kit');
  const r = await buildCdnBundle({
    entries: { quiz: join(dir, 'src/quiz.js'), poll: join(dir, 'src/poll.js') },
    outdir: out,
  });
  const byName = Object.fromEntries(r.files.map((f) => [f.file, f]));
  assert.deepEqual(
    r.files
      .filter((f) => f.entry)
      .map((f) => [f.entry, f.file])
      .sort(),
    [
      ['poll', 'poll.js'],
      ['quiz', 'quiz.js'],
    ],
  );
  const copies = r.files.filter((f) => f.code.toString().includes('THE-ONLY-FAKE-LIT'));
  assert.equal(copies.length, 1, 'one copy of the library');
  assert.match(copies[0].file, /^chunk-[0-9a-f]{10}\.js$/);
  assert.ok(byName['quiz.js'].imports.includes(copies[0].file));
  assert.ok(byName['poll.js'].imports.includes(copies[0].file));
  assert.ok(byName['poll.js'].dynamicImports.some((f) => f.startsWith('view.lazy-')));
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  const quiz = await import(join(out, 'quiz.js'));
  const poll = await import(join(out, 'poll.js'));
  assert.equal(quiz.quiz(), 'THE-ONLY-FAKE-LITquiz');
  assert.equal((await poll.l()).view(), 'THE-ONLY-FAKE-LITlater');
});
