/** Registers <qd-cv-preview> alone (display only, lighter bundle; safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdCvPreview } from './index.js';

defineElement('qd-cv-preview', QdCvPreview);

export { QdCvPreview };
