import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-agenda>` and `<qd-event-card>`. */
export type AgendaKey =
  | 'title'
  | 'filters'
  | 'centre'
  | 'allCentres'
  | 'audience'
  | 'allAudiences'
  | 'theme'
  | 'allThemes'
  | 'thisWeek'
  | 'view'
  | 'viewList'
  | 'viewMonth'
  | 'prevMonth'
  | 'nextMonth'
  | 'count'
  | 'inMonth'
  | 'inWeek'
  | 'empty'
  | 'clearFilters'
  | 'emptyPeriod'
  | 'details'
  | 'addToCalendar'
  | 'exportAll'
  | 'printWeek'
  | 'weekOf'
  | 'cancelled'
  | 'free'
  | 'registration'
  | 'registrationPlaces'
  | 'noRegistration'
  | 'close'
  | 'where'
  | 'access'
  | 'transports'
  | 'hours'
  | 'call'
  | 'write'
  | 'website'
  | 'timeRange'
  | 'fromTo'
  | 'downloaded'
  | 'duplicatesTitle'
  | 'duplicateEvent'
  | 'duplicateCentre'
  | 'fileWrong'
  | 'notJson'
  | 'next'
  | 'noNext'
  | 'running'
  | 'eventMissing'
  | 'aud-enfants'
  | 'aud-jeunes'
  | 'aud-adultes'
  | 'aud-familles'
  | 'aud-tous'
  | 'th-emploi'
  | 'th-parentalite'
  | 'th-numerique'
  | 'th-vivre-ensemble';

export const agendaMessages: Messages<AgendaKey> = {
  fr: {
    title: 'Agenda des centres',
    filters: 'Filtrer les activités',
    centre: 'Centre',
    allCentres: 'Tous les centres',
    audience: 'Public',
    allAudiences: 'Tous les publics',
    theme: 'Thème',
    allThemes: 'Tous les thèmes',
    thisWeek: 'Cette semaine',
    view: 'Affichage',
    viewList: 'Liste par jour',
    viewMonth: 'Grille du mois',
    prevMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    count: { one: '{count} activité', other: '{count} activités' },
    inMonth: '{count} en {month}',
    inWeek: '{count} cette semaine',
    empty: 'Aucune activité ne correspond à ces filtres.',
    clearFilters: 'Retirer les filtres',
    emptyPeriod: 'Aucune activité à cette période.',
    details: 'Détails',
    addToCalendar: 'Ajouter à mon agenda',
    exportAll: 'Exporter tout (.ics)',
    printWeek: 'Imprimer le programme de la semaine',
    weekOf: 'Programme de la semaine du {from} au {to}',
    cancelled: 'Annulé',
    free: 'Gratuit',
    registration: 'Sur inscription',
    registrationPlaces: 'Sur inscription, {places} places',
    noRegistration: 'Sans inscription',
    close: 'Fermer',
    where: 'Où',
    access: 'Accessibilité',
    transports: 'Venir',
    hours: 'Horaires',
    call: 'Appeler le {phone}',
    write: 'Écrire à {email}',
    website: 'Site du centre',
    timeRange: '{start} – {end}',
    fromTo: 'du {from} au {to}',
    downloaded: 'Fichier « {file} » téléchargé : ouvrez-le pour l’ajouter à votre agenda.',
    duplicatesTitle: 'À vérifier dans les fichiers de l’agenda',
    duplicateEvent:
      'L’activité « {id} » est dans deux fichiers : {first} et {again}. Celle de {first} est gardée, celle de {again} est ignorée : changez son identifiant ("id") si ce sont deux activités différentes.',
    duplicateCentre:
      'Le centre « {id} » est décrit dans deux fichiers : {first} et {again}. Celui de {first} est gardé.',
    fileWrong: 'Le fichier {file} a une erreur : voici ce qu’il faut y corriger.',
    notJson:
      'ce fichier n’est pas du JSON valide (une virgule, un guillemet ou une accolade manque ou est en trop) : ouvrez-le dans un vérificateur JSON',
    next: 'Prochaine date',
    noNext: 'Pas de date à venir.',
    running: 'En cours.',
    eventMissing: 'Cette activité n’est pas dans l’agenda.',
    'aud-enfants': 'Enfants (6-10 ans)',
    'aud-jeunes': 'Jeunes (11-17 ans)',
    'aud-adultes': 'Adultes',
    'aud-familles': 'Familles',
    'aud-tous': 'Tout public',
    'th-emploi': 'Emploi',
    'th-parentalite': 'Parentalité',
    'th-numerique': 'Numérique',
    'th-vivre-ensemble': 'Vivre ensemble',
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
