import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-poll>` (those of `<qd-poll-results>` come with it: `poll-results/messages.ts`). */
export type PollKey =
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
  // questions
  | 'required'
  | 'questionN'
  | 'progress'
  | 'progressLabel'
  | 'previous'
  | 'next'
  | 'toReview'
  | 'maxChoicesHint'
  | 'moveUp'
  | 'moveDown'
  | 'rankingDone'
  | 'rankedAt'
  | 'alreadyFirst'
  | 'alreadyLast'
  | 'yourAnswer'
  | 'charsLeft'
  | 'charsOver'
  | 'summaryTitle'
  // answer problems
  | 'needChoice'
  | 'needChoices'
  | 'needRanking'
  | 'needScale'
  | 'needText'
  | 'tooManyChoices'
  | 'tooLong'
  // review, thanks
  | 'reviewTitle'
  | 'reviewIntro'
  | 'noAnswer'
  | 'scaleAnswer'
  | 'change'
  | 'willBeSent'
  | 'send'
  | 'backToQuestions'
  | 'thanksTitle'
  | 'thanksText'
  | 'sending'
  | 'sent'
  | 'queued'
  | 'queueSent'
  | 'keptHere'
  // kiosk, staff
  | 'nextPersonIn'
  | 'countdownPaused'
  | 'pauseCountdown'
  | 'voteAgain'
  | 'staffOpen'
  | 'staffFailed'
  // setup problems (shown in the error panel)
  | 'badAction'
  | 'privacyRequired'
  | 'storeFailed';

export const pollMessages: Messages<PollKey> = {
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
    required: '(obligatoire)',
    questionN: 'Question {n}',
    progress: 'Question {current} sur {total}',
    progressLabel: 'Progression',
    previous: 'Question précédente',
    next: 'Question suivante',
    toReview: 'Vérifier mes réponses',
    maxChoicesHint: '{count} choix au maximum.',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    rankingDone: 'Mon classement est prêt',
    rankedAt: '« {item} » est maintenant en position {position} sur {total}.',
    alreadyFirst: '« {item} » est déjà en première position.',
    alreadyLast: '« {item} » est déjà en dernière position.',
    yourAnswer: 'Votre réponse',
    charsLeft: { one: 'Il reste {count} caractère.', other: 'Il reste {count} caractères.' },
    charsOver: { one: '{count} caractère en trop.', other: '{count} caractères en trop.' },
    summaryTitle: {
      one: 'Une réponse est à compléter',
      other: '{count} réponses sont à compléter',
    },
    needChoice: 'Choisissez une réponse.',
    needChoices: 'Choisissez au moins une réponse.',
    needRanking:
      'Classez les choix avec « Monter » et « Descendre », puis cochez « Mon classement est prêt ».',
    needScale: 'Choisissez une note de {min} à {max}.',
    needText: 'Écrivez une réponse.',
    tooManyChoices: 'Vous avez choisi {count} réponses : {max} au maximum. Décochez-en {extra}.',
    tooLong: {
      one: 'Votre texte fait {count} caractères : {max} au maximum. Enlevez {extra} caractère.',
      other: 'Votre texte fait {count} caractères : {max} au maximum. Enlevez {extra} caractères.',
    },
    reviewTitle: 'Vérifiez vos réponses',
    reviewIntro: 'Vous pouvez encore changer une réponse. Quand tout est bon, envoyez.',
    noAnswer: '(pas de réponse)',
    scaleAnswer: '{value} sur {max}',
    change: 'Modifier',
    willBeSent: 'Vos réponses seront envoyées au centre, sans votre nom.',
    send: 'Envoyer mes réponses',
    backToQuestions: 'Revenir aux questions',
    thanksTitle: 'Merci pour votre participation !',
    thanksText: 'Votre avis compte pour la vie du quartier.',
    sending: 'Envoi en cours…',
    sent: 'Vos réponses ont bien été envoyées.',
    queued:
      "Pas de connexion internet pour l'instant : vos réponses sont gardées sur cet appareil et partiront toutes seules au retour de la connexion.",
    queueSent: {
      one: 'La réponse en attente a été envoyée.',
      other: 'Les {count} réponses en attente ont été envoyées.',
    },
    keptHere:
      "Vos réponses sont gardées sur cet appareil, sans votre nom, pour l'équipe du centre.",
    nextPersonIn: {
      one: "L'écran revient au début dans {count} seconde, pour la personne suivante.",
      other: "L'écran revient au début dans {count} secondes, pour la personne suivante.",
    },
    countdownPaused:
      'Compte à rebours en pause. Appuyez sur « Voter à nouveau » pour la personne suivante.',
    pauseCountdown: 'Mettre en pause',
    voteAgain: 'Voter à nouveau',
    staffOpen: 'Espace équipe',
    staffFailed:
      "L'espace équipe n'a pas pu s'ouvrir. Vérifiez la connexion internet, puis réessayez.",
    badAction:
      'adresse d\'envoi refusée (« {action} ») : indiquez dans l\'attribut action une adresse qui commence par https:// ou par / (par exemple "/wp-json/sondage/reponses")',
    privacyRequired:
      'obligatoire quand le sondage envoie les réponses (attribut action) : écrivez qui reçoit les réponses, pour quoi faire et combien de temps elles sont gardées',
    storeFailed:
      "cet appareil ne peut pas garder les réponses pour l'instant : le fichier qui les garde n'a pas pu être chargé (pas de connexion internet ?). Rechargez la page quand la connexion revient ; aucune réponse déjà gardée n'est perdue",
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
