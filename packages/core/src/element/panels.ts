/**
 * The panel of no content given (`empty`) and the French texts of the panels of content that
 * cannot be shown (the wrong-file panel is in error-panel.ts). A page whose content is valid never
 * needs them: they travel with the explanations of a wrong file (`explain.lazy.ts`,
 * docs/decisions/0015), ordinary Lit code (ADR 0017).
 */
import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/i18n.js';

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

/** No content given: how to give one. */
export function emptyPanel(t: T): TemplateResult {
  return html`<div class="qd-panel" part="empty">
    <h2>${t('emptyTitle')}</h2>
    <p>${t('emptyHelp')}</p>
  </div>`;
}
