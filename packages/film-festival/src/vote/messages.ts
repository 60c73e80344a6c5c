import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-audience-vote>`. */
export type VoteKey =
  | 'title'
  | 'choose'
  | 'vote'
  | 'pickFirst'
  | 'thanks'
  | 'thanksText'
  | 'next'
  | 'resetIn'
  | 'stay'
  | 'already'
  | 'staff'
  | 'pin'
  | 'open'
  | 'wrongPin'
  | 'tally'
  | 'film'
  | 'votes'
  | 'total'
  | 'exportCsv'
  | 'exportJson'
  | 'empty'
  | 'emptyConfirm'
  | 'emptied'
  | 'close'
  | 'demo'
  | 'notTaken';

export const voteMessages: Messages<VoteKey> = {
  fr: {
    title: 'Prix du public : {title}',
    choose: 'Votez pour votre film préféré',
    vote: 'Voter',
    pickFirst: 'Choisissez un film avant de voter.',
    thanks: 'Merci pour votre vote !',
    thanksText: 'Votre vote pour « {film} » est compté.',
    next: 'Au suivant',
    stay: 'Rester sur cet écran',
    resetIn: {
      one: 'L’écran revient au vote dans {count} seconde.',
      other: 'L’écran revient au vote dans {count} secondes.',
    },
    already: 'Vous avez déjà voté sur cet appareil. Merci !',
    staff: 'Espace de l’équipe',
    pin: 'Code de l’équipe',
    open: 'Ouvrir',
    wrongPin: 'Ce code n’est pas le bon.',
    tally: 'Décompte des votes',
    film: 'Film',
    votes: 'Votes',
    total: { one: '{count} vote en tout', other: '{count} votes en tout' },
    exportCsv: 'Télécharger le décompte (CSV)',
    exportJson: 'Télécharger le décompte (JSON)',
    empty: 'Vider l’urne',
    emptyConfirm: 'Oui, vider l’urne (les votes seront perdus)',
    emptied: 'L’urne est vide.',
    close: 'Fermer l’espace de l’équipe',
    demo: 'Démonstration : les votes ne sont pas gardés.',
    notTaken:
      'Votre vote n’a pas été gardé : le site ne l’a pas pris. Votre choix reste là ; prévenez l’équipe.',
  },
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
