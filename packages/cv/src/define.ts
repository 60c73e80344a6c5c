/** Registers <qd-cv-builder> and <qd-cv-preview> (safe to load twice), and the builder's form parts. */
import { defineElement } from '@quartiers-douai/core';
import { QdCvBuilder } from './cv-builder/cv-builder.js';
import { QdCvDataTools } from './cv-builder/cv-data-tools.js';
import { QdCvList } from './cv-builder/cv-list.js';
import { QdCvStep } from './cv-builder/cv-step.js';
import { QdCvTop } from './cv-builder/cv-top.js';
import { QdCvPreview } from './cv-preview/cv-preview.js';

defineElement('qd-cv-preview', QdCvPreview);
defineElement('qd-cv-list', QdCvList);
defineElement('qd-cv-top', QdCvTop);
defineElement('qd-cv-step', QdCvStep);
defineElement('qd-cv-data-tools', QdCvDataTools);
defineElement('qd-cv-builder', QdCvBuilder);

export { QdCvBuilder, QdCvPreview };
