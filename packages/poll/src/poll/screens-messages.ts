import type { Catalog } from '@quartiers-douai/core';

/**
 * The French texts of the poll's later screens (the questions and their progress, the answers to
 * complete, ranking lists, review, thank-you and its kiosk countdown): they travel with their code
 * in `screens.part.ts` (ADR 0016) and join the poll's French catalog when it arrives — nothing
 * before the part shows them. English and Arabic keep them in the poll's language files.
 */
export type ScreensKey =
  // questions
  | 'questionN'
  | 'progress'
  | 'progressLabel'
  | 'previous'
  | 'next'
  | 'toReview'
  | 'summaryTitle'
  // answer problems
  | 'needChoice'
  | 'needChoices'
  | 'needRanking'
  | 'needScale'
  | 'needText'
  | 'tooManyChoices'
  | 'tooLong'
  // later screens
  | 'required'
  | 'yourAnswer'
  | 'charsLeft'
  | 'charsOver'
  | 'maxChoicesHint'
  | 'moveUp'
  | 'moveDown'
  | 'rankingDone'
  | 'rankedAt'
  | 'alreadyFirst'
  | 'alreadyLast'
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
  | 'keptHere'
  | 'demoKept'
  | 'notTaken'
  | 'nextPersonIn'
  | 'countdownPaused'
  | 'pauseCountdown'
  | 'voteAgain';

export const screensFr: Catalog<ScreensKey> = {
  questionN: 'Question {n}',
  progress: 'Question {current} sur {total}',
  progressLabel: 'Progression',
  previous: 'Question précédente',
  next: 'Question suivante',
  toReview: 'Vérifier mes réponses',
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
  required: '(obligatoire)',
  maxChoicesHint: '{count} choix au maximum.',
  yourAnswer: 'Votre réponse',
  charsLeft: { one: 'Il reste {count} caractère.', other: 'Il reste {count} caractères.' },
  charsOver: { one: '{count} caractère en trop.', other: '{count} caractères en trop.' },
  moveUp: 'Monter',
  moveDown: 'Descendre',
  rankingDone: 'Mon classement est prêt',
  rankedAt: '« {item} » est maintenant en position {position} sur {total}.',
  alreadyFirst: '« {item} » est déjà en première position.',
  alreadyLast: '« {item} » est déjà en dernière position.',
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
  keptHere: "Vos réponses sont gardées sur cet appareil, sans votre nom, pour l'équipe du centre.",
  demoKept: "Ceci est une démonstration : vos réponses n'ont été gardées nulle part.",
  notTaken:
    "Vos réponses n'ont pas pu être gardées : le site ne les a pas prises. Elles sont toujours là ; réessayez plus tard ou prévenez l'équipe du centre.",
  nextPersonIn: {
    one: "L'écran revient au début dans {count} seconde, pour la personne suivante.",
    other: "L'écran revient au début dans {count} secondes, pour la personne suivante.",
  },
  countdownPaused:
    'Compte à rebours en pause. Appuyez sur « Voter à nouveau » pour la personne suivante.',
  pauseCountdown: 'Mettre en pause',
  voteAgain: 'Voter à nouveau',
};
