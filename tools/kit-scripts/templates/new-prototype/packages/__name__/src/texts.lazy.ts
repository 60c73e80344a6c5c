/**
 * The sentences of the content's own rules (schema.ts reports `§key` + parameters). A worker sees
 * them in the error panel when a file is wrong; a page whose content is valid never downloads them
 * (`*.lazy.ts`, docs/decisions/0014). Tests pass them to `validateContent(…, { texts })`.
 */
import type { Texts } from '@quartiers-douai/core';

export const __camel__Texts: Texts = {
  easyAlone: (p) =>
    `le texte « Facile à lire » n'est écrit que pour cet écran : ajoutez aussi "${String(p.missing)}" (ou retirez celui-ci), pour que tout passe en Facile à lire`,
};

export default __camel__Texts;
