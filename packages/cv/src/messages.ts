import type { Messages } from '@quartiers-douai/core';

/**
 * Texts printed on the CV itself, in the CV's language (`meta["x-qd"].lang`), whatever the
 * language of the page: a person may use the builder in Arabic to write a French CV.
 */
export type CvTextKey =
  | 'cvOf'
  | 'profile'
  | 'targetJob'
  | 'work'
  | 'volunteer'
  | 'education'
  | 'certificates'
  | 'skills'
  | 'softSkills'
  | 'languages'
  | 'interests'
  | 'projects'
  | 'references'
  | 'email'
  | 'phone'
  | 'website'
  | 'licences'
  | 'vehicle'
  | 'mobility'
  | 'availability'
  | 'present'
  | 'photoAlt'
  | 'empty'
  | 'native'
  | 'beginner'
  | 'intermediate'
  | 'advanced'
  | 'expert'
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2';

export const cvTextMessages: Messages<CvTextKey> = {
  fr: {
    cvOf: 'CV de {name}',
    profile: 'Profil',
    targetJob: 'Poste recherché',
    work: 'Expérience professionnelle',
    volunteer: 'Bénévolat',
    education: 'Formation',
    certificates: 'Certificats et habilitations',
    skills: 'Compétences',
    softSkills: 'Savoir-être',
    languages: 'Langues',
    interests: "Centres d'intérêt",
    projects: 'Projets',
    references: 'Références',
    email: 'E-mail',
    phone: 'Téléphone',
    website: 'Site',
    licences: 'Permis',
    vehicle: 'Véhiculé(e)',
    mobility: 'Mobilité',
    availability: 'Disponibilité',
    present: "aujourd'hui",
    photoAlt: 'Photo de {name}',
    empty: 'Votre CV apparaîtra ici au fur et à mesure.',
    native: 'langue maternelle',
    beginner: 'débutant',
    intermediate: 'intermédiaire',
    advanced: 'confirmé',
    expert: 'expert',
    A1: 'A1 (débutant)',
    A2: 'A2 (élémentaire)',
    B1: 'B1 (intermédiaire)',
    B2: 'B2 (avancé)',
    C1: 'C1 (autonome)',
    C2: 'C2 (maîtrise)',
  },
  en: {
    cvOf: 'CV of {name}',
    profile: 'Profile',
    targetJob: 'Position sought',
    work: 'Work experience',
    volunteer: 'Volunteering',
    education: 'Education',
    certificates: 'Certificates',
    skills: 'Skills',
    softSkills: 'Personal qualities',
    languages: 'Languages',
    interests: 'Interests',
    projects: 'Projects',
    references: 'References',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    licences: 'Driving licence',
    vehicle: 'Own vehicle',
    mobility: 'Mobility',
    availability: 'Availability',
    present: 'present',
    photoAlt: 'Photo of {name}',
    empty: 'Your CV will appear here as you write it.',
    native: 'mother tongue',
    beginner: 'beginner',
    intermediate: 'intermediate',
    advanced: 'advanced',
    expert: 'expert',
    A1: 'A1 (beginner)',
    A2: 'A2 (elementary)',
    B1: 'B1 (intermediate)',
    B2: 'B2 (upper intermediate)',
    C1: 'C1 (advanced)',
    C2: 'C2 (proficient)',
  },
  ar: {
    cvOf: 'السيرة الذاتية لـ {name}',
    profile: 'نبذة',
    targetJob: 'الوظيفة المطلوبة',
    work: 'الخبرة المهنية',
    volunteer: 'العمل التطوعي',
    education: 'التعليم والتكوين',
    certificates: 'الشهادات',
    skills: 'المهارات',
    softSkills: 'الصفات الشخصية',
    languages: 'اللغات',
    interests: 'الاهتمامات',
    projects: 'المشاريع',
    references: 'المراجع',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    website: 'الموقع',
    licences: 'رخصة القيادة',
    vehicle: 'لدي سيارة',
    mobility: 'التنقل',
    availability: 'التوفر',
    present: 'حتى الآن',
    photoAlt: 'صورة {name}',
    empty: 'ستظهر سيرتك الذاتية هنا أثناء كتابتها.',
    native: 'اللغة الأم',
    beginner: 'مبتدئ',
    intermediate: 'متوسط',
    advanced: 'متقدم',
    expert: 'خبير',
    A1: 'A1 (مبتدئ)',
    A2: 'A2 (أساسي)',
    B1: 'B1 (متوسط)',
    B2: 'B2 (فوق المتوسط)',
    C1: 'C1 (متقدم)',
    C2: 'C2 (إتقان)',
  },
};

/** UI strings of `<qd-cv-builder>` (in the language of the page or of its `lang`). */
export type BuilderKey =
  | 'privacy'
  | 'privacyNone'
  | 'privacyPublic'
  | 'saved'
  | 'notSaved'
  | 'notKept'
  | 'stepOf'
  | 'stepsNav'
  | 'nextTo'
  | 'previous'
  | 'stepIdentity'
  | 'stepObjective'
  | 'stepExperience'
  | 'stepEducation'
  | 'stepSkills'
  | 'stepLanguages'
  | 'stepInterests'
  | 'stepPreview'
  | 'helpIdentity'
  | 'helpIdentityEasy'
  | 'helpObjective'
  | 'helpObjectiveEasy'
  | 'helpExperience'
  | 'helpExperienceEasy'
  | 'helpEducation'
  | 'helpEducationEasy'
  | 'helpSkills'
  | 'helpSkillsEasy'
  | 'helpLanguages'
  | 'helpLanguagesEasy'
  | 'helpInterests'
  | 'helpInterestsEasy'
  | 'helpPreview'
  | 'helpPreviewEasy'
  | 'optional'
  | 'fName'
  | 'fEmail'
  | 'fPhone'
  | 'fAddress'
  | 'fPostalCode'
  | 'fCity'
  | 'fPhoto'
  | 'fPhotoHint'
  | 'photoChoose'
  | 'photoRemove'
  | 'photoAdded'
  | 'photoFailed'
  | 'fTargetJob'
  | 'fTargetJobHint'
  | 'fSummary'
  | 'fSummaryHint'
  | 'fAvailability'
  | 'fAvailabilityHint'
  | 'fLicences'
  | 'fVehicle'
  | 'fMobility'
  | 'fMobilityHint'
  | 'fSoftSkills'
  | 'fSoftSkillsHint'
  | 'fPosition'
  | 'fEmployer'
  | 'fWhere'
  | 'fTasks'
  | 'fTasksHint'
  | 'fOrganization'
  | 'fRole'
  | 'fDiploma'
  | 'fDiplomaHint'
  | 'fArea'
  | 'fSchool'
  | 'fCertificate'
  | 'fCertificateHint'
  | 'fIssuer'
  | 'fDate'
  | 'fSkill'
  | 'fSkillHint'
  | 'fLevel'
  | 'fDetails'
  | 'fLanguage'
  | 'fFluency'
  | 'fInterest'
  | 'fInterestHint'
  | 'fNetwork'
  | 'fUrl'
  | 'start'
  | 'end'
  | 'month'
  | 'year'
  | 'noMonth'
  | 'current'
  | 'other'
  | 'choose'
  | 'listWork'
  | 'listVolunteer'
  | 'listEducation'
  | 'listCertificates'
  | 'listSkills'
  | 'listLanguages'
  | 'listInterests'
  | 'listProfiles'
  | 'itemWork'
  | 'itemVolunteer'
  | 'itemEducation'
  | 'itemCertificates'
  | 'itemSkills'
  | 'itemLanguages'
  | 'itemInterests'
  | 'itemProfiles'
  | 'add'
  | 'moveUp'
  | 'moveDown'
  | 'remove'
  | 'removed'
  | 'undo'
  | 'restored'
  | 'moved'
  | 'noEntry'
  | 'errName'
  | 'errContact'
  | 'errEmail'
  | 'errPhone'
  | 'errYear'
  | 'errMonthOnly'
  | 'errEndBeforeStart'
  | 'missingMinimum'
  | 'completeIdentity'
  | 'template'
  | 'tplSobre'
  | 'tplModerne'
  | 'tplAts'
  | 'tplSobreHint'
  | 'tplModerneHint'
  | 'tplAtsHint'
  | 'accent'
  | 'cvLang'
  | 'print'
  | 'printHint'
  | 'livePreview'
  | 'exportData'
  | 'importData'
  | 'eraseData'
  | 'eraseConfirm'
  | 'eraseYes'
  | 'undoErase'
  | 'eraseUndone'
  | 'cancel'
  | 'erased'
  | 'exported'
  | 'imported'
  | 'importedIgnored'
  | 'importFailed'
  | 'importTooBig'
  | 'quarantined'
  | 'downloadQuarantined'
  | 'quota'
  | 'resumed'
  | 'finish'
  | 'finishConfirm'
  | 'finishYes'
  | 'finished'
  | 'leaveWarning'
  | 'colorBleu'
  | 'colorVert'
  | 'colorBordeaux'
  | 'colorViolet'
  | 'colorPetrole'
  | 'colorGris';

export const builderMessages: Messages<BuilderKey> = {
  fr: {
    privacy:
      'Votre CV reste sur cet appareil : rien n’est envoyé sur internet. Il est enregistré automatiquement dans ce navigateur, pour que vous le retrouviez plus tard. Sur un ordinateur partagé, cliquez sur « Effacer mes données » quand vous avez fini.',
    privacyNone:
      'Votre CV reste sur cet appareil : rien n’est envoyé sur internet. Il n’est pas enregistré : pensez à l’exporter dans un fichier ou à l’imprimer avant de fermer la page.',
    privacyPublic:
      'Ordinateur partagé : votre CV reste sur cet ordinateur, rien n’est envoyé sur internet. Il sera effacé quand vous cliquerez sur « Terminer », quand vous fermerez l’onglet, ou après quelques minutes sans activité. Avant de partir, enregistrez-le en PDF ou exportez-le dans un fichier (sur une clé USB, par exemple).',
    saved: 'Enregistré sur cet appareil',
    notSaved: 'Pas enregistré : l’appareil n’a plus de place',
    notKept: 'Non enregistré (rien n’est gardé)',
    stepOf: 'Étape {current} sur {total}',
    stepsNav: 'Étapes du CV',
    nextTo: 'Suivant : {step}',
    previous: 'Précédent',
    stepIdentity: 'Identité',
    stepObjective: 'Objectif',
    stepExperience: 'Expériences',
    stepEducation: 'Formations',
    stepSkills: 'Compétences',
    stepLanguages: 'Langues',
    stepInterests: "Centres d'intérêt",
    stepPreview: 'Aperçu',
    helpIdentity:
      'Écrivez votre prénom et votre nom, puis au moins un moyen de vous joindre : un e-mail ou un numéro de téléphone. Le reste est facultatif. Ex. : Samira Benali, 06 12 34 56 78, Douai.',
    helpIdentityEasy:
      'Écrivez votre nom. Écrivez votre téléphone ou votre e-mail. Le reste, c’est si vous voulez.',
    helpObjective:
      'Dites quel travail vous cherchez et présentez-vous en deux ou trois phrases. Indiquez vos permis et quand vous pouvez commencer. Ex. : Agent d’entretien, disponible immédiatement, permis B.',
    helpObjectiveEasy:
      'Quel travail cherchez-vous ? Dites-le en quelques mots. Vous avez le permis ? Cochez-le.',
    helpExperience:
      'Ajoutez vos emplois, stages, missions d’intérim et votre bénévolat, du plus récent au plus ancien. Ex. : Agent d’entretien, 2019-2022, Douai. Les petits boulots comptent aussi.',
    helpExperienceEasy:
      'Où avez-vous travaillé ? Ajoutez chaque travail. Le bénévolat compte aussi.',
    helpEducation:
      'Ajoutez vos diplômes et formations, même à l’étranger ou pas terminés, et vos certificats (CACES, SST, permis cariste…). Ex. : CAP Cuisine, Lycée Rabelais, Douai, 2016.',
    helpEducationEasy:
      'Quelles écoles ou formations avez-vous faites ? Ajoutez-les. Même à l’étranger.',
    helpSkills:
      'Écrivez ce que vous savez faire dans le métier, puis vos qualités (le savoir-être). Ex. : Utiliser une autolaveuse ; Accueillir les clients ; Ponctuel, Travail en équipe.',
    helpSkillsEasy:
      'Qu’est-ce que vous savez bien faire ? Écrivez-le. Êtes-vous ponctuel, calme, gentil ? Écrivez-le aussi.',
    helpLanguages:
      'Ajoutez les langues que vous parlez, avec votre niveau : langue maternelle, ou de A1 (débutant) à C2 (très bon). Ex. : Arabe, langue maternelle ; Anglais, A2.',
    helpLanguagesEasy:
      'Quelles langues parlez-vous ? Choisissez votre niveau. A1 = un peu. C2 = très bien.',
    helpInterests:
      'Vos loisirs et engagements montrent qui vous êtes. Ex. : Football (club de Dorignies, entraîneur des moins de 12 ans), cuisine, couture.',
    helpInterestsEasy: 'Qu’est-ce que vous aimez faire ? Du sport, de la cuisine ? Écrivez-le.',
    helpPreview:
      'Relisez votre CV. Choisissez un modèle et une couleur, puis imprimez-le ou enregistrez-le en PDF (dans la fenêtre d’impression, choisissez « Enregistrer au format PDF »). Le modèle « une colonne » est le mieux lu par les logiciels de recrutement.',
    helpPreviewEasy:
      'Relisez votre CV. Choisissez un modèle. Cliquez sur « Imprimer ou enregistrer en PDF ».',
    optional: '(facultatif)',
    fName: 'Prénom et nom',
    fEmail: 'E-mail',
    fPhone: 'Téléphone',
    fAddress: 'Adresse',
    fPostalCode: 'Code postal',
    fCity: 'Ville',
    fPhoto: 'Photo',
    fPhotoHint:
      'Facultative. Elle est réduite sur cet appareil et n’est jamais envoyée sur internet.',
    photoChoose: 'Choisir une photo',
    photoRemove: 'Retirer la photo',
    photoAdded: 'Photo ajoutée.',
    photoFailed: 'Cette image n’a pas pu être lue : choisissez une photo JPEG ou PNG.',
    fTargetJob: 'Poste recherché',
    fTargetJobHint: 'Ex. : Agent d’entretien, Vendeuse, Préparateur de commandes',
    fSummary: 'Présentez-vous en quelques phrases',
    fSummaryHint: 'Ex. : Sérieuse et souriante, 5 ans d’expérience dans le nettoyage de bureaux.',
    fAvailability: 'Disponibilité',
    fAvailabilityHint: 'Ex. : Immédiate ; à partir de septembre ; le week-end',
    fLicences: 'Permis de conduire',
    fVehicle: 'J’ai un véhicule',
    fMobility: 'Mobilité',
    fMobilityHint: 'Ex. : Douai et 20 km autour, en bus',
    fSoftSkills: 'Vos qualités (savoir-être), une par ligne',
    fSoftSkillsHint: 'Ex. : Ponctuel ; Travail en équipe ; Sens de l’accueil',
    fPosition: 'Poste',
    fEmployer: 'Employeur',
    fWhere: 'Lieu',
    fTasks: 'Missions, une par ligne',
    fTasksHint: 'Ex. : Nettoyage des bureaux ; Gestion des stocks de produits',
    fOrganization: 'Association',
    fRole: 'Rôle',
    fDiploma: 'Diplôme ou formation',
    fDiplomaHint: 'Ex. : CAP, Bac pro, Licence, Titre professionnel',
    fArea: 'Domaine',
    fSchool: 'École ou organisme, ville, pays',
    fCertificate: 'Certificat ou habilitation',
    fCertificateHint: 'Ex. : CACES R489, SST, attestation de comparabilité',
    fIssuer: 'Délivré par',
    fDate: 'Date',
    fSkill: 'Compétence',
    fSkillHint: 'Ex. : Utiliser une autolaveuse',
    fLevel: 'Niveau',
    fDetails: 'Détails, un par ligne',
    fLanguage: 'Langue',
    fFluency: 'Niveau',
    fInterest: 'Centre d’intérêt',
    fInterestHint: 'Ex. : Football, cuisine, couture',
    fNetwork: 'Réseau ou site',
    fUrl: 'Adresse (https://…)',
    start: 'Début',
    end: 'Fin',
    month: 'Mois',
    year: 'Année',
    noMonth: '(sans mois)',
    current: 'En cours (pas de date de fin)',
    other: 'Autre : {value}',
    choose: '(choisir)',
    listWork: 'Emplois et stages',
    listVolunteer: 'Bénévolat',
    listEducation: 'Diplômes et formations',
    listCertificates: 'Certificats et habilitations',
    listSkills: 'Compétences',
    listLanguages: 'Langues',
    listInterests: "Centres d'intérêt",
    listProfiles: 'Sites et réseaux (facultatif)',
    itemWork: 'Emploi {n}',
    itemVolunteer: 'Bénévolat {n}',
    itemEducation: 'Formation {n}',
    itemCertificates: 'Certificat {n}',
    itemSkills: 'Compétence {n}',
    itemLanguages: 'Langue {n}',
    itemInterests: 'Centre d’intérêt {n}',
    itemProfiles: 'Site {n}',
    add: 'Ajouter : {item}',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    remove: 'Supprimer',
    removed: '« {item} » supprimé.',
    undo: 'Annuler la suppression',
    restored: '« {item} » remis à sa place.',
    moved: '« {item} » déplacé en position {position} sur {total}.',
    noEntry: 'Rien pour l’instant.',
    errName: 'Écrivez votre prénom et votre nom : ils sont obligatoires sur un CV.',
    errContact: 'Indiquez au moins un moyen de vous joindre : un e-mail ou un numéro de téléphone.',
    errEmail:
      'Cette adresse e-mail n’est pas complète : elle doit ressembler à prenom.nom@exemple.fr',
    errPhone:
      'Ce numéro de téléphone semble incomplet : écrivez 10 chiffres, par exemple 06 12 34 56 78',
    errYear: 'Écrivez l’année en 4 chiffres, par exemple 2019.',
    errMonthOnly: 'Ajoutez l’année, ou remettez le mois sur « (sans mois) ».',
    errEndBeforeStart: 'La fin est avant le début : vérifiez les deux dates.',
    missingMinimum:
      'Il manque encore votre nom ou un moyen de vous joindre : un employeur ne pourra pas vous contacter.',
    completeIdentity: 'Compléter l’identité',
    template: 'Modèle',
    tplSobre: 'Sobre',
    tplModerne: 'Moderne (deux colonnes)',
    tplAts: 'Une colonne (lecture robot)',
    tplSobreHint: 'Classique, sur une colonne, avec une couleur.',
    tplModerneHint: 'Une colonne de côté pour le contact, les compétences et les langues.',
    tplAtsHint: 'Sans photo ni colonnes : le mieux lu par les logiciels de recrutement.',
    accent: 'Couleur',
    cvLang: 'Langue du CV',
    print: 'Imprimer ou enregistrer en PDF',
    printHint:
      'Dans la fenêtre d’impression, choisissez « Enregistrer au format PDF » comme imprimante pour obtenir un fichier.',
    livePreview: 'Aperçu en direct',
    exportData: 'Exporter mon CV (fichier)',
    importData: 'Importer un CV',
    eraseData: 'Effacer mes données',
    eraseConfirm:
      'Effacer votre CV de cet appareil ? Exportez-le d’abord si vous voulez le garder.',
    eraseYes: 'Oui, effacer',
    undoErase: 'Annuler l’effacement',
    eraseUndone: 'Votre CV est revenu. Il est de nouveau enregistré sur cet appareil.',
    cancel: 'Annuler',
    erased: 'Vos données ont été effacées de cet appareil.',
    exported: 'Votre CV a été exporté dans le fichier {file} (dossier Téléchargements).',
    imported: 'Le CV a été importé.',
    importedIgnored:
      'Le CV a été importé. Ces informations du fichier sont gardées mais pas affichées : {fields}.',
    importFailed: "Ce fichier n'a pas pu être importé : {reason}. Votre CV n'a pas été modifié.",
    importTooBig: 'ce fichier est trop lourd ({size} Mo) pour être un CV (1 Mo au plus)',
    quarantined:
      'Un CV enregistré sur cet appareil était abîmé. Il a été mis de côté et n’est pas utilisé : vous pouvez le télécharger pour le montrer à un animateur.',
    downloadQuarantined: 'Télécharger le CV abîmé',
    quota:
      "L'appareil n'a plus de place : votre CV n'est pas enregistré. Exportez-le dans un fichier pour ne pas le perdre.",
    resumed: 'Votre CV enregistré sur cet appareil a été repris.',
    finish: 'Terminer et tout effacer',
    finishConfirm:
      'Avez-vous enregistré votre CV (PDF ou fichier) ? Après « Terminer », il sera effacé de cet ordinateur.',
    finishYes: 'Oui, terminer et effacer',
    finished:
      'C’est terminé : votre CV a été effacé de cet ordinateur. La personne suivante peut commencer.',
    leaveWarning: 'Votre CV sera effacé de cet ordinateur partagé.',
    colorBleu: 'Bleu',
    colorVert: 'Vert',
    colorBordeaux: 'Bordeaux',
    colorViolet: 'Violet',
    colorPetrole: 'Bleu pétrole',
    colorGris: 'Gris',
  },
  en: {
    privacy:
      'Your CV stays on this device: nothing is sent over the internet. It is saved automatically in this browser. On a shared computer, click “Erase my data” when you are done.',
    privacyNone:
      'Your CV stays on this device and is not saved: export it to a file or print it before closing the page.',
    privacyPublic:
      'Shared computer: nothing is sent over the internet. Your CV is erased when you click “Finish”, close the tab, or after a few minutes without activity. Save it as a PDF or export it to a file first.',
    saved: 'Saved on this device',
    notSaved: 'Not saved: this device is out of space',
    notKept: 'Not saved (nothing is kept)',
    stepOf: 'Step {current} of {total}',
    stepsNav: 'CV steps',
    nextTo: 'Next: {step}',
    previous: 'Previous',
    stepIdentity: 'Identity',
    stepObjective: 'Goal',
    stepExperience: 'Experience',
    stepEducation: 'Education',
    stepSkills: 'Skills',
    stepLanguages: 'Languages',
    stepInterests: 'Interests',
    stepPreview: 'Preview',
    helpIdentity:
      'Write your first and last name, then at least one way to reach you: an email or a phone number. The rest is optional. E.g. Samira Benali, 06 12 34 56 78, Douai.',
    helpIdentityEasy: 'Write your name. Write your phone or your email. The rest is up to you.',
    helpObjective:
      'Say which job you are looking for and introduce yourself in two or three sentences. Add your driving licences and when you can start.',
    helpObjectiveEasy: 'What job are you looking for? Say it in a few words.',
    helpExperience:
      'Add your jobs, internships, temp work and volunteering, most recent first. E.g. Cleaner, 2019-2022, Douai. Small jobs count too.',
    helpExperienceEasy: 'Where have you worked? Add each job. Volunteering counts too.',
    helpEducation:
      'Add your diplomas and training, even abroad or unfinished, and your certificates. E.g. CAP Cuisine, Lycée Rabelais, Douai, 2016.',
    helpEducationEasy: 'Which schools or trainings did you do? Add them. Even abroad.',
    helpSkills:
      'Write what you can do in the job, then your personal qualities. E.g. Welcoming customers; Punctual.',
    helpSkillsEasy: 'What are you good at? Write it down.',
    helpLanguages:
      'Add the languages you speak, with your level: mother tongue, or A1 (beginner) to C2 (very good).',
    helpLanguagesEasy:
      'Which languages do you speak? Choose your level. A1 = a little. C2 = very well.',
    helpInterests: 'Your hobbies and commitments show who you are. E.g. Football, cooking, sewing.',
    helpInterestsEasy: 'What do you like to do? Write it down.',
    helpPreview:
      'Read your CV again. Choose a template and a colour, then print it or save it as a PDF. The one-column template is read best by recruitment software.',
    helpPreviewEasy: 'Read your CV. Choose a template. Click “Print or save as PDF”.',
    optional: '(optional)',
    fName: 'First and last name',
    fEmail: 'Email',
    fPhone: 'Phone',
    fAddress: 'Address',
    fPostalCode: 'Postcode',
    fCity: 'Town',
    fPhoto: 'Photo',
    fPhotoHint: 'Optional. It is made smaller on this device and never sent over the internet.',
    photoChoose: 'Choose a photo',
    photoRemove: 'Remove the photo',
    photoAdded: 'Photo added.',
    photoFailed: 'This image could not be read: choose a JPEG or PNG photo.',
    fTargetJob: 'Position sought',
    fTargetJobHint: 'E.g. Cleaner, Sales assistant, Order picker',
    fSummary: 'Introduce yourself in a few sentences',
    fSummaryHint: 'E.g. Reliable and cheerful, 5 years of office cleaning.',
    fAvailability: 'Availability',
    fAvailabilityHint: 'E.g. Immediately; from September; weekends',
    fLicences: 'Driving licences',
    fVehicle: 'I have a vehicle',
    fMobility: 'Mobility',
    fMobilityHint: 'E.g. Douai and 20 km around, by bus',
    fSoftSkills: 'Your personal qualities, one per line',
    fSoftSkillsHint: 'E.g. Punctual; Team player',
    fPosition: 'Position',
    fEmployer: 'Employer',
    fWhere: 'Place',
    fTasks: 'Tasks, one per line',
    fTasksHint: 'E.g. Cleaning offices; Managing supplies',
    fOrganization: 'Organisation',
    fRole: 'Role',
    fDiploma: 'Diploma or training',
    fDiplomaHint: 'E.g. CAP, Bac pro, Bachelor',
    fArea: 'Field',
    fSchool: 'School or organisation, town, country',
    fCertificate: 'Certificate',
    fCertificateHint: 'E.g. CACES R489, first aid (SST)',
    fIssuer: 'Issued by',
    fDate: 'Date',
    fSkill: 'Skill',
    fSkillHint: 'E.g. Using a floor scrubber',
    fLevel: 'Level',
    fDetails: 'Details, one per line',
    fLanguage: 'Language',
    fFluency: 'Level',
    fInterest: 'Interest',
    fInterestHint: 'E.g. Football, cooking, sewing',
    fNetwork: 'Network or website',
    fUrl: 'Address (https://…)',
    start: 'Start',
    end: 'End',
    month: 'Month',
    year: 'Year',
    noMonth: '(no month)',
    current: 'Ongoing (no end date)',
    other: 'Other: {value}',
    choose: '(choose)',
    listWork: 'Jobs and internships',
    listVolunteer: 'Volunteering',
    listEducation: 'Diplomas and training',
    listCertificates: 'Certificates',
    listSkills: 'Skills',
    listLanguages: 'Languages',
    listInterests: 'Interests',
    listProfiles: 'Websites and networks (optional)',
    itemWork: 'Job {n}',
    itemVolunteer: 'Volunteering {n}',
    itemEducation: 'Training {n}',
    itemCertificates: 'Certificate {n}',
    itemSkills: 'Skill {n}',
    itemLanguages: 'Language {n}',
    itemInterests: 'Interest {n}',
    itemProfiles: 'Website {n}',
    add: 'Add: {item}',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Delete',
    removed: '“{item}” deleted.',
    undo: 'Undo delete',
    restored: '“{item}” put back.',
    moved: '“{item}” moved to position {position} of {total}.',
    noEntry: 'Nothing yet.',
    errName: 'Write your first and last name: they are required on a CV.',
    errContact: 'Give at least one way to reach you: an email or a phone number.',
    errEmail: 'This email address is incomplete: it should look like name@example.com',
    errPhone: 'This phone number looks incomplete: write 10 digits, e.g. 06 12 34 56 78',
    errYear: 'Write the year with 4 digits, e.g. 2019.',
    errMonthOnly: 'Add the year, or set the month back to “(no month)”.',
    errEndBeforeStart: 'The end is before the start: check both dates.',
    missingMinimum:
      'Your name or a way to reach you is still missing: an employer could not contact you.',
    completeIdentity: 'Complete the identity',
    template: 'Template',
    tplSobre: 'Simple',
    tplModerne: 'Modern (two columns)',
    tplAts: 'One column (robot-friendly)',
    tplSobreHint: 'Classic, one column, with a colour.',
    tplModerneHint: 'A side column for contact, skills and languages.',
    tplAtsHint: 'No photo, no columns: read best by recruitment software.',
    accent: 'Colour',
    cvLang: 'Language of the CV',
    print: 'Print or save as PDF',
    printHint: 'In the print window, choose “Save as PDF” as the printer to get a file.',
    livePreview: 'Live preview',
    exportData: 'Export my CV (file)',
    importData: 'Import a CV',
    eraseData: 'Erase my data',
    eraseConfirm: 'Erase your CV from this device? Export it first if you want to keep it.',
    eraseYes: 'Yes, erase',
    undoErase: 'Undo erase',
    eraseUndone: 'Your CV is back and saved on this device again.',
    cancel: 'Cancel',
    erased: 'Your data has been erased from this device.',
    exported: 'Your CV was exported to the file {file} (Downloads folder).',
    imported: 'The CV was imported.',
    importedIgnored:
      'The CV was imported. This information in the file is kept but not shown: {fields}.',
    importFailed: 'This file could not be imported: {reason}. Your CV was not changed.',
    quarantined: 'A CV saved on this device was damaged. It was set aside: you can download it.',
    downloadQuarantined: 'Download the damaged CV',
    quota:
      'This device is out of space: your CV is not saved. Export it to a file so as not to lose it.',
    resumed: 'Your CV saved on this device has been restored.',
    finish: 'Finish and erase everything',
    finishConfirm: 'Have you saved your CV (PDF or file)? “Finish” erases it from this computer.',
    finishYes: 'Yes, finish and erase',
    finished: 'Done: your CV has been erased from this computer. The next person can start.',
    leaveWarning: 'Your CV will be erased from this shared computer.',
    colorBleu: 'Blue',
    colorVert: 'Green',
    colorBordeaux: 'Burgundy',
    colorViolet: 'Purple',
    colorPetrole: 'Teal',
    colorGris: 'Grey',
  },
  ar: {
    privacy:
      'تبقى سيرتك الذاتية على هذا الجهاز: لا يُرسل أي شيء عبر الإنترنت. تُحفظ تلقائيًا في هذا المتصفح لتجدها لاحقًا. على حاسوب مشترك، اضغط على «امسح بياناتي» عند الانتهاء.',
    privacyNone:
      'تبقى سيرتك الذاتية على هذا الجهاز ولا تُحفظ: صدّرها إلى ملف أو اطبعها قبل إغلاق الصفحة.',
    privacyPublic:
      'حاسوب مشترك: لا يُرسل شيء عبر الإنترنت. تُمسح سيرتك الذاتية عند الضغط على «إنهاء» أو إغلاق التبويب أو بعد دقائق دون نشاط. احفظها PDF أو في ملف قبل ذلك.',
    saved: 'محفوظة على هذا الجهاز',
    notSaved: 'غير محفوظة: لا توجد مساحة كافية على الجهاز',
    notKept: 'غير محفوظة (لا يُحتفظ بشيء)',
    stepOf: 'الخطوة {current} من {total}',
    stepsNav: 'خطوات السيرة الذاتية',
    nextTo: 'التالي: {step}',
    previous: 'السابق',
    stepIdentity: 'الهوية',
    stepObjective: 'الهدف',
    stepExperience: 'الخبرات',
    stepEducation: 'التكوين',
    stepSkills: 'المهارات',
    stepLanguages: 'اللغات',
    stepInterests: 'الاهتمامات',
    stepPreview: 'المعاينة',
    helpIdentity:
      'اكتب اسمك الشخصي والعائلي، ثم وسيلة واحدة على الأقل للاتصال بك: بريد إلكتروني أو رقم هاتف. الباقي اختياري.',
    helpIdentityEasy: 'اكتب اسمك. اكتب هاتفك أو بريدك الإلكتروني.',
    helpObjective:
      'قل ما العمل الذي تبحث عنه وقدّم نفسك في جملتين أو ثلاث. أضف رخص القيادة ومتى يمكنك البدء.',
    helpObjectiveEasy: 'ما العمل الذي تبحث عنه؟ قله في كلمات قليلة.',
    helpExperience:
      'أضف أعمالك وتدريباتك وعملك التطوعي، من الأحدث إلى الأقدم. الأعمال الصغيرة مهمة أيضًا.',
    helpExperienceEasy: 'أين عملت؟ أضف كل عمل. العمل التطوعي مهم أيضًا.',
    helpEducation: 'أضف شهاداتك وتكويناتك، حتى في الخارج أو غير المكتملة.',
    helpEducationEasy: 'ما المدارس أو التكوينات التي درستها؟ أضفها.',
    helpSkills: 'اكتب ما تجيده في العمل، ثم صفاتك الشخصية.',
    helpSkillsEasy: 'ما الذي تجيده؟ اكتبه.',
    helpLanguages:
      'أضف اللغات التي تتحدثها مع مستواك: اللغة الأم، أو من A1 (مبتدئ) إلى C2 (ممتاز).',
    helpLanguagesEasy: 'ما اللغات التي تتحدثها؟ اختر مستواك.',
    helpInterests: 'هواياتك والتزاماتك تُظهر من أنت. مثال: كرة القدم، الطبخ، الخياطة.',
    helpInterestsEasy: 'ماذا تحب أن تفعل؟ اكتبه.',
    helpPreview: 'أعد قراءة سيرتك الذاتية. اختر نموذجًا ولونًا، ثم اطبعها أو احفظها بصيغة PDF.',
    helpPreviewEasy: 'اقرأ سيرتك الذاتية. اختر نموذجًا. اضغط «اطبع أو احفظ PDF».',
    optional: '(اختياري)',
    fName: 'الاسم الشخصي والعائلي',
    fEmail: 'البريد الإلكتروني',
    fPhone: 'الهاتف',
    fAddress: 'العنوان',
    fPostalCode: 'الرمز البريدي',
    fCity: 'المدينة',
    fPhoto: 'الصورة',
    fPhotoHint: 'اختيارية. تُصغَّر على هذا الجهاز ولا تُرسل أبدًا عبر الإنترنت.',
    photoChoose: 'اختر صورة',
    photoRemove: 'احذف الصورة',
    photoAdded: 'تمت إضافة الصورة.',
    photoFailed: 'تعذّرت قراءة هذه الصورة: اختر صورة JPEG أو PNG.',
    fTargetJob: 'الوظيفة المطلوبة',
    fTargetJobHint: 'مثال: عامل نظافة، بائعة',
    fSummary: 'قدّم نفسك في بضع جمل',
    fSummaryHint: 'مثال: جادة ومبتسمة، 5 سنوات خبرة في تنظيف المكاتب.',
    fAvailability: 'التوفر',
    fAvailabilityHint: 'مثال: فوري؛ ابتداءً من سبتمبر',
    fLicences: 'رخص القيادة',
    fVehicle: 'لدي سيارة',
    fMobility: 'التنقل',
    fMobilityHint: 'مثال: دويه و20 كم حولها، بالحافلة',
    fSoftSkills: 'صفاتك الشخصية، واحدة في كل سطر',
    fSoftSkillsHint: 'مثال: الالتزام بالمواعيد؛ العمل الجماعي',
    fPosition: 'المنصب',
    fEmployer: 'صاحب العمل',
    fWhere: 'المكان',
    fTasks: 'المهام، واحدة في كل سطر',
    fTasksHint: 'مثال: تنظيف المكاتب',
    fOrganization: 'الجمعية',
    fRole: 'الدور',
    fDiploma: 'الشهادة أو التكوين',
    fDiplomaHint: 'مثال: CAP، بكالوريا مهنية، إجازة',
    fArea: 'المجال',
    fSchool: 'المدرسة أو الهيئة، المدينة، البلد',
    fCertificate: 'الشهادة أو التأهيل',
    fCertificateHint: 'مثال: CACES، الإسعافات الأولية',
    fIssuer: 'صادرة عن',
    fDate: 'التاريخ',
    fSkill: 'المهارة',
    fSkillHint: 'مثال: استقبال الزبائن',
    fLevel: 'المستوى',
    fDetails: 'تفاصيل، واحدة في كل سطر',
    fLanguage: 'اللغة',
    fFluency: 'المستوى',
    fInterest: 'الاهتمام',
    fInterestHint: 'مثال: كرة القدم، الطبخ',
    fNetwork: 'الشبكة أو الموقع',
    fUrl: 'العنوان (https://…)',
    start: 'البداية',
    end: 'النهاية',
    month: 'الشهر',
    year: 'السنة',
    noMonth: '(بدون شهر)',
    current: 'مستمر (بدون تاريخ نهاية)',
    other: 'آخر: {value}',
    choose: '(اختر)',
    listWork: 'الأعمال والتدريبات',
    listVolunteer: 'العمل التطوعي',
    listEducation: 'الشهادات والتكوينات',
    listCertificates: 'الشهادات والتأهيلات',
    listSkills: 'المهارات',
    listLanguages: 'اللغات',
    listInterests: 'الاهتمامات',
    listProfiles: 'المواقع والشبكات (اختياري)',
    itemWork: 'العمل {n}',
    itemVolunteer: 'التطوع {n}',
    itemEducation: 'التكوين {n}',
    itemCertificates: 'الشهادة {n}',
    itemSkills: 'المهارة {n}',
    itemLanguages: 'اللغة {n}',
    itemInterests: 'الاهتمام {n}',
    itemProfiles: 'الموقع {n}',
    add: 'أضف: {item}',
    moveUp: 'إلى الأعلى',
    moveDown: 'إلى الأسفل',
    remove: 'احذف',
    removed: 'تم حذف «{item}».',
    undo: 'تراجع عن الحذف',
    restored: 'تمت إعادة «{item}» إلى مكانه.',
    moved: 'تم نقل «{item}» إلى الموضع {position} من {total}.',
    noEntry: 'لا شيء حتى الآن.',
    errName: 'اكتب اسمك الشخصي والعائلي: هما ضروريان في السيرة الذاتية.',
    errContact: 'أضف وسيلة واحدة على الأقل للاتصال بك: بريد إلكتروني أو رقم هاتف.',
    errEmail: 'عنوان البريد الإلكتروني غير مكتمل: يجب أن يشبه name@example.fr',
    errPhone: 'رقم الهاتف يبدو غير مكتمل: اكتب 10 أرقام، مثل 06 12 34 56 78',
    errYear: 'اكتب السنة بأربعة أرقام، مثل 2019.',
    errMonthOnly: 'أضف السنة، أو أرجع الشهر إلى «(بدون شهر)».',
    errEndBeforeStart: 'تاريخ النهاية قبل تاريخ البداية: تحقّق من التاريخين.',
    missingMinimum: 'ما زال ينقص اسمك أو وسيلة للاتصال بك.',
    completeIdentity: 'أكمل الهوية',
    template: 'النموذج',
    tplSobre: 'بسيط',
    tplModerne: 'حديث (عمودان)',
    tplAts: 'عمود واحد (للبرامج الآلية)',
    tplSobreHint: 'كلاسيكي، عمود واحد، بلون.',
    tplModerneHint: 'عمود جانبي للاتصال والمهارات واللغات.',
    tplAtsHint: 'بدون صورة ولا أعمدة: الأفضل لبرامج التوظيف.',
    accent: 'اللون',
    cvLang: 'لغة السيرة الذاتية',
    print: 'اطبع أو احفظ PDF',
    printHint: 'في نافذة الطباعة، اختر «حفظ بصيغة PDF» للحصول على ملف.',
    livePreview: 'معاينة مباشرة',
    exportData: 'صدّر سيرتي الذاتية (ملف)',
    importData: 'استورد سيرة ذاتية',
    eraseData: 'امسح بياناتي',
    eraseConfirm: 'هل تريد مسح سيرتك الذاتية من هذا الجهاز؟ صدّرها أولًا إن أردت الاحتفاظ بها.',
    eraseYes: 'نعم، امسح',
    undoErase: 'تراجع عن المسح',
    eraseUndone: 'عادت سيرتك الذاتية وحُفظت من جديد على هذا الجهاز.',
    cancel: 'إلغاء',
    erased: 'تم مسح بياناتك من هذا الجهاز.',
    exported: 'تم تصدير سيرتك الذاتية إلى الملف {file} (مجلد التنزيلات).',
    imported: 'تم استيراد السيرة الذاتية.',
    importedIgnored: 'تم استيراد السيرة الذاتية. هذه المعلومات محفوظة لكنها لا تُعرض: {fields}.',
    importFailed: 'تعذّر استيراد هذا الملف: {reason}. لم تتغيّر سيرتك الذاتية.',
    quarantined: 'كانت سيرة ذاتية محفوظة على هذا الجهاز تالفة. وُضعت جانبًا ويمكنك تنزيلها.',
    downloadQuarantined: 'نزّل السيرة الذاتية التالفة',
    quota: 'لا توجد مساحة كافية على الجهاز: سيرتك الذاتية غير محفوظة. صدّرها إلى ملف حتى لا تضيع.',
    resumed: 'تم استرجاع سيرتك الذاتية المحفوظة على هذا الجهاز.',
    finish: 'إنهاء ومسح كل شيء',
    finishConfirm: 'هل حفظت سيرتك الذاتية (PDF أو ملف)؟ بعد «إنهاء» ستُمسح من هذا الحاسوب.',
    finishYes: 'نعم، إنهاء ومسح',
    finished: 'انتهى: تم مسح سيرتك الذاتية من هذا الحاسوب.',
    leaveWarning: 'ستُمسح سيرتك الذاتية من هذا الحاسوب المشترك.',
    colorBleu: 'أزرق',
    colorVert: 'أخضر',
    colorBordeaux: 'عنابي',
    colorViolet: 'بنفسجي',
    colorPetrole: 'أزرق بترولي',
    colorGris: 'رمادي',
  },
};
