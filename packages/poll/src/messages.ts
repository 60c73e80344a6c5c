import type { Catalog, Messages } from '@quartiers-douai/core';
import type { ScreensKey } from './poll/screens-messages.js';
import type { ShowIfKey } from './poll/show-if.part.js';

/** UI strings of `<qd-poll>` (those of `<qd-poll-results>` come with it: `poll-results/messages.ts`). */
export type PollKey =
  | ScreensKey
  | ShowIfKey
  // intro, dates
  | 'start'
  | 'questionCount'
  | 'openUntil'
  | 'requiredHint'
  | 'privacyTitle'
  | 'notOpenYet'
  | 'closed'
  | 'alreadyVoted'
  | 'resumed'
  | 'rememberedHere'
  // sending
  | 'queueSent'
  | 'screensFailed'
  | 'demo'
  // kiosk, staff
  | 'staffOpen'
  | 'staffFailed'
  // setup problems (shown in the error panel)
  | 'badAction'
  | 'privacyRequired'
  | 'storeFailed';

export const pollMessages: Messages<PollKey> = {
  // The later screens' texts join on first need (`screensFr`, poll/screens-messages.ts; `showIfFr`,
  // poll/show-if.part.ts).
  fr: {
    start: 'Répondre au sondage',
    questionCount: { one: '{count} question', other: '{count} questions' },
    openUntil: "Ouvert jusqu'au {date} inclus",
    requiredHint:
      'Les questions marquées « obligatoire » doivent avoir une réponse. Les autres, vous pouvez les passer.',
    privacyTitle: 'Vos réponses et vos données',
    notOpenYet: 'Ce sondage ouvrira le {date}. Revenez à partir de ce jour-là !',
    closed:
      'Ce sondage est terminé depuis le {date}. Merci à toutes les personnes qui ont participé.',
    alreadyVoted:
      'Vous avez déjà répondu à ce sondage sur cet appareil. Merci pour votre participation !',
    resumed: 'Vous reprenez là où vous en étiez.',
    rememberedHere:
      "Cet appareil se souvient que vous avez répondu, pour éviter de voter deux fois. Rien d'autre n'est gardé.",
    queueSent: {
      one: 'La réponse en attente a été envoyée.',
      other: 'Les {count} réponses en attente ont été envoyées.',
    },
    staffOpen: 'Espace équipe',
    staffFailed:
      "L'espace équipe n'a pas pu s'ouvrir. Vérifiez la connexion internet, puis réessayez.",
    badAction:
      'adresse d\'envoi refusée (« {action} ») : indiquez dans l\'attribut action une adresse qui commence par https:// ou par / (par exemple "/wp-json/sondage/reponses")',
    privacyRequired:
      'obligatoire quand le sondage envoie les réponses (attribut action) : écrivez qui reçoit les réponses, pour quoi faire et combien de temps elles sont gardées',
    storeFailed:
      "cet appareil ne peut pas garder les réponses pour l'instant : le fichier qui les garde n'a pas pu être chargé (pas de connexion internet ?). Rechargez la page quand la connexion revient ; aucune réponse déjà gardée n'est perdue",
    demo: 'Démonstration : les réponses ne sont pas gardées.',
    screensFailed:
      "La suite du sondage n'a pas pu être chargée (pas de connexion internet ?). Quand la connexion revient, réessayez ; si rien ne change, rechargez la page. Rien n'est perdu.",
  } satisfies Catalog<Exclude<PollKey, ScreensKey | ShowIfKey>> as Catalog<PollKey>,
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
