// What "published right" means for a package of the kit (HOUSE-STYLE "Package anatomy",
// issue 8 point 1), checked on package.json and on the packed tarball. Each check returns a list
// of problems in French, with what to change; an empty list means "fine".
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LICENSE = 'EUPL-1.2';
export const REPOSITORY = 'git+https://github.com/quartiers-douai/kit.git';

/** Subpaths every prototype (package with "qd.tag") exports, each with its types when it is code. */
export const PROTOTYPE_EXPORTS = [
  '.',
  './define',
  './schema',
  './schema.json',
  './custom-elements.json',
  './package.json',
];

/** Files that must never ship. */
const FORBIDDEN = [
  [/^src\//, 'les sources TypeScript (src/)'],
  [/\.map$/, 'les cartes de source (.map)'],
  [
    /(^|\/)[^/]*\.(test|spec|stories|bench)\.[cm]?[jt]sx?$/,
    'les tests, stories et bancs de mesure',
  ],
  [
    /^(tsconfig[^/]*\.json|vitest[^/]*\.[cm]?[jt]s|eslint[^/]*)$/,
    'la configuration de développement',
  ],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/^\.turbo\//, 'le cache turbo'],
];

/**
 * Checks a package.json of packages/ (the source one, before packing).
 * @param {import('@quartiers-douai/kit-scripts/packages').KitPackage} p
 */
export function checkManifest(p) {
  const { pkg, folder } = p;
  const problems = [];
  const need = (cond, message) => {
    if (!cond) problems.push(message);
  };
  need(
    pkg.name === `@quartiers-douai/${folder}`,
    `"name" doit être "@quartiers-douai/${folder}" (nom du dossier)`,
  );
  need(
    typeof pkg.description === 'string' && pkg.description.length > 20,
    '"description" manque (une phrase en français, affichée par npm)',
  );
  need(pkg.type === 'module', '"type": "module" manque');
  need(
    pkg.license === LICENSE,
    `"license" doit être "${LICENSE}" (docs/decisions/0001-licence-eupl.md)`,
  );
  need(pkg.repository?.url === REPOSITORY, `"repository.url" doit être "${REPOSITORY}"`);
  need(
    pkg.repository?.directory === `packages/${folder}`,
    `"repository.directory" doit être "packages/${folder}"`,
  );
  need(
    Array.isArray(pkg.keywords) &&
      pkg.keywords.length >= 3 &&
      pkg.keywords.includes('quartiers-douai'),
    '"keywords" : au moins trois mots-clés, dont "quartiers-douai"',
  );
  need(typeof pkg.engines?.node === 'string', '"engines.node" manque (">=20.19")');
  need(
    pkg.publishConfig?.access === 'public',
    '"publishConfig": { "access": "public" } manque (paquet à portée @quartiers-douai)',
  );
  need(
    Array.isArray(pkg.files) && pkg.files.includes('dist'),
    '"files" doit lister "dist" (et seulement ce qui est publié)',
  );
  need(
    Array.isArray(pkg.files) && pkg.files.includes('!dist/**/*.map'),
    '"files" doit exclure les cartes de source : "!dist/**/*.map"',
  );
  need(
    existsSync(join(p.dir, 'README.md')),
    'README.md manque (installer, intégrer, contenu, événements, propriétés CSS, parties)',
  );
  for (const dep of ['lit', 'zod']) {
    need(
      pkg.dependencies?.[dep] !== undefined,
      `"${dep}" doit être dans "dependencies" (dédupliqué par le bundler de l'utilisateur)`,
    );
  }

  const exportsMap = pkg.exports && typeof pkg.exports === 'object' ? pkg.exports : {};
  need(exportsMap['.'] !== undefined, '"exports" : "." manque');
  need(
    exportsMap['./package.json'] === './package.json',
    '"exports" : "./package.json": "./package.json" manque',
  );
  for (const [subpath, target] of Object.entries(exportsMap)) {
    if (subpath.endsWith('.json')) {
      need(
        typeof target === 'string',
        `"exports"."${subpath}" : une chaîne (fichier JSON), pas des conditions`,
      );
      continue;
    }
    if (typeof target !== 'object' || target === null) {
      problems.push(`"exports"."${subpath}" : donnez { "types": "….d.ts", "default": "….js" }`);
      continue;
    }
    const keys = Object.keys(target);
    need(keys[0] === 'types', `"exports"."${subpath}" : "types" doit venir en premier`);
    need(keys.at(-1) === 'default', `"exports"."${subpath}" : "default" doit venir en dernier`);
  }

  if (p.tag) {
    for (const subpath of PROTOTYPE_EXPORTS)
      need(exportsMap[subpath] !== undefined, `"exports" : "${subpath}" manque (HOUSE-STYLE)`);
    need(
      Array.isArray(pkg.sideEffects) && pkg.sideEffects.includes('./dist/define.js'),
      '"sideEffects" doit garder la déclaration des balises : ["./dist/define.js"] (jamais false)',
    );
    need(
      pkg.customElements === 'custom-elements.json',
      '"customElements": "custom-elements.json" manque',
    );
    for (const f of ['schema.json', 'custom-elements.json'])
      need(pkg.files?.includes(f), `"files" doit lister "${f}"`);
    need(
      pkg.dependencies?.['@quartiers-douai/core'] !== undefined,
      '"@quartiers-douai/core" doit être dans "dependencies"',
    );
    const readme = existsSync(join(p.dir, 'README.md'))
      ? readFileSync(join(p.dir, 'README.md'), 'utf8')
      : '';
    const sections = [
      [/npm (i|install) @quartiers-douai\//, 'l’installation (npm i …)'],
      [/<script[^>]+type="module"/, 'l’intégration par le script CDN'],
      [/contenu/i, 'le contenu'],
      [/événement|events?/i, 'les événements'],
      [/--qd-/, 'les propriétés CSS (--qd-…)'],
      [/part\(|parties/i, 'les parties (::part)'],
    ];
    for (const [re, what] of sections) need(re.test(readme), `README.md doit présenter ${what}`);
  } else {
    need(
      pkg.sideEffects === false || Array.isArray(pkg.sideEffects),
      '"sideEffects" doit être false (ou la liste des fichiers à effet de bord)',
    );
  }
  return problems;
}

/**
 * Checks the extracted tarball (`dir` is its "package/" folder) against the source package.
 * @param {import('@quartiers-douai/kit-scripts/packages').KitPackage} p
 * @param {string} dir
 * @param {string[]} files paths inside the tarball, relative to package/
 */
export function checkPacked(p, dir, files) {
  const problems = [];
  const packed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const text = JSON.stringify(packed);
  if (text.includes('workspace:')) {
    problems.push(
      'le package.json publié contient encore « workspace: » : publiez avec pnpm publish / changeset publish, jamais npm publish',
    );
  }
  if (packed.version !== p.version)
    problems.push(`version publiée ${packed.version} ≠ ${p.version}`);
  for (const [re, what] of FORBIDDEN) {
    const bad = files.filter((f) => re.test(f));
    if (bad.length)
      problems.push(
        `le paquet contient ${what} : ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? '…' : ''} (corrigez "files")`,
      );
  }
  if (!files.includes('README.md')) problems.push('README.md absent du paquet');

  // Every exports target ships.
  const targets = [];
  const walk = (v) => {
    if (typeof v === 'string') targets.push(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(packed.exports);
  for (const t of targets) {
    const rel = t.replace(/^\.\//, '');
    if (!files.includes(rel))
      problems.push(`"exports" pointe vers ${t}, absent du paquet (construisez avant de publier)`);
  }

  // The CDN bundle, its SRI manifest, matching the file and the version.
  const manifestFile = join(dir, 'dist/cdn/manifest.json');
  if (!existsSync(manifestFile)) {
    problems.push('dist/cdn/manifest.json absent du paquet (bundle CDN et son empreinte SRI)');
  } else {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (m.name !== p.name || m.version !== p.version) {
      problems.push(
        `dist/cdn/manifest.json décrit ${m.name}@${m.version} : reconstruisez après « changeset version » (pnpm build)`,
      );
    }
    const bundle = join(dir, 'dist/cdn', m.file ?? '');
    if (!m.file || !existsSync(bundle)) problems.push(`dist/cdn/${m.file} absent du paquet`);
    else {
      const sri = 'sha384-' + createHash('sha384').update(readFileSync(bundle)).digest('base64');
      if (sri !== m.integrity)
        problems.push(
          `dist/cdn/${m.file} ne correspond pas à l’empreinte du manifeste (${m.integrity})`,
        );
      if (
        /\bfrom\s*["'](lit|zod|@quartiers-douai\/)|import\s*\(\s*["'](lit|zod)/.test(
          readFileSync(bundle, 'utf8'),
        )
      ) {
        problems.push(
          `dist/cdn/${m.file} importe encore lit, zod ou @quartiers-douai/* : le bundle CDN doit être autonome`,
        );
      }
    }
    // The other bundles (qd.extraCdn) and the language files loaded on demand: present, as hashed.
    for (const [file, entry] of Object.entries({ ...m.extra, ...m.chunks })) {
      const path = join(dir, 'dist/cdn', file);
      if (!existsSync(path))
        problems.push(`dist/cdn/${file} (listé dans le manifeste) absent du paquet`);
      else if (
        'sha384-' + createHash('sha384').update(readFileSync(path)).digest('base64') !==
        entry.integrity
      )
        problems.push(
          `dist/cdn/${file} ne correspond pas à l’empreinte du manifeste (${entry.integrity})`,
        );
      else if (
        /\bfrom\s*["'](lit|zod|@quartiers-douai\/)|import\s*\(\s*["'](lit|zod)/.test(
          readFileSync(path, 'utf8'),
        )
      )
        problems.push(
          `dist/cdn/${file} importe encore lit, zod ou @quartiers-douai/* : il doit être autonome`,
        );
    }
    // Every file a bundle loads on demand is in the package, listed with its hash.
    for (const file of [m.file, ...Object.keys(m.extra ?? {})]) {
      const path = join(dir, 'dist/cdn', file ?? '');
      if (!file || !existsSync(path)) continue;
      for (const [, target] of readFileSync(path, 'utf8').matchAll(
        /import\(\s*["']\.\/([^"']+)["']\s*\)/g,
      ))
        if (!m.chunks?.[target])
          problems.push(
            `dist/cdn/${file} charge ./${target}, absent de dist/cdn/manifest.json (chunks)`,
          );
    }
  }

  if (p.tag) {
    const cemFile = join(dir, 'custom-elements.json');
    const declared = existsSync(cemFile)
      ? JSON.parse(readFileSync(cemFile, 'utf8'))
          .modules.flatMap((m) => m.declarations ?? [])
          .filter((d) => d.customElement)
          .map((d) => d.tagName)
      : [];
    if (!declared.includes(p.tag))
      problems.push(`custom-elements.json du paquet ne déclare pas <${p.tag}>`);
    if (!files.includes('schema.json')) problems.push('schema.json absent du paquet');
    if (!files.some((f) => /^dist\/define\.d\.ts$/.test(f)))
      problems.push('dist/define.d.ts absent (types de ./define)');
  }
  return problems;
}
