// Docs true to the code (issue 25, item 6): the sizes and test counts of README.md and docs/*.md
// against the build (rules in ../lib/doc-figures.mjs and docs/release.md), the prototypes'
// table of README against their package.json, the promises about read-aloud, WordPress's media
// library and « Télécharger l'exemple », Storybook without its English onboarding checklist,
// and the catalogue's fields in every prototype's package.json.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { kitPackages, repoRoot } from '@quartiers-douai/kit-scripts/packages';
import { AUDIENCES, THEMES, offersReadAloud } from '../lib/catalogue.mjs';
import { checkDocFigures, measureBundles } from '../lib/doc-figures.mjs';

const packages = kitPackages();
const prototypes = packages.filter((p) => p.tag && !p.private);
const bundles = measureBundles(packages);
const read = (file) => readFileSync(join(repoRoot, file), 'utf8');
const docs = [
  'README.md',
  ...readdirSync(join(repoRoot, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

test('every size and test count of README.md and docs/*.md is true to the build (or a dated record)', () => {
  const { problems, checked } = checkDocFigures({ root: repoRoot, bundles, prototypes });
  assert.deepEqual(problems, []);
  assert.ok(checked > 100, `${checked} chiffres vérifiés seulement`);
});

test('proof: a wrong size, a false bound, a wrong budget and an undated test count are caught', () => {
  const root = mkdtempSync(join(tmpdir(), 'qd-doc-figures-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'docs'));
  const quiz = bundles.get('quiz');
  const kb = (n) => (n / 1024).toFixed(1).replace('.', ',');
  writeFileSync(
    join(root, 'README.md'),
    `| Prototype | Paquet | État |\n| --- | --- | --- |\n| Quiz | \`@quartiers-douai/quiz\` | prêt (${kb(quiz.brotli * 1.1)} Ko pour 99) |\n`,
  );
  writeFileSync(
    join(root, 'docs/quiz.md'),
    `Le fichier \`quiz.js\` pèse moins de ${Math.floor(quiz.brotli / 1024) - 1} Ko.\n\nLa porte compte 12 tests.\n\nUn total de 3,2 Ko sans règle.\n\nMesuré le 29 novembre 2026 : 12 tests, 99,9 Ko.\n`,
  );
  const { problems, records } = checkDocFigures({ root, bundles, prototypes });
  assert.equal(records, 1);
  for (const pattern of [
    /README\.md:3 : quiz\.js écrit/,
    /README\.md:3 : budget/,
    /docs\/quiz\.md:1 : « moins de/,
    /docs\/quiz\.md:3 : un nombre de tests/,
    /docs\/quiz\.md:5 : taille sans règle/,
  ])
    assert.ok(
      problems.some((p) => pattern.test(p)),
      `${pattern} absent de :\n${problems.join('\n')}`,
    );
});

test("README's table names every prototype by its qd.title, and counts them", () => {
  const readme = read('README.md');
  const count = /^## Les (\d+) prototypes$/m.exec(readme);
  assert.equal(Number(count?.[1]), prototypes.length);
  for (const p of prototypes) {
    const row = readme.split('\n').find((l) => l.includes(`\`${p.name}\``));
    assert.ok(row, `README.md : pas de ligne pour ${p.name}`);
    assert.equal(
      row.split('|')[1].trim(),
      p.pkg.qd.title,
      `${p.name} : qd.title et README diffèrent`,
    );
  }
});

test('every prototype gives the catalogue its title, audience, theme and action (package.json "qd")', () => {
  for (const p of prototypes) {
    const qd = p.pkg.qd;
    assert.equal(typeof qd.title, 'string', `${p.name} : qd.title`);
    assert.ok(
      qd.audience?.length && qd.audience.every((a) => a in AUDIENCES),
      `${p.name} : qd.audience parmi ${Object.keys(AUDIENCES).join(', ')}`,
    );
    assert.ok(
      qd.theme?.length && qd.theme.every((t) => THEMES.includes(t)),
      `${p.name} : qd.theme parmi ${THEMES.join(', ')}`,
    );
    assert.ok(typeof qd.action === 'string' && qd.action.length > 10, `${p.name} : qd.action`);
    if (qd.guide)
      assert.ok(
        docs.includes(`docs/${qd.guide}.md`),
        `${p.name} : docs/${qd.guide}.md n'existe pas`,
      );
  }
});

test('a promise of read-aloud for every text names the prototypes that have none', () => {
  const silent = prototypes
    .filter((p) => !offersReadAloud(p.dir))
    .map((p) => p.shortName.split('-').pop());
  for (const file of docs) {
    // One sentence (or list item) at a time, line breaks of the Markdown joined.
    const sentences = read(file)
      .replace(/\n(?![-*] |\n|#|\|)/g, ' ')
      .split(/(?<=[.;])\s|\n/);
    for (const s of sentences) {
      const speaks = /(écout|voix haute|read-aloud)/i.test(s);
      const every = /(chaque texte|tous les textes|every text|each text)/i.test(s);
      if (!speaks || !every) continue;
      for (const name of silent)
        assert.match(
          s.toLowerCase(),
          new RegExp(name),
          `${file} : « ${s.trim().slice(0, 120)}… » promet la lecture à voix haute partout, sans dire que ${name} ne l'a pas`,
        );
    }
  }
});

test("no page sends a .json file to WordPress's media library without its caveat", () => {
  for (const file of docs)
    for (const s of read(file)
      .replace(/\n(?!\n)/g, ' ')
      .split(/(?<=[.;:])\s/))
      if (/médiathèque/i.test(s) && /json/i.test(s))
        assert.match(s, /refus|n'accepte pas|autoris/i, `${file} : « ${s.trim().slice(0, 140)} »`);
});

test("« Télécharger l'exemple » is promised only where it exists: the site's prototype pages", () => {
  const pages = read('tools/site/lib/pages.mjs');
  assert.match(pages, /Télécharger l’exemple/);
  assert.match(pages, /download=/);
  for (const file of docs) {
    const text = read(file);
    if (/Télécharger l['’]exemple/.test(text)) assert.match(text, /page du prototype/, file);
  }
});

test('Storybook shows no English onboarding checklist', () => {
  const main = read('apps/storybook/.storybook/main.ts');
  assert.match(main, /sidebarOnboardingChecklist:\s*false/);
  assert.match(main, /menuOnboardingChecklist:\s*false/);
  assert.doesNotMatch(main, /addon-onboarding/);
});
