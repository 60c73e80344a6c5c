/**
 * The sentences of the diagnostic's own rules (schema.ts reports `§key` + parameters). A worker
 * sees them in the error panel when a diagnostic file is wrong; a page whose file is valid never
 * downloads them (`*.lazy.ts`, docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: autodiagTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

const q = (v: unknown) => `« ${String(v)} »`;

export const autodiagTexts: Texts = {
  email: () => 'adresse e-mail invalide : écrivez-la en entier, par exemple "accueil@exemple.fr"',
  firstMin: () =>
    'le premier niveau doit commencer à 0 ("min": 0) : sinon une personne qui débute n\'aurait aucun niveau',
  levelOrder: (p) =>
    `le niveau ${q(p.level)} doit avoir un "min" plus grand que celui du niveau ${q(p.before)} : rangez les niveaux du plus simple au plus avancé`,
  areaUnknown: (p) =>
    `le domaine ${q(p.area)} n'existe pas : écrivez l'identifiant d'un domaine de "areas" (par exemple ${q(p.first)})`,
  areaEmpty: (p) =>
    `le domaine ${q(p.area)} n'a aucune phrase : ajoutez dans "items" au moins une phrase avec "area": "${String(p.area)}", ou retirez ce domaine`,
  levelUnknown: (p) =>
    `le niveau ${q(p.level)} n'existe pas pour ce domaine : écrivez l'un de ces identifiants : ${String(p.levels)}`,
};

export default autodiagTexts;
