import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-jury-grid>` and `<qd-jury-results>`. */
export type JuryKey =
  | 'gridTitle'
  | 'filmOf'
  | 'weight'
  | 'points'
  | 'comment'
  | 'total'
  | 'missing'
  | 'totalOf'
  | 'prev'
  | 'next'
  | 'summary'
  | 'summaryTitle'
  | 'juror'
  | 'jurorHint'
  | 'film'
  | 'totalHead'
  | 'maxHead'
  | 'commentHead'
  | 'exportJson'
  | 'exportCsv'
  | 'importGrid'
  | 'replaceAsk'
  | 'replaceHint'
  | 'replaceYes'
  | 'downloadFirst'
  | 'cancel'
  | 'eraseNotes'
  | 'erasedNotes'
  | 'notKept'
  | 'kept'
  | 'backTo'
  | 'resultsTitle'
  | 'files'
  | 'filesHint'
  | 'read'
  | 'replaced'
  | 'wrongFestival'
  | 'notJury'
  | 'fileFailed'
  | 'noFiles'
  | 'rankHead'
  | 'meanHead'
  | 'jurorsHead'
  | 'tableCaption'
  | 'exAequo'
  | 'unranked'
  | 'jurorsList'
  | 'clearFiles'
  | 'exportResults';

export const juryMessages: Messages<JuryKey> = {
  fr: {
    gridTitle: 'Grille du jury',
    filmOf: 'Film {n} sur {total}',
    weight: '(compte {weight} fois)',
    points: { one: '{count} point', other: '{count} points' },
    comment: 'Commentaire (facultatif)',
    total: 'Total pondéré : {total} sur {max}',
    missing: { one: 'encore {count} critère à noter', other: 'encore {count} critères à noter' },
    totalOf: '{film} : {text}',
    prev: 'Film précédent',
    next: 'Film suivant',
    summary: 'Récapitulatif',
    summaryTitle: 'Récapitulatif de vos notes',
    juror: 'Votre nom de juré (facultatif)',
    jurorHint: 'Un prénom ou un numéro, par exemple « Juré 2 » : il apparaît dans les résultats.',
    film: 'Film',
    totalHead: 'Total',
    maxHead: 'Maximum',
    commentHead: 'Commentaire',
    exportJson: 'Télécharger mes notes (fichier pour l’organisation)',
    exportCsv: 'Télécharger le tableau (CSV)',
    importGrid: 'Reprendre des notes depuis un fichier',
    replaceAsk: {
      one: 'Ce fichier remplace vos notes actuelles ({count} film noté).',
      other: 'Ce fichier remplace vos notes actuelles ({count} films notés).',
    },
    replaceHint: 'Elles seront perdues. Pour les garder, téléchargez-les d’abord.',
    replaceYes: 'Remplacer mes notes',
    downloadFirst: 'Télécharger mes notes d’abord',
    cancel: 'Annuler',
    eraseNotes: 'Effacer mes notes de cette tablette',
    erasedNotes: 'Vos notes ont été effacées de cette tablette.',
    notKept:
      'Vos notes ne sont pas gardées sur cette tablette : téléchargez-les avant de fermer la page.',
    kept: 'Vos notes sont gardées sur cette tablette à chaque changement.',
    backTo: 'Revenir aux films',
    resultsTitle: 'Résultats du jury',
    files: 'Fichiers de notes des jurés',
    filesHint: 'Choisissez un ou plusieurs fichiers .json téléchargés depuis la grille du jury.',
    read: {
      one: '{count} fichier de juré lu.',
      other: '{count} fichiers de jurés lus.',
    },
    replaced: 'Le fichier de « {juror} » remplace celui qui avait déjà été lu.',
    wrongFestival: '« {file} » est le fichier d’un autre festival : il n’a pas été pris.',
    notJury: '« {file} » n’est pas un fichier de notes du jury : il n’a pas été pris.',
    fileFailed:
      'Les fichiers de notes ne peuvent pas être préparés ni lus pour l’instant (connexion ?) : réessayez dans un moment, ou rechargez la page.',
    noFiles: 'Ajoutez les fichiers des jurés pour voir le classement.',
    rankHead: 'Rang',
    meanHead: 'Moyenne pondérée',
    jurorsHead: 'Jurés',
    tableCaption: 'Classement : moyenne des totaux pondérés des jurés',
    exAequo: 'ex æquo',
    unranked: 'non classé',
    jurorsList: 'Jurés : {names}',
    clearFiles: 'Retirer tous les fichiers',
    exportResults: 'Télécharger le classement (CSV)',
  },
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
