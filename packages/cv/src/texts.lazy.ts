/**
 * The sentences of the CV's own content rules (schema.ts reports `§key` + parameters). They are
 * shown in the error panel when a CV file given to an element is wrong; a page whose CV is valid
 * does not download them for that (`*.lazy.ts`: a file of its own beside the CDN bundles,
 * docs/decisions/0014). The builder's JSON Resume import explains a wrong file at once, so
 * `json-resume.ts` passes them too (and keeps them in the builder's bundle). Node scripts and tests
 * pass them to `validateContent(…, { texts: cvTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

export const cvTexts: Texts = {
  partialDate: () =>
    'date invalide : écrivez l\'année et le mois sous la forme AAAA-MM, par exemple "2019-09" (ou l\'année seule : "2019")',
  photoAddress: () =>
    'photo refusée : une photo se choisit sur cet appareil (elle est gardée comme image "data:image/jpeg;base64,…", ou png, webp), jamais à une adresse internet ni à un chemin : retirez "photo" du fichier, puis ajoutez la photo avec « Choisir une photo »',
  photoTooBig: () =>
    'photo trop lourde : elle doit faire moins de 200 Ko (reprenez-la depuis le formulaire, elle sera réduite)',
  accent: () => 'couleur invalide : écrivez-la sous la forme "#0b57d0"',
  versionInteger: () => 'doit être un nombre entier sans guillemets, par exemple 1',
  versionNewer: (p) =>
    `ce CV est en version ${String(p.version)}, mais ce composant ne comprend que jusqu'à la version ${String(p.supported)} : mettez à jour @quartiers-douai/cv`,
};

export default cvTexts;
