/**
 * The sentences of the procedure's own rules (schema.ts reports `§key` + parameters). A worker sees
 * them in the error panel when a file is wrong; a page whose file is valid never downloads them
 * (`*.lazy.ts`, docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: demarcheTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

const q = (v: unknown) => `« ${String(v)} »`;

export const demarcheTexts: Texts = {
  officialHttps: () =>
    'l\'adresse du vrai service doit commencer par https:// (par exemple "https://www.service-public.fr/")',
  screenOne: (p) =>
    `l'écran de l'étape ${q(p.step)} doit avoir soit "image" (une capture ou une maquette dessinée), soit "mock" (un formulaire d'exemple), un seul des deux`,
  hotspotsOnMock: (p) =>
    `l'étape ${q(p.step)} est un formulaire d'exemple ("mock") : retirez "hotspots" (les zones à appuyer vont sur une image)`,
  noCorrect: (p) =>
    `l'étape ${q(p.step)} n'a aucune zone juste : ajoutez une zone avec "correct": true là où la personne doit appuyer`,
  termTwice: (p) =>
    `le mot ${q(p.term)} est déjà dans le glossaire (mot n°${String(p.first)}) : gardez une seule définition par mot`,
  hotspotOut: (p) =>
    `la zone ${q(p.label)} dépasse de l'image (x + w = ${String(p.right)}, y + h = ${String(p.bottom)}) : x + w et y + h doivent rester inférieurs ou égaux à 100`,
};

export default demarcheTexts;
