/**
 * The sentences of the story's own rules (schema.ts reports `§key` + parameters). A worker sees
 * them in the error panel when a story file is wrong; a page whose story is valid never downloads
 * them (`*.lazy.ts`, docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: scenarioTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

const q = (v: unknown) => `« ${String(v)} »`;

export const scenarioTexts: Texts = {
  noNode: () => 'l\'histoire n\'a aucune étape : ajoutez au moins une étape dans "nodes"',
  startUnknown: (p) =>
    `l'étape de départ ${q(p.start)} n'existe pas dans "nodes" : écrivez l'identifiant d'une étape (par exemple ${q(p.first)})`,
  nodeId: (p) =>
    `identifiant d'étape ${q(p.node)} invalide : utilisez des lettres sans accents, des chiffres, - ou _ (par exemple "debut")`,
  fromUnknown: (p) =>
    `le personnage ${q(p.from)} n'existe pas : écrivez l'identifiant d'un personnage de "characters", ou retirez "from" pour une ligne de récit`,
  choicesAndEnd: (p) =>
    `l'étape ${q(p.node)} a des choix et une fin : gardez soit "choices" (l'histoire continue), soit "end" (elle s'arrête ici)`,
  deadEnd: (p) =>
    `l'étape ${q(p.node)} est une impasse : ajoutez des choix ("choices") ou une fin ("end")`,
  nextUnknown: (p) =>
    `ce choix de l'étape ${q(p.node)} mène à ${q(p.next)}, qui n'existe pas : corrigez "next" ou ajoutez l'étape ${q(p.next)} dans "nodes"`,
  unreachable: (p) =>
    `l'étape ${q(p.node)} n'est jamais atteinte : aucun choix n'y mène depuis le départ ; ajoutez un choix avec "next": "${String(p.node)}" ou supprimez l'étape`,
  noWayOut: (p) =>
    `depuis l'étape ${q(p.node)}, aucun chemin ne mène à une fin (la boucle ne s'arrête jamais) : ajoutez un choix qui mène vers une étape avec "end"`,
};

export default scenarioTexts;
