/** Registers <qd-tuto-maker> and the <qd-tuto> of its preview (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdTuto } from './tuto/tuto.js';

defineElement('qd-tuto', QdTuto);

export { QdTuto };
