// The frame of every page of the site: one small stylesheet (system fonts, light and dark,
// forced colours), a skip link, the navigation, the European funding mention. Every address is
// relative (`root` is "", "../" or "../../"), so the site works under any base path.
import { escapeHtml } from './markdown.mjs';

export const SITE_NAME = 'Quartiers#Douai 3.0';
export const FEDER =
  "Projet cofinancé par l'Union européenne — Fonds européen de développement régional (FEDER)";

export const CSS = `/* Site du kit Quartiers#Douai 3.0 (généré par tools/site) */
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #44474e; --line: #74777f;
  --accent: #0b57d0; --accent-fg: #ffffff; --soft: #f1f4f9; --card: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #121316; --fg: #e3e2e6; --muted: #c4c6d0; --line: #8e9099; --accent: #a8c7fa;
    --accent-fg: #062e6f; --soft: #1f2226; --card: #1a1c1f; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.55;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", Tahoma, Arial, sans-serif; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, summary:focus-visible, select:focus-visible, [tabindex]:focus-visible, iframe:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; inset-inline-start: 0.5rem; top: -10rem; padding: 0.5rem 1rem; background: var(--bg); }
.skip:focus { top: 0.5rem; }
header.site, footer.site { background: var(--soft); }
header.site .wrap { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; padding-block: 0.75rem; }
header.site .brand { font-weight: 700; font-size: 1.125rem; color: var(--fg); text-decoration: none; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; list-style: none; }
nav a { display: inline-block; padding-block: 0.25rem; min-height: 24px; }
nav a[aria-current="page"] { font-weight: 700; color: var(--fg); }
.wrap { max-width: 72rem; margin-inline: auto; padding-inline: 1rem; }
main { display: block; padding-block: 1rem 3rem; }
main.doc { max-width: 52rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin-block: 1rem; }
h2 { font-size: 1.45rem; line-height: 1.25; margin-block: 2rem 0.75rem; }
h3 { font-size: 1.15rem; margin-block: 1.5rem 0.5rem; }
.lead { font-size: 1.15rem; max-width: 48rem; }
.cards { display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  list-style: none; margin: 0; padding: 0; }
.card { position: relative; display: flex; flex-direction: column; border: 1px solid var(--line);
  border-radius: 0.75rem; background: var(--card); overflow: hidden; }
.card img { display: block; width: 100%; height: auto; aspect-ratio: 3 / 2; object-fit: cover;
  object-position: top; border-bottom: 1px solid var(--line); background: #fff; }
.card .body { padding: 0.75rem 1rem 1rem; }
.card h3 { margin: 0 0 0.25rem; }
.card h3 a::after { content: ""; position: absolute; inset: 0; }
.card p { margin: 0 0 0.5rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.125rem 0.75rem; margin: 0.5rem 0 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.card dl.facts { font-size: 0.9375rem; }
.principles { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  list-style: none; padding: 0; }
.principles li { border-inline-start: 0.375rem solid var(--accent); padding: 0.25rem 0 0.25rem 0.75rem; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; padding: 0; list-style: none; }
.button { display: inline-block; min-height: 2.75rem; padding: 0.55rem 1rem; border: 2px solid var(--accent);
  border-radius: 0.5rem; font-weight: 600; text-decoration: none; }
.button.primary { background: var(--accent); color: var(--accent-fg); }
.demo { width: 100%; height: 36rem; border: 1px solid var(--line); border-radius: 0.5rem; background: #fff; }
pre, code { font-family: ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", monospace; font-size: 0.875em; }
pre { margin: 0.5rem 0 1rem; padding: 0.75rem 1rem; border-radius: 0.5rem; background: var(--soft);
  white-space: pre-wrap; overflow-wrap: anywhere; }
code { overflow-wrap: anywhere; }
.table { overflow-x: auto; margin-block: 1rem; }
table { border-collapse: collapse; font-size: 0.9375rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: start; vertical-align: top; }
th { background: var(--soft); }
.filters { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: end; margin-block: 1rem; }
.filters label { display: block; font-weight: 600; }
.filters select { min-height: 2.75rem; font: inherit; }
.contents { list-style: none; padding: 0; display: grid; gap: 1rem; }
.contents > li { border: 1px solid var(--line); border-radius: 0.75rem; padding: 0.75rem 1rem; }
.contents h3 { margin-top: 0; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer.site { padding-block: 1.5rem; margin-top: 2rem; }
footer.site p { margin: 0.25rem 0; }
.feder { font-weight: 700; }
@media (forced-colors: active) { .button, .card, .contents > li { border-color: CanvasText; } }
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; } }
@media print { header.site nav, .skip, .demo { display: none; } }
`;

/** Navigation entries: [address from the root, label]. Absent sections are left out. */
export function navigation({ contents, versions }) {
  return [
    ['index.html', 'Prototypes'],
    ...(contents ? [['contenus.html', 'Contenus partagés']] : []),
    ['docs/index.html', 'Guides'],
    ...(versions ? [['versions.html', 'Versions']] : []),
    ['storybook/index.html', 'Documentation technique (Storybook)'],
  ];
}

/**
 * One page. `path` is the page's address from the root ("docs/theme.html"): it gives the prefix of
 * every relative address and the current navigation entry.
 */
export function page({ path, title, description, body, nav, mainClass = '', head = '' }) {
  const depth = path.split('/').length - 1;
  const root = '../'.repeat(depth);
  const links = nav
    .map(
      ([href, label]) =>
        `<li><a href="${root}${href}"${href === path || (href === 'docs/index.html' && path.startsWith('docs/')) ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${SITE_NAME}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}site.css">
${head}</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site">
<div class="wrap">
<a class="brand" href="${root}index.html">${SITE_NAME} — le kit</a>
<nav aria-label="Menu principal"><ul>${links}</ul></nav>
</div>
</header>
<main id="contenu" class="wrap ${mainClass}" tabindex="-1">
${body}
</main>
<footer class="site">
<div class="wrap">
<p class="feder">${FEDER}.</p>
<p>Logiciel libre sous licence EUPL-1.2. Ce site ne dépose aucun cookie, n’utilise aucun traceur ni aucune police web, et ne fait appel à aucun autre site.</p>
</div>
</footer>
</body>
</html>
`;
}
