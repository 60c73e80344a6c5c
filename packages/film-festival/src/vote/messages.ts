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
  | 'staffFailed'
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
    staffFailed:
      'L’espace de l’équipe n’a pas pu s’ouvrir. Vérifiez la connexion internet, puis réessayez.',
    demo: 'Démonstration : les votes ne sont pas gardés.',
    notTaken:
      'Votre vote n’a pas été gardé : le site ne l’a pas pris. Votre choix reste là ; prévenez l’équipe.',
  },
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
