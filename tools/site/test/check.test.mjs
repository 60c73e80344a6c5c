// Proof that the site's tests can fail (`pnpm site:test`, ../lib/check.mjs): a small site with one
// fault of each kind is served under /kit/ in Chromium, and each fault must be named; the same site
// with its faults mended passes. Needs Chromium (CHROMIUM_BIN or /usr/bin/chromium), as pnpm test.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkSite } from '../lib/check.mjs';

const SITE_URL = 'https://centres.example/kit/';
const BUNDLE = 'customElements.define("qd-x", class extends HTMLElement {});\n';
const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');

const page = (title, body) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/** The files of a small site; `broken` puts one fault of each kind in it. */
function files(broken) {
  const integrity = broken ? sri('autre chose') : sri(BUNDLE);
  const snippet = `&lt;script type="module" src="${SITE_URL}cdn/x@1.0.0/x.js" integrity="${integrity}" crossorigin="anonymous"&gt;&lt;/script&gt;`;
  return {
    'index.html': page(
      'Accueil',
      `<p><a href="prototypes/x.html#integrer">Intégrer</a></p>
<p><a href="docs/guide.html${broken ? '#nulle-part' : '#partie'}">Le guide</a></p>
${broken ? '<p><a href="docs/absent.html">Absent</a></p><p><a href="/kit/docs/guide.html">Absolu</a></p>' : ''}
${broken ? '<img src="image.svg">' : '<img src="image.svg" alt="Un carré">'}
${broken ? '<img src="https://tiers.example/pixel.gif" alt="">' : ''}`,
    ),
    'prototypes/x.html': page(
      'Prototype X',
      `<h2 id="integrer">Intégrer</h2><pre data-snippet="cdn"><code>${snippet}</code></pre>
${broken ? `<pre data-snippet="iframe"><code>&lt;iframe src="${SITE_URL}embed/manquant.html"&gt;&lt;/iframe&gt;</code></pre>` : ''}`,
    ),
    'docs/guide.html': page('Guide', '<h2 id="partie">Partie</h2><p>Texte.</p>'),
    'image.svg':
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    'cdn/x@1.0.0/x.js': BUNDLE,
    'cdn/index.json': JSON.stringify({
      packages: {
        '@exemple/x': {
          version: '1.0.0',
          folder: 'x@1.0.0/',
          files: { 'x.js': broken ? sri('autre chose') : sri(BUNDLE) },
        },
      },
    }),
  };
}

const dirs = {};
before(() => {
  for (const kind of ['broken', 'mended']) {
    const dir = mkdtempSync(join(tmpdir(), `qd-site-${kind}-`));
    for (const [path, text] of Object.entries(files(kind === 'broken'))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    dirs[kind] = dir;
  }
});
after(() => {
  for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
});

const PAGES = ['index.html', 'prototypes/x.html', 'docs/guide.html'];

test('a site with one fault of each kind is refused, each fault named', async () => {
  const { problems } = await checkSite({
    dist: dirs.broken,
    pages: PAGES,
    siteUrl: SITE_URL,
    widths: [320],
  });
  const expect = [
    [/docs\/absent\.html.*\(404\)/, 'lien cassé'],
    [/n'a pas d'ancre #nulle-part/, 'ancre absente'],
    [/adresse absolue « \/kit\/docs\/guide\.html »/, 'adresse absolue'],
    [/axe image-alt/, 'image sans texte de remplacement (axe)'],
    [
      /requête vers un autre site : https:\/\/tiers\.example\/pixel\.gif/,
      'requête vers un autre site',
    ],
    [
      /extrait iframe : .*embed\/manquant\.html» n'existe pas|extrait iframe : « .*manquant\.html » n'existe pas/,
      'adresse d’extrait absente',
    ],
    [/extrait cdn : l'empreinte de .*x\.js/, 'empreinte d’extrait fausse'],
    [/cdn\/index\.json : @exemple\/x : l'empreinte/, 'empreinte de cdn/index.json fausse'],
  ];
  for (const [pattern, what] of expect)
    assert.ok(
      problems.some((p) => pattern.test(p)),
      `${what} non signalé ; problèmes trouvés :\n${problems.join('\n')}`,
    );
});

test('the same site, mended, passes', async () => {
  const { problems, links, snippets } = await checkSite({
    dist: dirs.mended,
    pages: PAGES,
    siteUrl: SITE_URL,
    widths: [320],
  });
  assert.deepEqual(problems, []);
  assert.ok(links >= 3, `${links} adresses vérifiées`);
  assert.equal(snippets, 1);
});
