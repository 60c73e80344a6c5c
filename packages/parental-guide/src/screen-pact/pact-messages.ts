import type { Messages } from '@quartiers-douai/core';
import { guideLanguages, type PactKey } from '../messages.js';

/**
 * French UI strings of `<qd-screen-pact>` alone: they travel with the agreement's code, a part
 * of the bundle (docs/decisions/0016). English and Arabic are the guide's files (both elements').
 */
export const pactMessages: Messages<PactKey> = {
  fr: {
    pactTitle: 'Notre pacte familial',
    pactIntro:
      "Choisissez ensemble les règles de la maison. Celles qui sont cochées sont conseillées pour l'âge de vos enfants : gardez-les ou changez-les.",
    pactAges: 'Âge des enfants',
    'g-famille': "Toute la famille s'engage à :",
    'g-parents': "Les parents s'engagent à :",
    'g-enfants': "Les enfants s'engagent à :",
    customTitle: 'Nos règles à nous',
    customLabel: 'Une autre règle',
    customAdd: 'Ajouter cette règle',
    customEmpty: "Écrivez la règle avant de l'ajouter.",
    customLong: 'Cette règle est trop longue : 200 caractères au plus.',
    customAdded: 'Règle ajoutée : {rule}',
    customRemove: 'Retirer « {rule} »',
    signers: 'Qui signe ?',
    signersLabel: 'Les prénoms, un par ligne',
    seePact: 'Voir notre pacte',
    noRules: 'Cochez ou ajoutez au moins une règle.',
    pactDate: 'Fait le {date}',
    signatures: 'Signatures',
    review: 'On en reparle ensemble le : ……………………',
    printPact: 'Imprimer le pacte',
    editPact: 'Modifier le pacte',
  },
  load: guideLanguages,
};
