/** Registers <qd-cv-builder> and <qd-cv-preview> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdCvBuilder } from './cv-builder/cv-builder.js';
import { QdCvPreview } from './cv-preview/cv-preview.js';

defineElement('qd-cv-preview', QdCvPreview);
defineElement('qd-cv-builder', QdCvBuilder);

export { QdCvBuilder, QdCvPreview };
