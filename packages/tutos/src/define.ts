/**
 * Registers <qd-tuto>, the reader (safe to load twice). The maker and the library have their own
 * entry points (`./define-maker`, `./define-library`) and CDN files, so that a page that only shows
 * a tutorial never downloads the maker.
 */
import { defineElement } from '@quartiers-douai/core';
import { QdTuto } from './tuto/tuto.js';

defineElement('qd-tuto', QdTuto);

export { QdTuto };
