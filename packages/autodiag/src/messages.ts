import type { Messages } from '@quartiers-douai/core';

/**
 * UI strings of `<qd-autodiag>`. The wording of the advisor mode ("la personne…") is in
 * `advisor.lazy.ts`, fetched only by pages that use `advisor`.
 */
export type AutodiagKey =
  | 'start'
  | 'notExam'
  | 'length'
  | 'areasTitle'
  | 'aggregateNote'
  | 'progress'
  | 'answersLabel'
  | 'skip'
  | 'answered'
  | 'skipped'
  | 'back'
  | 'resultsTitle'
  | 'encourage'
  | 'profileCaption'
  | 'colArea'
  | 'colLevel'
  | 'colAnswered'
  | 'answeredOf'
  | 'notEvaluated'
  | 'notEvaluatedHint'
  | 'canDoTitle'
  | 'canDoNone'
  | 'workshopsTitle'
  | 'workshopsNone'
  | 'forArea'
  | 'when'
  | 'where'
  | 'contact'
  | 'call'
  | 'write'
  | 'more'
  | 'print'
  | 'save'
  | 'saved'
  | 'backToItems'
  | 'restart'
  | 'staffOpen'
  | 'staffFailed'
  | 'resultsFailed';

export const autodiagMessages: Messages<AutodiagKey> = {
  fr: {
    start: 'Commencer',
    notExam:
      "Ce n'est pas un examen : il n'y a ni bonne ni mauvaise réponse. Pour chaque phrase, dites ce que vous faites aujourd'hui. Vous pouvez passer une phrase.",
    length: '{count} phrases, environ {minutes} min.',
    areasTitle: 'Les domaines',
    aggregateNote:
      "Pour aider le centre à organiser ses ateliers, cet appareil compte combien de personnes ont chaque niveau. Il ne garde ni vos réponses, ni votre nom, ni l'heure.",
    progress: '{n} sur {total}',
    answersLabel: 'Votre réponse',
    skip: 'Passer',
    answered: 'Réponse notée : {answer}.',
    skipped: 'Phrase passée.',
    back: 'Retour',
    resultsTitle: 'Mon profil',
    encourage:
      "Bravo, vous êtes allé(e) jusqu'au bout ! Ce profil n'est pas une note : il montre ce que vous savez déjà faire, et les ateliers qui peuvent vous aider à aller plus loin.",
    profileCaption: 'Mon niveau dans chaque domaine',
    colArea: 'Domaine',
    colLevel: 'Niveau',
    colAnswered: 'Phrases répondues',
    answeredOf: '{answered} sur {total}',
    notEvaluated: 'Pas encore évalué',
    notEvaluatedHint: 'Toutes les phrases de ce domaine ont été passées : on pourra en parler.',
    canDoTitle: 'Ce que je sais déjà faire',
    canDoNone:
      "Pas encore de phrase ici : c'est normal quand on commence. Chaque atelier vous fera avancer.",
    workshopsTitle: 'Les ateliers conseillés pour moi',
    workshopsNone:
      "Pas d'atelier proposé pour ce profil pour le moment : demandez à l'accueil du centre.",
    forArea: 'Domaine : {area}',
    when: 'Quand',
    where: 'Où',
    contact: 'Contact',
    call: 'Appeler le {phone}',
    write: 'Écrire à {email}',
    more: 'En savoir plus',
    print: 'Imprimer la fiche',
    save: 'Enregistrer la fiche (texte)',
    saved: 'La fiche a été téléchargée (fichier texte).',
    backToItems: 'Revenir aux phrases',
    restart: 'Recommencer',
    staffOpen: 'Espace équipe',
    resultsFailed:
      "Le profil n'a pas pu être chargé : vérifiez la connexion, puis touchez à nouveau votre réponse.",
    staffFailed: "L'espace équipe n'a pas pu être chargé : vérifiez la connexion, puis réessayez.",
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.default),
    ar: () => import('./messages.ar.js').then((m) => m.default),
  },
};
