/** Registers <qd-demarche> and <qd-demarche-checklist> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdDemarche } from './demarche/demarche.js';
import { QdDemarcheChecklist } from './checklist/checklist.js';

defineElement('qd-demarche', QdDemarche);
defineElement('qd-demarche-checklist', QdDemarcheChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'qd-demarche': QdDemarche;
    'qd-demarche-checklist': QdDemarcheChecklist;
  }
}

export { QdDemarche, QdDemarcheChecklist };
