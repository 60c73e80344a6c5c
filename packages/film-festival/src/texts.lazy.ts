/**
 * The sentences of the festival's own rules (schema.ts reports `§key` + parameters). A worker sees
 * them in the error panel when a festival file is wrong; a page whose file is valid never
 * downloads them (`*.lazy.ts`, docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: festivalTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

const q = (v: unknown) => `« ${String(v)} »`;

export const festivalTexts: Texts = {
  scale: (p) =>
    `l'échelle de notes va de ${String(p.min)} à ${String(p.max)} : "max" doit être plus grand que "min", avec 10 points d'écart au plus (par exemple { "min": 0, "max": 5 })`,
  sourceType: () =>
    'type de fichier vidéo inconnu : écrivez par exemple "video/webm" ou "video/mp4"',
  srclang: () =>
    'langue des sous-titres invalide : écrivez un code de langue, par exemple "fr", "en" ou "ar"',
  datesOrder: (p) =>
    `le festival finit (${String(p.end)}) avant de commencer (${String(p.start)}) : vérifiez "start" et "end"`,
  categoryUnknown: (p) =>
    `la catégorie ${q(p.category)} n'existe pas : écrivez l'identifiant d'une catégorie de "categories" (par exemple ${q(p.first)})`,
  consent: (p) =>
    `le film ${q(p.film)} n'a pas l'accord écrit pour le droit à l'image : mettez "consent": true seulement quand les autorisations (parents des mineurs) sont signées, sinon retirez le film`,
  posterAlt: (p) =>
    `l'affiche du film ${q(p.film)} n'a pas de texte de remplacement : décrivez-la en une phrase dans "alt"`,
  captions: (p) =>
    `le film ${q(p.film)} n'a pas de sous-titres en français : ajoutez dans "tracks" un fichier .vtt avec "kind": "captions" et "srclang": "fr", ou expliquez pourquoi il n'en a pas besoin dans "captionsNotNeeded"`,
  defaultTwice: (p) =>
    `le film ${q(p.film)} a plusieurs sous-titres affichés d'office ("default": true) : gardez-en un seul`,
};

export default festivalTexts;
