// `pnpm new-prototype`: names, templates and wiring, in a small fake kit (no install, no build).
// The generated package itself is proven by bin/qd-new-prototype-proof.mjs (a CI phase): there it
// is installed, built and put through every gate.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  UsageError,
  consumersOfAll,
  newPrototype,
  placeholders,
  templateDir,
  templateFiles,
} from '../new-prototype.mjs';

const bin = new URL('../bin/qd-new-prototype.mjs', import.meta.url).pathname;
const KEYS = ['name', 'Name', 'camel', 'CONST', 'element', 'title'];

const roots = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A kit with core, one prototype and three consumers (two list every prototype, one does not). */
function fakeKit() {
  const root = mkdtempSync(join(tmpdir(), 'qd-new-prototype-test-'));
  roots.push(root);
  const json = (file, value) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), JSON.stringify(value, null, 2) + '\n');
  };
  json('packages/core/package.json', { name: '@quartiers-douai/core' });
  json('packages/quiz/package.json', { name: '@quartiers-douai/quiz', qd: { tag: 'qd-quiz' } });
  mkdirSync(join(root, 'packages/quiz/src'), { recursive: true });
  writeFileSync(
    join(root, 'packages/quiz/src/define.ts'),
    "defineElement('qd-quiz', QdQuiz);\ndefineElement('qd-quiz-extra', QdQuizExtra);\n",
  );
  const all = { '@quartiers-douai/core': 'workspace:*', '@quartiers-douai/quiz': 'workspace:*' };
  json('apps/embed/package.json', { name: '@quartiers-douai/embed', devDependencies: all });
  json('tools/release/package.json', {
    name: '@quartiers-douai/release',
    devDependencies: { '@arethetypeswrong/cli': '1', ...all, verdaccio: '5' },
  });
  json('tools/quality/package.json', {
    name: '@quartiers-douai/quality',
    devDependencies: { '@quartiers-douai/core': 'workspace:*' },
  });
  writeFileSync(join(root, 'LICENSE'), 'EUPL-1.2\n');
  writeFileSync(
    join(root, '.prettierrc.json'),
    readFileSync(new URL('../../../.prettierrc.json', import.meta.url)),
  );
  return root;
}

const generate = (root, options = {}) =>
  newPrototype({
    root,
    name: 'mon-outil',
    install: false,
    build: false,
    log: () => {},
    ...options,
  });

test('names: every placeholder from the kebab-case name, the tag and the title', () => {
  assert.deepEqual(placeholders({ name: 'mon-outil' }), {
    name: 'mon-outil',
    Name: 'MonOutil',
    camel: 'monOutil',
    CONST: 'MON_OUTIL',
    element: 'mon-outil',
    title: 'Mon outil',
  });
  const v = placeholders({ name: 'quiz-2', tag: 'qd-quiz-deux', title: " L'atelier " });
  assert.equal(v.Name, 'Quiz2');
  assert.equal(v.CONST, 'QUIZ_2');
  assert.equal(v.element, 'quiz-deux');
  assert.equal(v.title, 'L’atelier', 'a typographic apostrophe: the title goes in quoted strings');
});

test('names: refused, with a French reason', () => {
  for (const name of ['Mon-Outil', 'mon_outil', '1outil', 'mon--outil', 'outil-', 'core'])
    assert.throws(() => placeholders({ name }), UsageError, name);
  for (const tag of ['mon-outil', 'qd-Outil', 'qd-', 'qd-a b'])
    assert.throws(() => placeholders({ name: 'outil', tag }), UsageError, tag);
  for (const title of ['Un "outil"', 'a`b', '${x}', '<b>', ' '])
    assert.throws(() => placeholders({ name: 'outil', title }), UsageError, title);
});

test('templates: the whole anatomy, with known placeholders only', () => {
  const files = templateFiles();
  for (const f of [
    '.changeset/__name__-first-release.md',
    'docs/__name__.md',
    'apps/storybook/src/docs/prototypes/__name__.mdx',
    'packages/__name__/package.json',
    'packages/__name__/README.md',
    'packages/__name__/tsconfig.json',
    'packages/__name__/vitest.config.ts',
    'packages/__name__/content/premiers-pas.json',
    'packages/__name__/src/index.ts',
    'packages/__name__/src/define.ts',
    'packages/__name__/src/schema.ts',
    'packages/__name__/src/schema.test.ts',
    'packages/__name__/src/fixtures.ts',
    'packages/__name__/src/quality.ts',
    'packages/__name__/src/messages.ts',
    'packages/__name__/src/messages.en.ts',
    'packages/__name__/src/messages.ar.ts',
    'packages/__name__/src/texts.lazy.ts',
    'packages/__name__/src/__name__/__name__.ts',
    'packages/__name__/src/__name__/__name__.styles.ts',
    'packages/__name__/src/__name__/__name__.test.ts',
    'packages/__name__/src/__name__/__name__.stories.ts',
  ])
    assert.ok(files.includes(f), `${f} missing from the templates`);
  for (const f of files) {
    const text = f + readFileSync(join(templateDir, f), 'utf8');
    for (const [, key] of text.matchAll(/__([A-Za-z]+)__/g))
      assert.ok(KEYS.includes(key), `${f}: unknown placeholder __${key}__`);
  }
  const pkg = JSON.parse(readFileSync(join(templateDir, 'packages/__name__/package.json'), 'utf8'));
  assert.equal(pkg.qd.tag, 'qd-__element__');
  assert.ok(pkg.qd.budget.brotli > 0, 'a size budget');
});

test('creates the package, lists it where every prototype is listed, leaves the rest', async () => {
  const root = fakeKit();
  const { created, changed } = await generate(root, { title: 'Mon outil' });
  const dir = join(root, 'packages/mon-outil');
  assert.ok(created.includes('packages/mon-outil/src/mon-outil/mon-outil.ts'));
  assert.ok(created.includes('packages/mon-outil/LICENSE'));
  assert.ok(created.includes('.changeset/mon-outil-first-release.md'));
  for (const f of created) {
    const text = readFileSync(join(root, f), 'utf8');
    assert.doesNotMatch(text, /__(name|Name|camel|CONST|element|title)__/, f);
  }
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, '@quartiers-douai/mon-outil');
  assert.equal(pkg.qd.tag, 'qd-mon-outil');
  assert.equal(pkg.repository.directory, 'packages/mon-outil');
  const define = readFileSync(join(dir, 'src/define.ts'), 'utf8');
  assert.match(define, /defineElement\('qd-mon-outil', QdMonOutil\)/);
  assert.match(define, /'qd-mon-outil': QdMonOutil;/);
  assert.match(readFileSync(join(dir, 'src/schema.ts'), 'utf8'), /MON_OUTIL_CONTENT_VERSION = 1/);
  const sample = JSON.parse(readFileSync(join(dir, 'content/premiers-pas.json'), 'utf8'));
  assert.equal(sample.$schema, '../schema.json');
  assert.match(sample.title, /« Mon outil »/);

  assert.deepEqual(changed.sort(), ['apps/embed/package.json', 'tools/release/package.json']);
  const release = JSON.parse(readFileSync(join(root, 'tools/release/package.json'), 'utf8'));
  assert.deepEqual(Object.keys(release.devDependencies), [
    '@arethetypeswrong/cli',
    '@quartiers-douai/core',
    '@quartiers-douai/mon-outil',
    '@quartiers-douai/quiz',
    'verdaccio',
  ]);
  assert.equal(release.devDependencies['@quartiers-douai/mon-outil'], 'workspace:*');
  const quality = JSON.parse(readFileSync(join(root, 'tools/quality/package.json'), 'utf8'));
  assert.equal(quality.devDependencies['@quartiers-douai/mon-outil'], undefined);
  // Now a prototype like the others: the next one is listed beside it.
  assert.equal(consumersOfAll(root).length, 2);
});

test('formatted with the kit’s Prettier settings (single quotes, 100 columns)', async () => {
  const root = fakeKit();
  const { steps } = await generate(root);
  assert.equal(steps.format, true);
  const prettier = await import('prettier');
  const file = join(root, 'packages/mon-outil/src/mon-outil/mon-outil.ts');
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  assert.equal(await prettier.check(readFileSync(file, 'utf8'), options), true);
});

test('refuses a name or a tag already taken, and writes nothing then', async () => {
  const root = fakeKit();
  await generate(root);
  await assert.rejects(generate(root), /existe déjà/);
  await assert.rejects(generate(root, { name: 'autre', tag: 'qd-quiz-extra' }), /déjà défini/);
  assert.equal(existsSync(join(root, 'packages/autre')), false);
});

test('the command: usage on a missing name, French error and code 2 on a bad one', () => {
  const none = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
  assert.equal(none.status, 2);
  assert.match(none.stdout, /Usage : pnpm new-prototype <nom>/);
  const bad = spawnSync(process.execPath, [bin, 'Mon_Outil', '--root', fakeKit()], {
    encoding: 'utf8',
  });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /nom « Mon_Outil » invalide/);
});
