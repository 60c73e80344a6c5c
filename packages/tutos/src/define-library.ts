/** Registers <qd-tuto-library> alone (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdTutoLibrary } from './tuto-library/tuto-library.js';

defineElement('qd-tuto-library', QdTutoLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'qd-tuto-library': QdTutoLibrary;
  }
}

export { QdTutoLibrary };
