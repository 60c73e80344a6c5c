// The shared contents (contents/): every file valid against its package's zod schema and
// schema.json, listed once in index.json with all its metadata, its scenario graph sound, the files
// it names present, its easy-read texts written; and a deliberately broken copy
// (test/fixtures/broken/) that fails each of these checks with its own message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPaths, canEnd, reachable } from '@quartiers-douai/scenario';
import { checkLibrary, libraryFiles } from '../lib/check-library.mjs';

const root = join(import.meta.dirname, '..');
const broken = join(import.meta.dirname, 'fixtures', 'broken');
const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const files = libraryFiles(root);
const of = (prototype) => files.filter((f) => f.startsWith(`${prototype}/`)).map(read);

test('every content of contents/ passes every check (zod, schema.json, index, graphs, files, easy-read)', () => {
  assert.deepEqual(checkLibrary(root), []);
});

test('the library holds what issue 25 asks: 4 démarches, 3 quizzes per age group, 3 scenarios, 1 agenda', () => {
  const demarches = of('demarches');
  assert.deepEqual(demarches.map((d) => new URL(d.officialUrl).hostname).sort(), [
    'assure.ameli.fr',
    'www.caf.fr',
    'www.francetravail.fr',
    'www.impots.gouv.fr',
  ]);
  for (const d of demarches) {
    assert.equal(d.lastChecked, '2026-12-07', d.id);
    assert.ok(d.prepare.length >= 4 && d.glossary.length >= 5, `${d.id}: à préparer, glossaire`);
    assert.ok(d.steps.some((s) => s.screen.mock) && d.steps.some((s) => s.screen.image), d.id);
  }
  const audiences = of('quiz').map((q) => q.audience);
  for (const a of ['junior', 'ados', 'adultes'])
    assert.equal(audiences.filter((x) => x === a).length, 3, `3 quiz ${a}`);
  for (const q of of('quiz'))
    for (const question of q.questions)
      for (const choice of question.choices ?? [])
        assert.ok(
          choice.feedback,
          `${q.id} / ${question.id} / ${choice.text}: une réponse par choix`,
        );
  assert.equal(of('scenario').length, 3);
  const [agenda] = of('agenda');
  assert.equal(of('agenda').length, 1);
  assert.deepEqual(agenda.centres.map((c) => c.id).sort(), [
    'cerisaies',
    'glycines',
    'moulin-vert',
    'passerelle',
    'tilleuls',
  ]);
  for (const e of agenda.events) assert.match(e.description, /\*\*Accessibilité\*\* :/, e.id);
  const index = read('index.json');
  assert.equal(index.contents.length, files.length);
  assert.ok(
    index.contents.every((c) => c.licence === 'CC BY-SA 4.0' && c.lastChecked === '2026-12-07'),
  );
});

test("every scenario is walked with the scenario package's own graph functions: each step reached, each path ends", () => {
  for (const story of of('scenario')) {
    const ids = Object.keys(story.nodes);
    assert.deepEqual(
      [...reachable(story)].sort(),
      [...ids].sort(),
      `${story.id}: étapes atteintes`,
    );
    assert.deepEqual(
      [...canEnd(story)].sort(),
      [...ids].sort(),
      `${story.id}: chaque étape mène à une fin`,
    );
    const paths = allPaths(story);
    assert.ok(paths.length >= 4, `${story.id}: ${paths.length} chemins`);
    for (const path of paths)
      assert.ok(story.nodes[path.at(-1)].end, `${story.id}: ${path.join(' → ')}`);
    const ends = ids.filter((id) => story.nodes[id].end).map((id) => story.nodes[id].end.kind);
    assert.ok(ends.includes('good') && ends.length >= 3, `${story.id}: fins ${ends}`);
  }
});

test('a deliberately broken copy fails, each check with its own message', () => {
  const problems = checkLibrary(broken);
  const expected = [
    // against the package's zod schema (its French sentences) and against its schema.json
    /^quiz\/sans-facile\.json : schéma zod : questions\[0\]\.choices : une seule bonne réponse/,
    /^agenda\/centre-inconnu\.json : schéma zod : events\[0\]\.audience : valeur non reconnue/,
    /^agenda\/centre-inconnu\.json : schema\.json : events\[0\]\.audience : valeur non reconnue/,
    /^quiz\/sans-facile\.json : "\$schema" doit être "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/packages\/quiz\/schema\.json"/,
    // the scenario's graph, with the package's checker
    /^scenario\/impasse\.json : graphe : nodes\.oubliee : étape jamais atteinte/,
    /^scenario\/impasse\.json : graphe : nodes\.impasse : impasse : ni choix ni fin/,
    /^scenario\/impasse\.json : graphe : nodes\.boucle : aucun chemin ne mène à une fin/,
    // the files a content names
    /^quiz\/sans-facile\.json : questions\[0\]\.image\.src : le fichier « images\/absente\.png » n'existe pas/,
    /^demarches\/ecrans-faux\.json : steps « accueil » : l'écran n'a pas son dessin/,
    /^demarches\/ecrans-faux\.json : steps « fin » : l'écran n'est pas le dessin/,
    /^demarches\/ecrans-faux\.json : demarches\/screens\/ecrans-faux--fin\.svg : le bandeau « MAQUETTE D’ENTRAÎNEMENT/,
    /^demarches\/ecrans-faux\.json : glossary : le mot « identifiant » n'apparaît dans aucune consigne/,
    /^demarches\/screens\/orphelin--etape\.svg : ce dessin n'est l'écran d'aucune étape/,
    // easy-read: at the top level, and beside every text that offers it
    /^quiz\/sans-facile\.json : easyDescription : version « Facile à lire » manquante/,
    /^quiz\/sans-facile\.json : questions\[0\]\.easy : version « Facile à lire » manquante/,
    /^agenda\/centre-inconnu\.json : events\[0\]\.easy : version « Facile à lire » manquante/,
    // the agenda's centres are the five Douai centres of the samples
    /^agenda\/centre-inconnu\.json : centres\[0\] : « lille » n'est pas un des cinq centres/,
    // the catalogue: every file once, with valid metadata
    /^index\.json : contents\[3\] \(quiz\/absent\.json\) : ce fichier n'existe pas/,
    /^index\.json : contents\[2\] \(scenario\/impasse\.json\) : le fichier est déjà listé/,
    /^index\.json : le fichier demarches\/ecrans-faux\.json n'est pas listé/,
    /^index\.json : contents\[0\]\.licence : doit valoir "CC BY-SA 4\.0"/,
    /^index\.json : contents\[1\]\.theme : valeur non reconnue/,
    /^index\.json : contents\[4\]\.summary : texte trop court/,
    /^index\.json : contents\[1\] \(scenario\/impasse\.json\) : lastChecked « 2026-02-30 » n'est pas une date/,
    /^index\.json : contents\[2\] \(scenario\/impasse\.json\) : prototype « quiz » : le fichier est dans le dossier scenario\//,
    /^index\.json : contents\[2\] \(scenario\/impasse\.json\) : le centre « roubaix » n'est pas dans "centres"/,
    /^index\.json : contents\[0\] \(quiz\/sans-facile\.json\) : audience « 11-17 » alors que le contenu est pour « junior »/,
    /^index\.json : centres : « lille » \(Centre de Lille\) n'est pas un des cinq centres/,
    /^index\.json : centres : le centre « tilleuls » manque/,
  ];
  const missed = expected.filter((re) => !problems.some((p) => re.test(p)));
  assert.deepEqual(missed, [], `problèmes trouvés :\n${problems.join('\n')}`);
});

test('the README lists every content of the library, and names its licence', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const file of files) assert.ok(readme.includes(`](${file})`), `README.md : ${file}`);
  assert.match(readme, /CC BY-SA 4\.0/);
});

test('`pnpm --filter @quartiers-douai/contents check` exits 0 on the library, 1 on the broken copy', () => {
  const bin = join(root, 'scripts', 'check.mjs');
  const ok = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /Bibliothèque vérifiée : 17 contenus, aucun problème\./);
  const ko = spawnSync(process.execPath, [bin, broken], { encoding: 'utf8' });
  assert.equal(ko.status, 1);
  assert.match(ko.stderr, /^Bibliothèque : \d+ problème\(s\) dans 4 contenus :/);
});
