/**
 * The sentences of the poll's own content rules (schema.ts reports `§key` + parameters), for a
 * poll file and a results file. A worker sees them in the error panel when a file is wrong; a page
 * whose poll is valid never downloads them (`*.lazy.ts`: a file of its own beside the CDN bundle,
 * docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: pollTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

export const pollTexts: Texts = {
  noQuestion: () => 'la liste est vide : ajoutez au moins une question',
  closesBeforeOpens: (p) =>
    `le sondage ferme (${String(p.closesAt)}) avant d'ouvrir (${String(p.opensAt)}) : vérifiez les deux dates`,
  twoChoices: () => 'au moins deux choix sont nécessaires',
  noChoices: (p) =>
    `une question "${String(p.type)}" n'a pas de choix : retirez "choices" ou changez "type" en "single", "multiple" ou "ranking"`,
  maxChoicesOnlyMultiple: () => '"maxChoices" ne sert qu\'aux questions "multiple" : retirez-le',
  maxChoicesTooBig: (p) =>
    `il y a ${String(p.count)} choix : mettez "maxChoices" à ${String(p.count)} au plus`,
  scaleMissing: () =>
    'une question "scale" a besoin d\'une échelle, par exemple "scale": { "min": 1, "max": 5 }',
  scaleMaxBelowMin: (p) =>
    `"max" (${String(p.max)}) doit être plus grand que "min" (${String(p.min)})`,
  scaleTooLong: (p) =>
    `l'échelle a ${String(p.points)} valeurs : ${String(p.most)} au plus (par exemple de 0 à 10)`,
  scaleOnlyScale: () => '"scale" ne sert qu\'aux questions "scale" : retirez-le',
  maxLengthOnlyText: () => '"maxLength" ne sert qu\'aux questions "text" : retirez-le',
  otherPoll: (p) =>
    `ce bulletin est celui du sondage « ${String(p.ballot)} », pas de « ${String(p.poll)} » : retirez-le ou vérifiez le fichier`,
};

export default pollTexts;
