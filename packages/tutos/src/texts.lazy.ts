/**
 * The sentences of the tutos' own rules (schema.ts reports `§key` + parameters). A worker sees
 * them in the error panel when a file is wrong; a page whose file is valid never downloads them
 * (`*.lazy.ts`, docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: tutoTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

export const tutoTexts: Texts = {
  audio: () =>
    'son refusé : indiquez un chemin ("sons/etape-1.mp3"), une adresse https:// ou un son enregistré par le créateur de tutos (data:audio/…)',
  author: (p) =>
    `auteur refusé : un prénom ou un pseudo seulement, ${String(p.max)} caractères au plus, sans adresse e-mail ni numéro de téléphone (par exemple "Samia")`,
  page: () =>
    'adresse de page refusée : indiquez un chemin du site ("/tutos/scanner/") ou une adresse https://',
  entryWhere: () =>
    'ce tuto n\'a ni fichier ni page : ajoutez "src" (le fichier du tuto, par exemple "scanner-un-document.json") ou "url" (la page où il est publié)',
};

export default tutoTexts;
