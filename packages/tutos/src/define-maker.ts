/** Registers <qd-tuto-maker> and the <qd-tuto> of its preview (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdTuto } from './tuto/tuto.js';
import { QdTutoMaker } from './tuto-maker/tuto-maker.js';

defineElement('qd-tuto', QdTuto);
defineElement('qd-tuto-maker', QdTutoMaker);

declare global {
  interface HTMLElementTagNameMap {
    'qd-tuto-maker': QdTutoMaker;
  }
}

export { QdTuto, QdTutoMaker };
