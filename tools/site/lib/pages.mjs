// The pages of the site, as HTML strings, from the catalogue (./catalogue.mjs). Nothing about a
// prototype is written here: every word about one comes from its package.
import { AUDIENCES, LANGUAGES } from './catalogue.mjs';
import { escapeHtml as e } from './markdown.mjs';
import { page } from './layout.mjs';

export const kilobytes = (bytes) =>
  `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024)} Ko`;

const list = (items) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
export const audienceText = (p) => list(p.audience.map((a) => AUDIENCES[a] ?? a));
export const languagesText = (langs) => list(langs.map((l) => LANGUAGES[l] ?? l));

/** The three snippets of a prototype, from the site's own copy of its files. */
export function snippets(p, siteUrl) {
  const main = p.cdn.bundles[0];
  const folder = `${siteUrl}cdn/${p.shortName}@${p.version}/`;
  const sample = p.samples[0]?.id ?? 'mon-contenu';
  const tagFor = (file) =>
    p.elements.find((el) => file.startsWith(el.tag.replace(/^qd-/, '')))?.tag;
  const script = (b) =>
    `<script type="module" src="${folder}${b.file}" integrity="${b.integrity}" crossorigin="anonymous"></script>`;
  return {
    cdn: `${script(main)}\n<${p.tag} src="/wp-content/uploads/qd/${sample}.json"></${p.tag}>`,
    iframe:
      `<iframe src="${siteUrl}embed/${p.embedPage ?? `${p.shortName}.html`}?content=${encodeURIComponent(sample)}" title="${p.title}" width="100%" height="600" loading="lazy" style="border: 0; max-width: 100%"></iframe>\n` +
      `<script src="${siteUrl}embed/resize.js" defer></script>`,
    npm: `npm i ${p.name}\n\nimport '${p.name}/define';\n\n<${p.tag} src="/contenus/${sample}.json"></${p.tag}>`,
    extra: p.cdn.bundles
      .slice(1)
      .map((b) => ({ file: b.file, tag: tagFor(b.file), code: script(b) })),
  };
}

function facts(p, { long = false } = {}) {
  const rows = [
    ['Pour qui', audienceText(p)],
    ['Thème', p.theme.join(', ')],
    ['Action', p.action],
    ['Langues', languagesText(p.cdn.languages)],
    ['Écouter', p.readAloud ? 'oui, lecture à voix haute' : 'non'],
    ['Poids', `${kilobytes(p.cdn.bundles[0].brotli)} (compressé)`],
    ['Version', p.version],
  ];
  if (long)
    rows.push(
      ['Paquet npm', `<code>${e(p.name)}</code>`],
      ['Balises', p.elements.map((el) => `<code>&lt;${e(el.tag)}&gt;</code>`).join(', ')],
    );
  return `<dl class="facts">${rows
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${e(k)}</dt><dd>${k === 'Paquet npm' || k === 'Balises' ? v : e(v)}</dd>`)
    .join('')}</dl>`;
}

export function homePage({ protos, contents, screenshots, nav, guides, wordpress }) {
  const speaking = protos.filter((p) => p.readAloud).map((p) => p.title);
  const silent = protos.filter((p) => !p.readAloud).map((p) => p.title);
  const sizes = protos.map((p) => p.cdn.bundles[0].brotli);
  const languages = [...new Set(protos.flatMap((p) => p.cdn.languages))];
  const cards = protos
    .map((p, i) => {
      const shot = screenshots.get(p.shortName);
      const img = shot
        ? `<img src="${e(shot.file)}" width="${shot.width}" height="${shot.height}" alt="Premier écran : ${e(p.title)}"${i < 2 ? '' : ' loading="lazy"'} decoding="async">`
        : '';
      return `<li class="card">${img}<div class="body">
<h3><a href="prototypes/${e(p.shortName)}.html">${e(p.title)}</a></h3>
<p>${e(p.summary)}</p>
${facts(p)}
</div></li>`;
    })
    .join('\n');
  const body = `<h1>Des outils numériques pour les centres sociaux</h1>
<p class="lead">Le kit Quartiers#Douai 3.0 rassemble ${protos.length} petits outils que les centres sociaux de Douai mettent dans leur site internet, pour leurs ateliers et leurs habitants : enfants, jeunes, adultes, familles, personnes éloignées du numérique. Chaque outil se règle avec un simple fichier de contenu écrit par l’équipe du centre, et se colle dans une page WordPress.</p>
<p>Choisissez un outil, essayez-le, téléchargez son exemple, puis suivez « Intégrer » sur sa page.</p>
<h2 id="prototypes">Les ${protos.length} outils</h2>
<ul class="cards">
${cards}
</ul>
<h2 id="principes">Nos principes</h2>
<ul class="principles">
<li><h3>Accessible</h3><p>Conçu pour le RGAA 4 et les WCAG 2.2 niveau AA : utilisable au clavier et au lecteur d’écran, lisible sur un écran de 320 pixels, contrasté, en mode sombre et en contraste élevé.</p></li>
<li><h3>Facile à lire</h3><p>Les textes peuvent avoir une version « facile à lire et à comprendre » (FALC). Interface en ${e(languagesText(languages))}. Lecture à voix haute (« Écouter ») : ${e(list(speaking))}${silent.length ? ` ; pas encore pour ${e(list(silent))}` : ''}.</p></li>
<li><h3>Privé</h3><p>Rien ne quitte l’appareil sans l’accord du site, rien n’est gardé sans son réglage : aucun cookie, aucun traceur, aucune police web, aucun appel à un autre site.</p></li>
<li><h3>Léger</h3><p>De ${e(kilobytes(Math.min(...sizes)))} à ${e(kilobytes(Math.max(...sizes)))} par outil (compressé), pour les téléphones anciens et les petits forfaits.</p></li>
</ul>
${
  contents
    ? `<h2 id="contenus">Des contenus prêts à l’emploi</h2>
<p>Les centres partagent leurs contenus (quiz, démarches, scénarios, agenda) sous licence libre : <a href="contenus.html">voir les ${contents.entries.length} contenus partagés</a>.</p>`
    : ''
}
${
  wordpress
    ? `<h2 id="wordpress">Pour un site WordPress</h2>
<p>L’extension du kit met les ${protos.length} outils dans l’éditeur de WordPress, sans code ni FTP, garde les réponses des sondages et des votes dans la base du site et montre les résultats à l’équipe. <a href="${e(wordpress.file)}" download>Télécharger l’extension WordPress</a> (${e(kilobytes(wordpress.bytes))}, version ${e(wordpress.version)}), puis Extensions → Ajouter → Téléverser.${wordpress.guide ? ` <a href="docs/wordpress.html">Le guide pas à pas</a>.` : ''}</p>`
    : ''
}
<h2 id="guides">Guides</h2>
<ul>${guides
    .slice(0, 6)
    .map((g) => `<li><a href="docs/${e(g.name)}.html">${e(g.title)}</a></li>`)
    .join('')}<li><a href="docs/index.html">Tous les guides</a></li></ul>
<h2 id="developpeurs">Pour les développeurs</h2>
<p>La <a href="storybook/index.html">documentation technique (Storybook)</a> montre chaque élément et ses réglages ; les paquets sont sur npm (<code>@quartiers-douai/*</code>) ; les fichiers des outils sont aussi servis par ce site, dans <a href="cdn/index.json"><code>cdn/</code></a>, avec leur empreinte d’intégrité (SRI).</p>`;
  return page({
    path: 'index.html',
    title: 'Le kit des centres sociaux',
    description: `Le kit Quartiers#Douai 3.0 : ${protos.length} outils numériques accessibles, légers et respectueux de la vie privée pour les sites des centres sociaux.`,
    body,
    nav,
  });
}

export function prototypePage({ p, siteUrl, nav, markdown, studio, wordpress }) {
  const s = snippets(p, siteUrl);
  const samples = p.samples
    .map(
      (c, i) => `<section aria-labelledby="exemple-${i}">
<h3 id="exemple-${i}">${e(c.title)}</h3>
<ul class="actions">
<li><a class="button primary" href="../embed/${e(p.embedPage)}?content=${encodeURIComponent(c.id)}">Essayer<span class="visually-hidden"> : ${e(c.title)}</span></a></li>
<li><a class="button" href="../embed/content/${e(p.shortName)}/${encodeURIComponent(c.id)}.json" download="${e(c.id)}.json">Télécharger l’exemple<span class="visually-hidden"> : ${e(c.title)}</span></a></li>
${studio ? `<li><a class="button" href="../studio/index.html?prototype=${e(p.shortName)}&amp;sample=${encodeURIComponent(c.id)}">Modifier dans le studio<span class="visually-hidden"> : ${e(c.title)}</span></a></li>` : ''}
</ul>
<iframe class="demo" src="../embed/${e(p.embedPage)}?content=${encodeURIComponent(c.id)}" title="Démonstration : ${e(p.title)} — ${e(c.title)}" loading="lazy"></iframe>
</section>`,
    )
    .join('\n');
  const code = (kind, text) => `<pre data-snippet="${kind}"><code>${e(text)}</code></pre>`;
  const extra = s.extra.length
    ? `<h3>Les autres éléments du paquet</h3>
<p>Chacun a son fichier, à mettre à la place du premier :</p>
${s.extra.map((x) => `<p>${x.tag ? `<code>&lt;${e(x.tag)}&gt;</code> : ` : ''}<code>${e(x.file)}</code></p>\n${code('cdn-extra', x.code)}`).join('\n')}`
    : '';
  const more = [
    p.guide
      ? `<li><a href="../docs/${e(p.guide)}.html">Le guide : écrire le contenu, régler l’outil</a></li>`
      : '',
    `<li><a href="../docs/integrer.html">Intégrer dans votre site (WordPress, iframe, npm)</a></li>`,
    `<li><a href="../storybook/index.html">Documentation technique (Storybook)</a></li>`,
    `<li><a href="../cdn/${e(p.shortName)}@${e(p.version)}/manifest.json">Fichiers et empreintes de la version ${e(p.version)}</a></li>`,
    `<li><a href="https://www.npmjs.com/package/${e(p.name)}" rel="noopener">Le paquet sur npm</a></li>`,
  ].join('');
  const body = `<p><a href="../index.html">Tous les outils</a></p>
<h1>${e(p.title)}</h1>
<p class="lead">${e(p.summary)}</p>
<p>${markdown.inline(p.intro)}</p>
${facts(p, { long: true })}
<h2 id="essayer">Essayer</h2>
<p>${p.samples.length > 1 ? `${p.samples.length} exemples` : 'Un exemple'}, tels qu’un centre peut les publier. « Essayer » ouvre l’outil seul dans la page ; « Télécharger l’exemple » donne son fichier de contenu, à modifier pour votre centre.</p>
${samples}
<h2 id="integrer">Intégrer</h2>
<p>${wordpress ? 'Quatre' : 'Trois'} façons, même résultat. Remplacez l’adresse du contenu par celle de votre fichier.</p>
<h3>Script (WordPress, bloc « HTML personnalisé »)</h3>
<p>Le fichier vient de ce site, à une version précise ; l’empreinte <code>integrity</code> garantit qu’il n’a pas été modifié.</p>
${code('cdn', s.cdn)}
${
  wordpress
    ? `<h3>Extension WordPress (sans code)</h3>
<p>Avec l’<a href="../${e(wordpress.file)}">extension WordPress du kit</a> installée, l’outil est un bloc de l’éditeur : ${p.elements.map((el) => `« ${e(el.tag.replace(/^qd-/, 'quartiers-douai/'))} »`).join(', ')}. Le contenu s’écrit ou s’importe dans « Contenus du kit ». Pour l’éditeur classique, le code court (le nombre est celui du contenu) :</p>
${code('wordpress', `[quartiers-douai tag="${p.tag}" content="123"]`)}`
    : ''
}
<h3>Iframe (sites qui refusent les scripts)</h3>
<p>Remplacez <code>content=…</code> par <code>src=</code> suivi de l’adresse complète (<code>https://…</code>) de votre fichier. Le script <code>resize.js</code>, facultatif, donne à l’iframe la hauteur de son contenu.</p>
${code('iframe', s.iframe)}
<h3>npm (développeurs)</h3>
${code('npm', s.npm)}
${extra}
<h2 id="en-savoir-plus">En savoir plus</h2>
<ul>${more}</ul>
<script src="../embed/resize.js" defer></script>`;
  return page({
    path: `prototypes/${p.shortName}.html`,
    title: p.title,
    description: p.summary,
    body,
    nav,
  });
}

export function docPage({ path, title, html, nav, source }) {
  return page({
    path,
    title,
    description: `${title} — guide du kit Quartiers#Douai 3.0`,
    body: `${html}\n<p class="muted">Source : <a href="${e(source)}" rel="noopener">${e(source.replace(/^https:\/\/github\.com\//, ''))}</a></p>`,
    nav,
    mainClass: 'doc',
  });
}

export function docsIndexPage({ groups, decisions, nav }) {
  const items = (docs, prefix = '') =>
    `<ul>${docs.map((d) => `<li><a href="${prefix}${e(d.name)}.html">${e(d.title)}</a></li>`).join('')}</ul>`;
  const body = `<h1>Guides</h1>
${groups.map((g) => `<h2 id="${e(g.id)}">${e(g.title)}</h2>\n${items(g.docs)}`).join('\n')}
<h2 id="decisions">Décisions d’architecture</h2>
${items(decisions, 'decisions/')}`;
  return page({
    path: 'docs/index.html',
    title: 'Guides',
    description: 'Les guides du kit Quartiers#Douai 3.0',
    body,
    nav,
    mainClass: 'doc',
  });
}

export function versionsPage({ published, changelogs, pending, nav }) {
  const byPackage = new Map();
  for (const c of pending)
    for (const [name, type] of Object.entries(c.releases)) {
      if (!byPackage.has(name)) byPackage.set(name, []);
      byPackage.get(name).push(type);
    }
  const rows = published
    .map((p) => {
      const log = changelogs.find((c) => c.name === p.name);
      const waiting = byPackage.get(p.name) ?? [];
      return `<tr><td><code>${e(p.name)}</code></td><td>${e(p.version)}</td><td><a href="cdn/${e(p.shortName)}@${e(p.version)}/manifest.json">fichiers</a></td><td>${log ? `<a href="versions/${e(p.shortName)}.html">journal</a>` : '—'}</td><td>${waiting.length}</td></tr>`;
    })
    .join('\n');
  const body = `<h1>Versions</h1>
<p>Chaque paquet a sa propre version. Une version publiée ne change plus jamais : les sites qui l’utilisent avec son empreinte continuent de fonctionner.</p>
<div class="table" role="region" tabindex="0" aria-label="Tableau : versions des paquets"><table>
<thead><tr><th>Paquet</th><th>Version</th><th>Fichiers (CDN)</th><th>Journal des changements</th><th>Notes en attente</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${
  changelogs.length === 0
    ? '<p>Aucune version n’a encore de journal (<code>CHANGELOG.md</code>) : il sera écrit à la première publication.</p>'
    : ''
}
<p>${pending.length} note(s) de version en attente (<code>.changeset/</code>), publiées avec la prochaine version : voir <a href="docs/release.html">Publier une version</a>.</p>`;
  return page({
    path: 'versions.html',
    title: 'Versions',
    description: 'Les versions des paquets du kit Quartiers#Douai 3.0 et leurs journaux',
    body,
    nav,
  });
}

export function changelogPage({ log, html, nav }) {
  return page({
    path: `versions/${log.shortName}.html`,
    title: `Journal de ${log.name}`,
    description: `Les versions de ${log.name}`,
    body: `<p><a href="../versions.html">Toutes les versions</a></p>\n${html}`,
    nav,
    mainClass: 'doc',
  });
}

export function contentsPage({ contents, protos, nav, studio }) {
  const protoTitle = (short) => protos.find((p) => p.shortName === short)?.title ?? short;
  const embedOf = (short) => protos.find((p) => p.shortName === short)?.embedPage;
  const values = (key) => [...new Set(contents.entries.map((c) => c[key]))].sort();
  const select = (id, label, options, text = (v) => v) =>
    `<div><label for="${id}">${e(label)}</label><select id="${id}" data-filter="${id}"><option value="">Tous</option>${options.map((v) => `<option value="${e(v)}">${e(text(v))}</option>`).join('')}</select></div>`;
  const items = contents.entries
    .filter((c) => c.exists)
    .map((c, i) => {
      const page = embedOf(c.prototype);
      return `<li data-prototype="${e(c.prototype)}" data-audience="${e(c.audience)}" data-theme="${e(c.theme)}">
<h3 id="contenu-${i}">${e(c.title)}</h3>
<p>${e(c.summary)}</p>
<dl class="facts"><dt>Outil</dt><dd>${e(protoTitle(c.prototype))}</dd><dt>Pour qui</dt><dd>${e(AUDIENCES[c.audience] ?? c.audience)}</dd><dt>Thème</dt><dd>${e(c.theme)}</dd><dt>Centre</dt><dd>${e(c.centreName)}</dd><dt>Licence</dt><dd>${e(c.licence)}</dd><dt>Vérifié le</dt><dd>${e(c.lastChecked)}</dd></dl>
<ul class="actions">
${page ? `<li><a class="button primary" href="embed/${e(page)}?src=${encodeURIComponent(`../contenus/${c.file}`)}" aria-describedby="contenu-${i}">Essayer</a></li>` : ''}
<li><a class="button" href="contenus/${e(c.file)}" download aria-describedby="contenu-${i}">Télécharger</a></li>
${studio ? `<li><a class="button" href="studio/index.html?prototype=${e(c.prototype)}&amp;src=${encodeURIComponent(`../contenus/${c.file}`)}" aria-describedby="contenu-${i}">Ouvrir dans le studio</a></li>` : ''}
</ul>
</li>`;
    })
    .join('\n');
  const body = `<h1>Contenus partagés</h1>
<p class="lead">Des contenus écrits par les centres, libres de réutilisation (licence CC BY-SA 4.0 : citez le centre, partagez dans les mêmes conditions). Téléchargez un fichier, adaptez-le à votre centre, puis donnez son adresse à l’outil.</p>
<form class="filters" aria-label="Filtrer les contenus">
${select('prototype', 'Outil', values('prototype'), protoTitle)}
${select('audience', 'Pour qui', values('audience'), (v) => AUDIENCES[v] ?? v)}
${select('theme', 'Thème', values('theme'))}
</form>
<h2 id="liste">Les contenus</h2>
<p role="status" id="compte">${contents.entries.filter((c) => c.exists).length} contenus</p>
<ul class="contents">
${items}
</ul>
<script type="module">
const selects = [...document.querySelectorAll('[data-filter]')];
const items = [...document.querySelectorAll('.contents > li')];
const update = () => {
  let shown = 0;
  for (const li of items) {
    const ok = selects.every((s) => !s.value || li.dataset[s.dataset.filter] === s.value);
    li.hidden = !ok;
    if (ok) shown++;
  }
  document.getElementById('compte').textContent = shown + (shown > 1 ? ' contenus' : ' contenu');
};
for (const s of selects) s.addEventListener('change', update);
</script>`;
  return page({
    path: 'contenus.html',
    title: 'Contenus partagés',
    description: 'Les contenus partagés par les centres sociaux de Douai',
    body,
    nav,
  });
}
