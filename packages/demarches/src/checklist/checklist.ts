import { css, html, type TemplateResult } from 'lit';
import { baseStyles } from '@quartiers-douai/core';
import { DemarcheElement } from '../demarche-element.js';
import type { DemarcheContent } from '../schema.js';
import { sharedStyles } from '../styles.js';

/**
 * `<qd-demarche-checklist>` — the documents and information to prepare before an online
 * procedure, on their own (for a page "Avant votre rendez-vous", or to print at the reception
 * desk): a check box per item with why it is needed, a "Imprimer la liste" button (a clean sheet
 * with the address of the real service). The ticks are kept on this device only when the page
 * sets `storage` (`local` or `session`), with "Télécharger / Reprendre / Effacer mes données".
 *
 * @summary Liste « à préparer » d'une démarche : à cocher, imprimable, gardée sur l'appareil si la page le permet.
 * @fires qd-check - An item was ticked or unticked. `detail: { item, checked }`.
 * @csspart checklist - The list.
 */
export class QdDemarcheChecklist extends DemarcheElement {
  static override styles = [
    baseStyles,
    sharedStyles,
    css`
      .qd-demarche-checklist {
        padding: calc(var(--_space) * 2);
      }
    `,
  ];

  protected override renderContent(c: DemarcheContent): TemplateResult {
    return html`<div class="qd-demarche-checklist" lang=${c.lang}>
      <p class="qd-checked">${c.title}</p>
      ${this.renderChecklist(c, 'h2')}
      <p>
        <a href=${c.officialUrl} target="_blank" rel="noopener noreferrer"
          >${this.t('official', { org: c.organisation })}<span class="qd-visually-hidden">
            ${this.t('newTab')}</span
          ></a
        >
      </p>
    </div>`;
  }
}
