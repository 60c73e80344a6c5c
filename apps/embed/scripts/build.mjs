#!/usr/bin/env node
// Builds apps/embed/dist, a static folder to publish as is (e.g. at the "qd.baseUrl" of
// package.json). Every prototype — a packages/*/package.json with "qd.tag" — gets, from its own
// build (never from a hand-written list):
//   <name>.html             the iframe page: content by ?src= (https or same origin) or ?content=<sample id>
//   demo/<name>.html        a plain HTML page that uses only the CDN file (one element per sample, inline JSON too);
//                           its few lines of CSS are in the page (no render-blocking request), with
//                           the height reservation that docs/integrer.md recommends
//   lib/<name>/…            a copy of packages/<name>/dist/cdn (same file, same SRI integrity)
//   content/<name>/<id>.json  the package's sample contents, and the folders beside them (images…)
// and, for all of them: embed.js (iframe pages' script), resize.js (optional script for the
// parent page), embed.css, demo/ensemble.html (every CDN bundle on one page, each loaded twice),
// index.html, embed-manifest.json (what was built, for tests and the docs app).
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import {
  assertDependsOnAll,
  kitPackages,
  prototypePackages,
} from '@quartiers-douai/kit-scripts/packages';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(appDir, 'dist');
const app = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8'));
const started = Date.now();

const prototypes = prototypePackages();
const core = kitPackages().find((p) => p.name === '@quartiers-douai/core');
assertDependsOnAll(appDir, core ? [core, ...prototypes] : prototypes);

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

/** What each prototype's build made, checked before anything is written. */
function built(p) {
  const cdnDir = join(p.dir, 'dist/cdn');
  const cdnManifestFile = join(cdnDir, 'manifest.json');
  if (!existsSync(cdnManifestFile))
    throw new Error(
      `embed: ${p.name} n’est pas construit (${cdnManifestFile} manquant) : lancez « pnpm build »`,
    );
  const cdn = JSON.parse(readFileSync(cdnManifestFile, 'utf8'));
  const bundle = readFileSync(join(cdnDir, cdn.file));
  if (sri(bundle) !== cdn.integrity)
    throw new Error(
      `embed: ${p.name} : dist/cdn/${cdn.file} ne correspond pas à son empreinte : relancez « pnpm build »`,
    );
  if (cdn.version !== p.version)
    throw new Error(
      `embed: ${p.name} : dist/cdn/manifest.json décrit la version ${cdn.version}, package.json ${p.version} : relancez « pnpm build »`,
    );

  // The element must be declared by the package's Custom Elements Manifest.
  const cemFile = join(p.dir, p.pkg.customElements ?? 'custom-elements.json');
  const cem = existsSync(cemFile) ? JSON.parse(readFileSync(cemFile, 'utf8')) : { modules: [] };
  const declared = cem.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.customElement && d.tagName === p.tag);
  if (!declared)
    throw new Error(
      `embed: ${p.name} : custom-elements.json ne déclare pas <${p.tag}> (package.json "qd.tag")`,
    );
  return { cdnDir, cdn, declared };
}
const builds = new Map(prototypes.map((p) => [p.name, built(p)]));

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'demo'), { recursive: true });

// --- scripts --------------------------------------------------------------------------------
const common = {
  bundle: true,
  minify: true,
  target: 'es2021',
  platform: 'browser',
  charset: 'utf8',
  logLevel: 'warning',
  legalComments: 'none',
};
await esbuild({
  ...common,
  entryPoints: [join(appDir, 'src/main.ts')],
  outfile: join(dist, 'embed.js'),
  format: 'esm',
});
// A classic script (not a module), so that it can read document.currentScript.
await esbuild({
  ...common,
  entryPoints: [join(appDir, 'src/resize.ts')],
  outfile: join(dist, 'resize.js'),
  format: 'iife',
});

// --- styles: the page around the element, and the forced light/dark themes from core's tokens --
const { TOKENS } = await import(pathToFileURL(join(core.dir, 'dist/index.js')).href);
if (!TOKENS)
  throw new Error(
    'embed: @quartiers-douai/core n’exporte plus TOKENS (nécessaire aux thèmes ?theme=light|dark)',
  );
const tokenBlock = (scheme) =>
  Object.entries(TOKENS)
    .map(([name, v]) => `  ${name}: ${v[scheme]};`)
    .join('\n');
const css = `/* Pages d'intégration Quartiers#Douai 3.0 (généré par apps/embed/scripts/build.mjs) */
html { color-scheme: light dark; }
html, body { margin: 0; padding: 0; }
body { background: var(--qd-color-bg, transparent); color: var(--qd-color-text, CanvasText);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif; }
main { display: flow-root; padding: 0.25rem; }
.qd-embed-problem { margin: 0.5rem; padding: 0.75rem 1rem; border: 2px solid #b3261e; border-inline-start-width: 0.5rem;
  border-radius: 0.5rem; background: #fdf0ef; color: #1b1b1f; }
.qd-embed-problem p { margin: 0 0 0.5rem; }
.qd-embed-problem__title { font-weight: 700; }
:root[data-theme='light'] {
  color-scheme: light;
${tokenBlock('light')}
}
:root[data-theme='dark'] {
  color-scheme: dark;
${tokenBlock('dark')}
}
`;
writeFileSync(join(dist, 'embed.css'), css);
const demoCss = `/* Pages de démonstration (HTML simple + fichier CDN) */
body { margin: 0 auto; max-width: 48rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; }
section { margin-block: 2rem; }
code { font-size: 0.9em; }
`;
writeFileSync(join(dist, 'demo', 'demo.css'), demoCss);
/**
 * The snippet that docs/integrer.md recommends to every page: from the first paint, before its
 * script runs and while its content loads, the element keeps about the height of a first screen
 * on a phone, so that nothing below it jumps (CLS, gate 7). Measured at 412 px wide: a quiz's
 * start screen 320–512 px, a closed poll 232, an open one 820, the guide and the CV taller than
 * the screen. A minimum only: taller screens grow, shorter ones leave a little white space.
 */
const RESERVED_HEIGHT = '24rem';
const reserveCss = (tag) => `${tag} { display: block; min-height: ${RESERVED_HEIGHT}; }\n`;

// --- per prototype ------------------------------------------------------------------------------
const escapeHtml = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
/** ` collect="demo"`…: the settings a demonstration gives the element (package.json `qd.demoAttributes`). */
const demoAttrs = (p) =>
  Object.entries(p.pkg.qd?.demoAttributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('');
/** JSON inside <script type="application/json">: `<` escaped so that no `</script>` ends it early. */
const inlineJson = (value) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');

// "resize" is the parent page's optional script; "pages" the iframe page of every prototype.
const manifest = {
  baseUrl: app.qd?.baseUrl ?? '',
  protocolVersion: 1,
  // What the iframe pages read from their address (src/address.json): the rest is ignored.
  address: JSON.parse(readFileSync(join(appDir, 'src/address.json'), 'utf8')),
  resize: 'resize.js',
  pages: {},
};
for (const p of prototypes) {
  const { cdnDir, cdn, declared } = builds.get(p.name);
  const libDir = join(dist, 'lib', p.shortName);
  mkdirSync(libDir, { recursive: true });
  for (const f of readdirSync(cdnDir)) copyFileSync(join(cdnDir, f), join(libDir, f));

  const contentDir = join(dist, 'content', p.shortName);
  mkdirSync(contentDir, { recursive: true });
  const contents = [];
  const srcContent = join(p.dir, 'content');
  for (const f of existsSync(srcContent)
    ? readdirSync(srcContent)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : []) {
    const json = JSON.parse(readFileSync(join(srcContent, f), 'utf8'));
    // Samples of the main element only: "$schema" absent or the package's schema.json (a poll's
    // results file, with results.schema.json, belongs to another element).
    if (typeof json.$schema === 'string' && !/(^|\/)schema\.json$/.test(json.$schema)) continue;
    copyFileSync(join(srcContent, f), join(contentDir, f));
    contents.push({
      id: basename(f, '.json'),
      title: typeof json.title === 'string' ? json.title : basename(f, '.json'),
      json,
    });
  }

  // The files the samples point to (images/, media/, a library's index…), in their folders: an
  // element reads a relative path next to its JSON file (core's asset()).
  for (const d of existsSync(srcContent) ? readdirSync(srcContent, { withFileTypes: true }) : [])
    if (d.isDirectory())
      cpSync(join(srcContent, d.name), join(contentDir, d.name), { recursive: true });

  const title = declared.summary || p.pkg.description || p.tag;
  const config = {
    tag: p.tag,
    package: p.name,
    version: p.version,
    contentBase: `content/${p.shortName}/`,
    contents: contents.map(({ id, title }) => ({ id, title })),
    // What a demonstration gives the element (a poll: collect="demo", docs/decisions/0018).
    attributes: p.pkg.qd?.demoAttributes ?? {},
  };
  const scriptTag = (prefix, query = '') =>
    `<script type="module" src="${prefix}lib/${p.shortName}/${cdn.file}${query}" integrity="${cdn.integrity}" crossorigin="anonymous"></script>`;

  // The iframe page. Its own CSP: scripts from this site only, Trusted Types required.
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self' https:",
    "img-src 'self' https: data:",
    // A voice recorded with the tutorial maker travels inside its file (data:audio/…).
    "media-src 'self' https: data:",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
  writeFileSync(
    join(dist, `${p.shortName}.html`),
    `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="embed.css">
${scriptTag('')}
<script type="module" src="embed.js"></script>
<script type="application/json" id="qd-embed-config">${inlineJson(config)}</script>
</head>
<body>
<main><noscript><p>Ce contenu a besoin de JavaScript.</p></noscript></main>
</body>
</html>
`,
  );

  // The plain HTML page: only the CDN file, as a centre's page would use it.
  const sections = contents
    .map(
      (c) => `<section>
<h2>${escapeHtml(c.title)}</h2>
<p>Contenu : <code>content/${p.shortName}/${c.id}.json</code></p>
<${p.tag} src="../content/${p.shortName}/${c.id}.json"${demoAttrs(p)}></${p.tag}>
</section>`,
    )
    .join('\n');
  const inline = contents[0]
    ? `<section>
<h2>Contenu écrit dans la page</h2>
<p>Le même contenu, dans un bloc <code>&lt;script type="application/json"&gt;</code> à l’intérieur de la balise.</p>
<${p.tag}${demoAttrs(p)}>
<script type="application/json">
${inlineJson(contents[0].json)}
</script>
</${p.tag}>
</section>`
    : '';
  writeFileSync(
    join(dist, 'demo', `${p.shortName}.html`),
    `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — page HTML simple</title>
<style>
${demoCss}${reserveCss(p.tag)}</style>
${scriptTag('../')}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>Cette page n’utilise que le fichier CDN de <code>${escapeHtml(p.name)}@${escapeHtml(p.version)}</code> et la balise <code>&lt;${p.tag}&gt;</code>.</p>
${sections}
${inline}
</main>
</body>
</html>
`,
  );

  manifest.pages[p.name] = {
    name: p.name,
    shortName: p.shortName,
    version: p.version,
    tag: p.tag,
    title,
    page: `${p.shortName}.html`,
    demo: `demo/${p.shortName}.html`,
    // What a demonstration gives the element (package.json `qd.demoAttributes`, ADR 0018).
    attributes: p.pkg.qd?.demoAttributes ?? {},
    cdn: {
      file: `lib/${p.shortName}/${cdn.file}`,
      integrity: cdn.integrity,
      bytes: cdn.bytes,
      brotli: cdn.brotli,
    },
    contents: config.contents,
  };
}

// Every prototype's bundle on one page, each loaded twice (a second URL evaluates the module again).
const together = Object.values(manifest.pages);
const twiceScripts = together
  .flatMap((m) => [
    `<script type="module" src="../${m.cdn.file}" integrity="${m.cdn.integrity}" crossorigin="anonymous"></script>`,
    `<script type="module" src="../${m.cdn.file}?copie=2" integrity="${m.cdn.integrity}" crossorigin="anonymous"></script>`,
  ])
  .join('\n');
const twiceElements = together
  .filter((m) => m.contents[0])
  .flatMap((m) =>
    [1, 2].map(
      (n) =>
        `<section>\n<h2>&lt;${m.tag}&gt; n° ${n}</h2>\n<${m.tag} src="../content/${m.shortName}/${m.contents[0].id}.json"${demoAttrs(prototypes.find((p) => p.name === m.name))}></${m.tag}>\n</section>`,
    ),
  )
  .join('\n');
writeFileSync(
  join(dist, 'demo', 'ensemble.html'),
  `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tous les prototypes sur une page</title>
<link rel="stylesheet" href="demo.css">
<style>
${together.map((m) => reserveCss(m.tag)).join('')}</style>
${twiceScripts}
</head>
<body>
<main>
<h1>Tous les prototypes sur une page</h1>
<p>Chaque fichier CDN est chargé deux fois (deux adresses) : aucune erreur attendue.</p>
${twiceElements}
</main>
</body>
</html>
`,
);

const rows = together
  .map(
    (
      m,
    ) => `<li><strong>${escapeHtml(m.title)}</strong> (<code>&lt;${m.tag}&gt;</code>, ${escapeHtml(m.name)}@${escapeHtml(m.version)}) :
<a href="${m.page}${m.contents[0] ? `?content=${m.contents[0].id}` : ''}">page iframe</a>,
<a href="${m.demo}">page HTML simple</a></li>`,
  )
  .join('\n');
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pages d’intégration — Quartiers#Douai 3.0</title>
<link rel="stylesheet" href="demo/demo.css">
</head>
<body>
<main>
<h1>Pages d’intégration Quartiers#Douai 3.0</h1>
<ul>
${rows}
<li><a href="demo/ensemble.html">Tous les prototypes sur une page</a></li>
</ul>
</main>
</body>
</html>
`,
);
writeFileSync(join(dist, 'embed-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(
  `embed: ${together.length} prototype(s) [${together.map((m) => m.tag).join(', ')}] → dist/ (${Date.now() - started} ms)`,
);
