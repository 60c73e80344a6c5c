/**
 * Registers <qd-tuto-maker>, the <qd-tuto> of its preview and the internal elements of its form
 * (safe to load twice).
 */
import { defineElement } from '@quartiers-douai/core';
import { QdTuto } from './tuto/tuto.js';
import { QdTutoMaker } from './tuto-maker/tuto-maker.js';

defineElement('qd-tuto', QdTuto);
defineElement('qd-tuto-about-editor', QdTutoMaker.formElements.about);
defineElement('qd-tuto-step-editor', QdTutoMaker.formElements.step);
defineElement('qd-tuto-maker-actions', QdTutoMaker.formElements.actions);
defineElement('qd-tuto-maker', QdTutoMaker);

declare global {
  interface HTMLElementTagNameMap {
    'qd-tuto-maker': QdTutoMaker;
  }
}

export { QdTuto, QdTutoMaker };
