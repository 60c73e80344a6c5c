// `pnpm new-prototype <name>`: a new prototype package with the whole anatomy (HOUSE-STYLE
// "Package anatomy"), from the plain files of templates/new-prototype/ — a tree laid over the
// repository's root, whose names and contents carry placeholders:
//
//   __name__     the folder and npm short name        mon-outil
//   __Name__     PascalCase (class names, types)      MonOutil    → QdMonOutil
//   __camel__    camelCase (schemas, messages)        monOutil    → monOutilContentSchema
//   __CONST__    UPPER_SNAKE (constants)              MON_OUTIL   → MON_OUTIL_CONTENT_VERSION
//   __element__  the tag after "qd-"                  mon-outil   → <qd-mon-outil>
//   __title__    the French title                     Mon outil
//
// Then it registers the package where the repository wants every package listed (the apps and
// tools that depend on all the prototypes, for turbo to build them first: assertDependsOnAll in
// packages.mjs), installs, formats with the repository's Prettier settings and builds it. The
// gates find the new package by themselves (packages/*/package.json with "qd.tag").
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The templates, laid over the repository's root. */
export const templateDir = fileURLToPath(new URL('./templates/new-prototype/', import.meta.url));

const PLACEHOLDER = /__(name|Name|camel|CONST|element|title)__/g;
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Folders under packages/ that are not prototypes, and names that would shadow a kit word. */
const RESERVED = new Set([
  'core',
  'kit',
  'kit-scripts',
  'quality',
  'release',
  'embed',
  'storybook',
]);

/** Error with a French message for the person who typed the command. */
export class UsageError extends Error {}

/**
 * The values of the placeholders for `name` (kebab-case), its `tag` and `title`.
 * @param {{ name: string, tag?: string, title?: string }} o
 */
export function placeholders({ name, tag = `qd-${name}`, title }) {
  if (!KEBAB.test(name))
    throw new UsageError(
      `nom « ${name} » invalide : des minuscules sans accents, des chiffres et des tirets, en commençant par une lettre (par exemple « mon-outil »)`,
    );
  if (RESERVED.has(name)) throw new UsageError(`le nom « ${name} » est déjà pris par le kit`);
  if (!/^qd-[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(tag))
    throw new UsageError(
      `balise « ${tag} » invalide : elle commence par « qd- », puis des minuscules, des chiffres et des tirets (par exemple « qd-${name} »)`,
    );
  const words = name.split('-');
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  const finalTitle = (title ?? cap(words.join(' '))).trim().replace(/'/g, '’');
  if (finalTitle === '' || /["\\`<>$\n\r{}]/.test(finalTitle))
    throw new UsageError(
      `titre « ${title} » : écrivez-le en toutes lettres, sans " \\ \` < > $ { } ni retour à la ligne`,
    );
  return {
    name,
    Name: words.map(cap).join(''),
    camel: words[0] + words.slice(1).map(cap).join(''),
    CONST: words.map((w) => w.toUpperCase()).join('_'),
    element: tag.slice(3),
    title: finalTitle,
  };
}

/** `text` with every placeholder replaced. */
export const fill = (text, values) => text.replace(PLACEHOLDER, (_m, key) => values[key]);

/** Every file of the templates, as paths relative to templateDir. */
export function templateFiles(dir = templateDir, base = dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? templateFiles(path, base) : [relative(base, path)];
    });
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

/** package.json of every folder under `root`/`group` (packages, apps, tools). */
function workspacePackages(root, group) {
  const base = join(root, group);
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .sort()
    .map((folder) => join(base, folder, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => ({ file, pkg: readJson(file) }));
}

/** Tags the packages of `root` already define (their "qd.tag", "qd.tags" and defineElement calls). */
function takenTags(root) {
  const tags = new Set();
  for (const { file, pkg } of workspacePackages(root, 'packages')) {
    for (const t of [pkg.qd?.tag, ...(pkg.qd?.tags ?? [])]) if (t) tags.add(t);
    const define = join(dirname(file), 'src/define.ts');
    if (existsSync(define))
      for (const m of readFileSync(define, 'utf8').matchAll(/defineElement\(\s*'([^']+)'/g))
        tags.add(m[1]);
  }
  return tags;
}

/**
 * The workspace packages outside packages/ that list every prototype (apps/embed, apps/storybook,
 * tools/release): each needs the new one too, or turbo would not build it before them.
 */
export function consumersOfAll(root) {
  const prototypes = workspacePackages(root, 'packages')
    .map(({ pkg }) => pkg)
    .filter((pkg) => !pkg.private && typeof pkg.qd?.tag === 'string')
    .map((pkg) => pkg.name);
  if (prototypes.length === 0) return [];
  return [...workspacePackages(root, 'apps'), ...workspacePackages(root, 'tools')].filter(
    ({ pkg }) => {
      const deps = { ...pkg.dependencies, ...pkg.devDependencies };
      return prototypes.every((name) => deps[name] !== undefined);
    },
  );
}

/** Adds `name` to the devDependencies of `file` (workspace:*), keeping them sorted. */
function addDevDependency(file, name) {
  const pkg = readJson(file);
  const devDependencies = { ...pkg.devDependencies, [name]: 'workspace:*' };
  pkg.devDependencies = Object.fromEntries(
    Object.entries(devDependencies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  writeJson(file, pkg);
}

/** Formats `files` with the Prettier of the repository (its own settings), when it is installed. */
async function format(root, files) {
  let prettier;
  try {
    prettier = await import('prettier');
  } catch {
    return false;
  }
  for (const file of files) {
    const path = join(root, file);
    const options = { ...(await prettier.resolveConfig(path)), filepath: path };
    const info = await prettier.getFileInfo(path, { resolveConfig: false });
    if (info.ignored || !info.inferredParser) continue;
    writeFileSync(path, await prettier.format(readFileSync(path, 'utf8'), options));
  }
  return true;
}

function run(command, args, cwd) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd, stdio: 'inherit' }).status === 0;
}

/**
 * Creates the package. Returns what was created and changed (paths relative to `root`).
 * @param {{ root: string, name: string, tag?: string, title?: string, install?: boolean,
 *   build?: boolean, log?: (line: string) => void }} o
 */
export async function newPrototype({
  root,
  name,
  tag,
  title,
  install = true,
  build = true,
  log = console.log,
}) {
  const values = placeholders({ name, tag, title });
  const fullTag = `qd-${values.element}`;
  const npmName = `@quartiers-douai/${name}`;
  if (!existsSync(join(root, 'packages')))
    throw new UsageError(`${root} n'a pas de dossier packages/ : est-ce la racine du kit ?`);
  if (workspacePackages(root, 'packages').some(({ pkg }) => pkg.name === npmName))
    throw new UsageError(`${npmName} existe déjà`);
  if (takenTags(root).has(fullTag))
    throw new UsageError(`<${fullTag}> est déjà défini par un paquet : choisissez un autre --tag`);

  // Who lists every prototype, found before the new one exists.
  const consumers = consumersOfAll(root);
  const files = templateFiles().map((t) => ({ template: t, target: fill(t, values) }));
  files.push({ license: true, target: `packages/${name}/LICENSE` });
  const existing = files.filter((f) => existsSync(join(root, f.target)));
  if (existing.length > 0)
    throw new UsageError(
      `rien n'est écrit : ces fichiers existent déjà : ${existing.map((f) => f.target).join(', ')}`,
    );

  for (const f of files) {
    const target = join(root, f.target);
    mkdirSync(dirname(target), { recursive: true });
    if (f.license) {
      if (existsSync(join(root, 'LICENSE'))) copyFileSync(join(root, 'LICENSE'), target);
      else f.skipped = true;
    } else writeFileSync(target, fill(readFileSync(join(templateDir, f.template), 'utf8'), values));
  }
  const created = files.filter((f) => !f.skipped).map((f) => f.target);

  const changed = [];
  for (const { file } of consumers) {
    addDevDependency(file, npmName);
    changed.push(relative(root, file));
  }

  const steps = { install: false, format: false, build: false };
  if (install) {
    // The lockfile gains the new package (CI=true would otherwise freeze it). Offline first: every
    // dependency of the template is already in the store of a kit that was installed once.
    const args = ['install', '--no-frozen-lockfile'];
    steps.install = run('pnpm', [...args, '--offline'], root);
    if (!steps.install) {
      // A store without the registry's metadata (a fresh CI machine): ask the registry.
      console.log('new-prototype : hors ligne impossible, nouvel essai avec le registre npm');
      steps.install = run('pnpm', [...args, '--prefer-offline'], root);
    }
    if (!steps.install) throw new Error('pnpm install a échoué (voir ci-dessus)');
    changed.push('pnpm-lock.yaml');
  }
  steps.format = await format(root, [...created, ...changed.filter((f) => f.endsWith('.json'))]);
  if (build) {
    steps.build = run('pnpm', ['exec', 'turbo', 'run', 'build', `--filter=${npmName}`], root);
    if (!steps.build) throw new Error(`la construction de ${npmName} a échoué (voir ci-dessus)`);
    created.push(`packages/${name}/schema.json`);
  }

  log(`\nnew-prototype : ${npmName}, <${fullTag}>, « ${values.title} »`);
  log(`  créés (${created.length}) :`);
  for (const f of created) log(`    ${f}`);
  if (changed.length > 0) log(`  modifiés : ${changed.join(', ')}`);
  const manifest = join(root, 'packages', name, 'dist/cdn/manifest.json');
  if (existsSync(manifest)) {
    const { brotli } = readJson(manifest);
    const budget = readJson(join(root, 'packages', name, 'package.json')).qd.budget.brotli;
    log(
      `  dist/cdn/${name}.js : ${(brotli / 1024).toFixed(1)} KB brotli, budget ${(budget / 1024).toFixed(1)} KB (package.json "qd.budget")`,
    );
  }
  if (!steps.format) log('  (Prettier absent : lancez « pnpm install » puis « pnpm format »)');
  log(`
Ensuite :
  pnpm --filter ${npmName} test          # ses tests (Chromium)
  pnpm --filter ${npmName} lint          # ESLint + lit-analyzer
  pnpm --filter @quartiers-douai/quality exec vitest run -t ${npmName}   # les portes de qualité
  pnpm storybook                         # « Composants/${values.title} »
Puis remplacez les deux écrans par votre prototype (src/${name}/${name}.ts, src/schema.ts,
content/), sa description (package.json, README.md, docs/${name}.md) et son changeset, et
gardez le budget au plus près de la taille mesurée. Voir docs/architecture.md, « Créer un prototype ».`);
  return { values, created, changed, steps };
}
