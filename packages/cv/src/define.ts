/** Registers <qd-cv-builder> and <qd-cv-preview> (safe to load twice), with the builder's form parts. */
import { defineElement } from '@quartiers-douai/core';
import { QdCvBuilder } from './cv-builder/cv-builder.js';
import { QdCvPreview } from './cv-preview/cv-preview.js';

defineElement('qd-cv-preview', QdCvPreview);
for (const [tag, part] of Object.entries(QdCvBuilder.parts)) defineElement(tag, part);
defineElement('qd-cv-builder', QdCvBuilder);

export { QdCvBuilder, QdCvPreview };
