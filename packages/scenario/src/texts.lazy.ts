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
  varUnknown: (p) =>
    `la variable ${q(p.name)} n'est pas déclarée : ajoutez-la dans "variables" (par exemple { "name": "${String(p.name)}", "kind": "flag" }) ou corrigez son nom`,
  varKind: (p) =>
    p.kind === 'flag'
      ? `${q(p.name)} est un drapeau (vrai ou faux) : donnez-lui true ou false avec "set", et testez-le avec "is"`
      : `${q(p.name)} est un compteur (un nombre) : donnez-lui un nombre avec "set" ou "add", et testez-le avec "atLeast", "atMost" ou "equals"`,
  varNeverSet: (p) =>
    `la variable ${q(p.name)} est testée par une condition mais aucun choix ne la change : ajoutez "set" ou "add" à un choix, ou retirez la condition`,
  condShape: () =>
    'condition mal écrite : utilisez une seule forme, soit { "var": …, avec un seul test "is", "atLeast", "atMost" ou "equals" }, soit { "all": […] }, { "any": […] } ou { "not": {…} }',
  scoreTwice: () =>
    'cette fin a "score" et "scoreFrom" : gardez un nombre fixe ("score") ou le nom d\'un compteur ("scoreFrom"), pas les deux',
  neverMet: (p) =>
    `l'étape ${q(p.node)} n'est atteinte dans aucune partie : les conditions ("if") des choix qui y mènent ne sont jamais remplies avec les valeurs que les choix donnent aux variables ; corrigez une condition ou un "set"/"add"`,
  stuck: (p) =>
    `à l'étape ${q(p.node)}, une partie peut se bloquer : selon les choix faits avant, aucune de ses conditions ("if") n'est remplie et aucun choix n'est proposé ; ajoutez un choix sans condition`,
};

export default scenarioTexts;
