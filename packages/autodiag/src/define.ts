/** Registers <qd-autodiag> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdAutodiag } from './autodiag/autodiag.js';

defineElement('qd-autodiag', QdAutodiag);

declare global {
  interface HTMLElementTagNameMap {
    'qd-autodiag': QdAutodiag;
  }
}

export { QdAutodiag };
