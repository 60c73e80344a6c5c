/**
 * The panels of content that cannot be shown: no content given (`empty`) and a wrong file
 * (`invalid`), with their French texts. A page whose content is valid never needs them: they
 * travel with the explanations of a wrong file (`explain.lazy.ts`, docs/decisions/0015). Lit's
 * `html` is given, not imported (a lazy file holds no Lit).
 */
import type { html as litHtml, TemplateResult } from 'lit';
import type { Problem } from '../content/problems.js';
import type { Catalog } from '../i18n/i18n.js';

/** How many problems the error panel lists (the rest go to the console). */
export const MAX_LISTED_PROBLEMS = 10;

type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * Keys of the texts below (English and Arabic have them in their files). The title of the wrong-file
 * panel stays in core's catalog: the panel shown when this file cannot be fetched uses it too.
 */
export type PanelKey = 'emptyTitle' | 'emptyHelp' | 'invalidIntro' | 'invalidMore' | 'invalidHint';

/** French texts of the panels: joined to core's French catalog when these panels are loaded. */
export const panelsFr: Catalog<PanelKey> = {
  emptyTitle: 'Aucun contenu à afficher',
  emptyHelp:
    'Indiquez un fichier de contenu : attribut src="mon-contenu.json", propriété content, ou bloc <script type="application/json"> dans l\'élément.',
  invalidIntro: {
    one: 'Le fichier de contenu contient {count} erreur. Voici où elle se trouve et quoi changer :',
    other:
      'Le fichier de contenu contient {count} erreurs. Voici où elles se trouvent et quoi changer :',
  },
  invalidMore: {
    one: '… et {count} autre erreur, visible dans la console du navigateur (touche F12).',
    other: '… et {count} autres erreurs, visibles dans la console du navigateur (touche F12).',
  },
  invalidHint:
    'Les numéros commencent à 0 : questions[0] est la première question, questions[1] la deuxième.',
};

/**
 * The error panel for invalid content: each problem with its path and what to change. The problems
 * are always in French (they are for the centre's worker, ADR 0004), so their list says so
 * (`lang="fr"`, left to right) even inside an English or Arabic interface.
 */
export function errorPanelTemplate(
  html: typeof litHtml,
  problems: Problem[],
  t: T,
): TemplateResult {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  const hasIndex = problems.some((p) => /\[\d+\]/.test(p.path));
  return html`<div class="qd-panel qd-panel--error" role="alert" part="error">
    <h2>${t('invalidTitle')}</h2>
    <p>${t('invalidIntro', { count: problems.length })}</p>
    <ul lang="fr" dir="ltr">
      ${listed.map((p) => html`<li>${p.path ? html`<code>${p.path}</code> : ` : ''}${p.message}</li>`)}
    </ul>
    ${more > 0 ? html`<p>${t('invalidMore', { count: more })}</p>` : ''}
    ${hasIndex ? html`<p>${t('invalidHint')}</p>` : ''}
  </div>`;
}

/** No content given: how to give one. */
export function emptyPanelTemplate(html: typeof litHtml, t: T): TemplateResult {
  return html`<div class="qd-panel" part="empty">
    <h2>${t('emptyTitle')}</h2>
    <p>${t('emptyHelp')}</p>
  </div>`;
}
