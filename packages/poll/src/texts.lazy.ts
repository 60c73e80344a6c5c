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
  showIfShape: () =>
    'écrivez une condition, par exemple { "question": "q1", "anyOf": ["oui"] }, ou une liste "all" (toutes vraies) ou "any" (une au moins), une seule des trois',
  showIfAnswerType: () =>
    "une réponse attendue est l'identifiant d'un choix (entre guillemets) ou une valeur d'échelle (un nombre)",
  showIfEmpty: () => 'la liste est vide : ajoutez au moins une condition',
  showIfUnknown: (p) =>
    `aucune question n'a l'identifiant « ${String(p.id)} » : vérifiez l'identifiant ou retirez la condition`,
  showIfLater: (p) =>
    `la question « ${String(p.id)} » vient après celle-ci : une condition ne peut porter que sur une question posée avant (déplacez l'une des deux)`,
  showIfCycle: (p) =>
    `la question « ${String(p.id)} » dépend elle-même de celle-ci (une boucle) : une condition ne peut porter que sur une question posée avant`,
  showIfWhich: () =>
    'écrivez soit "anyOf" (les réponses attendues), soit "answered": true (n\'importe quelle réponse), pas les deux',
  showIfAnyOfType: (p) =>
    `on ne peut pas nommer les réponses d'une question "${String(p.type)}" : écrivez "answered": true à la place de "anyOf"`,
  showIfValue: (p) =>
    `« ${String(p.value)} » n'est pas une réponse possible de la question « ${String(p.id)} » : écrivez l'identifiant d'un de ses choix (ou une valeur de son échelle)`,
  showIfNever: () =>
    'cette question ne serait jamais posée (ses conditions ne peuvent pas être vraies ensemble, ou portent sur une question jamais posée) : revoyez "showIf"',
};

export default pollTexts;
