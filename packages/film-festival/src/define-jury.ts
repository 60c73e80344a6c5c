/** Registers <qd-jury-grid> and <qd-jury-results> (safe to load twice): the CDN file jury.js. */
import { defineElement } from '@quartiers-douai/core';
import { QdJuryGrid } from './jury/jury-grid.js';
import { QdJuryResults } from './jury/jury-results.js';

defineElement('qd-jury-grid', QdJuryGrid);
defineElement('qd-jury-results', QdJuryResults);

declare global {
  interface HTMLElementTagNameMap {
    'qd-jury-grid': QdJuryGrid;
    'qd-jury-results': QdJuryResults;
  }
}

export { QdJuryGrid, QdJuryResults };
