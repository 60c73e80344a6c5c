import type { Messages } from '@quartiers-douai/core';

/**
 * UI strings of `<qd-autodiag>`. Keys ending in `Advisor` are the wording of the advisor mode
 * (`advisor`: a worker fills the diagnostic in with the person, and speaks of "la personne").
 */
export type AutodiagKey =
  | 'start'
  | 'notExam'
  | 'notExamAdvisor'
  | 'length'
  | 'areasTitle'
  | 'aggregateNote'
  | 'progress'
  | 'askPerson'
  | 'answersLabel'
  | 'answersLabelAdvisor'
  | 'skip'
  | 'back'
  | 'resultsTitle'
  | 'resultsTitleAdvisor'
  | 'encourage'
  | 'encourageAdvisor'
  | 'profileCaption'
  | 'profileCaptionAdvisor'
  | 'colArea'
  | 'colLevel'
  | 'colAnswered'
  | 'answeredOf'
  | 'notEvaluated'
  | 'notEvaluatedHint'
  | 'canDoTitle'
  | 'canDoTitleAdvisor'
  | 'canDoNone'
  | 'workshopsTitle'
  | 'workshopsTitleAdvisor'
  | 'workshopsNone'
  | 'forArea'
  | 'when'
  | 'where'
  | 'contact'
  | 'call'
  | 'write'
  | 'more'
  | 'notesTitle'
  | 'notesLabel'
  | 'print'
  | 'save'
  | 'saved'
  | 'backToItems'
  | 'restart'
  | 'restartAdvisor'
  | 'staffOpen'
  | 'staffFailed';

export const autodiagMessages: Messages<AutodiagKey> = {
  fr: {
    start: 'Commencer',
    notExam:
      "Ce n'est pas un examen : il n'y a ni bonne ni mauvaise réponse. Pour chaque phrase, dites ce que vous faites aujourd'hui. Vous pouvez passer une phrase.",
    notExamAdvisor:
      "Lisez chaque phrase avec la personne et choisissez la réponse qu'elle donne. Ce n'est pas un examen : on peut passer une phrase.",
    length: {
      one: '{count} phrase, quelques minutes.',
      other: '{count} phrases, environ {minutes} min.',
    },
    areasTitle: 'Les domaines',
    aggregateNote:
      "Pour aider le centre à organiser ses ateliers, cet appareil compte combien de personnes ont chaque niveau. Il ne garde ni vos réponses, ni votre nom, ni l'heure.",
    progress: '{n} sur {total}',
    askPerson: 'Demandez à la personne :',
    answersLabel: 'Votre réponse',
    answersLabelAdvisor: 'Réponse de la personne',
    skip: 'Passer',
    back: 'Retour',
    resultsTitle: 'Mon profil',
    resultsTitleAdvisor: 'Le profil de la personne',
    encourage:
      "Bravo, vous êtes allé(e) jusqu'au bout ! Ce profil n'est pas une note : il montre ce que vous savez déjà faire, et les ateliers qui peuvent vous aider à aller plus loin.",
    encourageAdvisor:
      "Ce profil n'est pas une note : il montre ce que la personne sait déjà faire, et les ateliers qui peuvent l'aider à aller plus loin.",
    profileCaption: 'Mon niveau dans chaque domaine',
    profileCaptionAdvisor: 'Son niveau dans chaque domaine',
    colArea: 'Domaine',
    colLevel: 'Niveau',
    colAnswered: 'Phrases répondues',
    answeredOf: '{answered} sur {total}',
    notEvaluated: 'Pas encore évalué',
    notEvaluatedHint: 'Toutes les phrases de ce domaine ont été passées : on pourra en parler.',
    canDoTitle: 'Ce que je sais déjà faire',
    canDoTitleAdvisor: 'Ce que la personne sait déjà faire',
    canDoNone:
      "Pas encore de phrase ici : c'est normal quand on commence. Chaque atelier vous fera avancer.",
    workshopsTitle: 'Les ateliers conseillés pour moi',
    workshopsTitleAdvisor: 'Les ateliers conseillés pour la personne',
    workshopsNone:
      "Pas d'atelier proposé pour ce profil pour le moment : demandez à l'accueil du centre.",
    forArea: 'Domaine : {area}',
    when: 'Quand',
    where: 'Où',
    contact: 'Contact',
    call: 'Appeler le {phone}',
    write: 'Écrire à {email}',
    more: 'En savoir plus',
    notesTitle: "Notes de l'accompagnant",
    notesLabel: 'Notes pour « {area} »',
    print: 'Imprimer la fiche',
    save: 'Enregistrer la fiche (texte)',
    saved: 'La fiche a été téléchargée (fichier texte).',
    backToItems: 'Revenir aux phrases',
    restart: 'Recommencer',
    restartAdvisor: 'Nouvelle personne',
    staffOpen: 'Espace équipe',
    staffFailed: "L'espace équipe n'a pas pu être chargé : vérifiez la connexion, puis réessayez.",
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
