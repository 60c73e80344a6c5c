/**
 * The wording of the advisor mode (`advisor`: a worker fills the diagnostic in with the person,
 * and speaks of "la personne"), in the three languages. Fetched only by pages that use `advisor`
 * (docs/decisions/0015): a resident's page never downloads it.
 */
import type { Messages } from '@quartiers-douai/core';

export type AdvisorKey =
  | 'notExamAdvisor'
  | 'askPerson'
  | 'answersLabelAdvisor'
  | 'resultsTitleAdvisor'
  | 'encourageAdvisor'
  | 'profileCaptionAdvisor'
  | 'canDoTitleAdvisor'
  | 'workshopsTitleAdvisor'
  | 'notesTitle'
  | 'notesLabel'
  | 'restartAdvisor';

export const advisorMessages: Messages<AdvisorKey> = {
  fr: {
    notExamAdvisor:
      "Lisez chaque phrase avec la personne et choisissez la réponse qu'elle donne. Ce n'est pas un examen : on peut passer une phrase.",
    askPerson: 'Demandez à la personne :',
    answersLabelAdvisor: 'Réponse de la personne',
    resultsTitleAdvisor: 'Le profil de la personne',
    encourageAdvisor:
      "Ce profil n'est pas une note : il montre ce que la personne sait déjà faire, et les ateliers qui peuvent l'aider à aller plus loin.",
    profileCaptionAdvisor: 'Son niveau dans chaque domaine',
    canDoTitleAdvisor: 'Ce que la personne sait déjà faire',
    workshopsTitleAdvisor: 'Les ateliers conseillés pour la personne',
    notesTitle: "Notes de l'accompagnant",
    notesLabel: 'Notes pour « {area} »',
    restartAdvisor: 'Nouvelle personne',
  },
  en: {
    notExamAdvisor:
      'Read each sentence with the person and choose the answer they give. This is not a test: a sentence can be skipped.',
    askPerson: 'Ask the person:',
    answersLabelAdvisor: 'The person’s answer',
    resultsTitleAdvisor: 'The person’s profile',
    encourageAdvisor:
      'This profile is not a mark: it shows what the person can already do, and the workshops that can help them go further.',
    profileCaptionAdvisor: 'Their level in each area',
    canDoTitleAdvisor: 'What the person can already do',
    workshopsTitleAdvisor: 'Workshops for the person',
    notesTitle: 'Advisor’s notes',
    notesLabel: 'Notes for “{area}”',
    restartAdvisor: 'Next person',
  },
  ar: {
    notExamAdvisor:
      'اقرأ كل جملة مع الشخص واختر الإجابة التي يعطيها. هذا ليس امتحانًا: يمكن تخطي جملة.',
    askPerson: 'اسأل الشخص:',
    answersLabelAdvisor: 'إجابة الشخص',
    resultsTitleAdvisor: 'ملف الشخص',
    encourageAdvisor:
      'هذا الملف ليس علامة: إنه يبيّن ما يعرف الشخص فعله، والورشات التي تساعده على التقدّم.',
    profileCaptionAdvisor: 'مستواه في كل مجال',
    canDoTitleAdvisor: 'ما يعرف الشخص فعله',
    workshopsTitleAdvisor: 'الورشات المقترحة للشخص',
    notesTitle: 'ملاحظات المرافق',
    notesLabel: 'ملاحظات حول «{area}»',
    restartAdvisor: 'شخص جديد',
  },
};
