/**
 * The sentences of the parental guide's own content rules (schema.ts reports `§key` +
 * parameters). A worker sees them in the error panel when a guide library is wrong; a page whose
 * library is valid never downloads them (`*.lazy.ts`: a file of its own beside the CDN bundle,
 * docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: guideTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

const empty = (what: string) => () => `la liste est vide : ajoutez au moins ${what}`;

export const guideTexts: Texts = {
  ageOrder: (p) =>
    `l'âge minimum (${String(p.min)}) est plus grand que l'âge maximum (${String(p.max)}) : inversez-les`,
  noAgeGroup: empty("une tranche d'âge"),
  noDevice: empty('un appareil'),
  noGuide: empty('un guide'),
  noAppliesTo: (p) => `indiquez au moins un appareil, parmi : ${String(p.list)}`,
  unknownDevice: (p) =>
    `l'appareil « ${String(p.device)} » n'existe pas dans "devices" : corrigez l'identifiant (appareils connus : ${String(p.list)}) ou ajoutez cet appareil à "devices"`,
  noConcern: (p) => `choisissez au moins une préoccupation parmi : ${String(p.concerns)}`,
  noStep: () => "ajoutez au moins une étape : ce que le parent doit faire, dans l'ordre",
  officialHttps: () => 'le lien officiel doit être une page web qui commence par https://',
  unreachable: () =>
    'indiquez un numéro ("phone") ou un site ("url") : sinon la famille ne peut pas les joindre',
};

export default guideTexts;
