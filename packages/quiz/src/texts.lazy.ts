/**
 * The sentences of the quiz's own content rules (schema.ts reports `§key` + parameters). A
 * worker sees them in the error panel when a quiz file is wrong; a page whose quiz is valid never
 * downloads them (`*.lazy.ts`: a file of its own beside the CDN bundle, docs/decisions/0014).
 * Node scripts and tests pass them to `validateContent(…, { texts: quizTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

const oneRight = (p: Readonly<Record<string, unknown>>) =>
  `une seule bonne réponse est attendue : mettez "correct": true sur exactement un choix (il y en a ${String(p.right)})`;

export const quizTexts: Texts = {
  noQuestion: () => 'la liste est vide : ajoutez au moins une question',
  twoChoices: () => 'au moins deux choix sont nécessaires',
  oneRight,
  someRight: () =>
    'au moins une bonne réponse est attendue : mettez "correct": true sur un ou plusieurs choix',
  trueFalseCorrect: () =>
    'indiquez si l\'affirmation est vraie : "correct": true ou "correct": false',
  trueFalseChoices: () =>
    'une question vrai/faux a exactement deux choix (ou aucun : "Vrai"/"Faux" sont alors ajoutés)',
  textAnswers: () =>
    'une question à réponse écrite a besoin d\'au moins une réponse acceptée dans "answers"',
  match: () =>
    'dans une question à associer, chaque choix a sa réponse : ajoutez "match": "…" (le texte à associer à "text")',
  blanks: () =>
    'une phrase à trous a besoin de "sentence" avec au moins un trou entre accolades, par exemple "Au moins {12|douze} caractères" (les réponses acceptées séparées par |)',
  zoneImage: () =>
    'une question image-zone a besoin de son image avec sa taille en pixels : "image": { "src", "alt", "width", "height" }',
  zoneAt: () =>
    'chaque zone dit où elle est sur l\'image, en % : "at": { "x": 10, "y": 20, "w": 30, "h": 10 } (depuis le coin en haut à gauche)',
  captions: () =>
    'une vidéo a besoin de sous-titres (comme les films du festival) : ajoutez "captions": "media/sous-titres.vtt", ou expliquez pourquoi elle n\'en a pas besoin dans "captionsNotNeeded"',
  drawTooBig: (p) =>
    `vous demandez ${String(p.draw)} questions mais la liste n'en contient que ${String(p.count)} : mettez "draw" à ${String(p.count)} au plus`,
};

export default quizTexts;
