import type { Messages } from '@quartiers-douai/core';

/**
 * UI strings of `<qd-poll-results>`: they travel with its code (a part of the bundle, ADR 0016),
 * not in the first file of every poll page.
 */
export type ResultsKey =
  | 'resultsTitle'
  | 'participants'
  | 'updated'
  | 'respondents'
  | 'multipleNote'
  | 'votes'
  | 'points'
  | 'meanRank'
  | 'bordaNote'
  | 'mean'
  | 'answersCount'
  | 'showTable'
  | 'colChoice'
  | 'colVotes'
  | 'colPercent'
  | 'colRank'
  | 'colPoints'
  | 'colMeanRank'
  | 'colValue'
  | 'colAnswers'
  | 'hiddenNever'
  | 'hiddenUntilVote'
  | 'hiddenUntilClose';

export const resultsMessages: Messages<ResultsKey> = {
  fr: {
    resultsTitle: 'Résultats',
    participants: { one: '{count} participation', other: '{count} participations' },
    updated: 'résultats au {date}',
    respondents: { one: '{count} réponse', other: '{count} réponses' },
    multipleNote: 'plusieurs choix possibles : le total dépasse 100 %',
    votes: { one: '{count} vote', other: '{count} votes' },
    points: { one: '{count} point', other: '{count} points' },
    meanRank: 'rang moyen {rank}',
    bordaNote:
      'Classement par la méthode de Borda : avec {count} choix, un choix classé 1er marque {max}, 2e un de moins… dernier 0. On additionne les points de toutes les réponses.',
    mean: 'Moyenne : {mean} (de {min} à {max})',
    answersCount: { one: '{count} réponse', other: '{count} réponses' },
    showTable: 'Voir en tableau',
    colChoice: 'Choix',
    colVotes: 'Votes',
    colPercent: 'Pourcentage',
    colRank: 'Rang',
    colPoints: 'Points',
    colMeanRank: 'Rang moyen',
    colValue: 'Note',
    colAnswers: 'Réponses',
    hiddenNever: 'Les résultats de ce sondage ne sont pas publiés ici.',
    hiddenUntilVote: 'Les résultats s’affichent après votre participation.',
    hiddenUntilClose: 'Les résultats seront publiés après la clôture du sondage, le {date}.',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
