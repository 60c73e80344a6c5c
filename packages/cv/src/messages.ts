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
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./cv-text.en.js').then((m) => m.cvText),
    ar: () => import('./cv-text.ar.js').then((m) => m.cvText),
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
  | 'discardQuarantined'
  | 'quarantineHeld'
  | 'quarantineErased'
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
    discardQuarantined: 'Effacer le CV abîmé',
    quarantineHeld:
      'Un CV enregistré sur cet appareil est abîmé, et l’appareil n’a plus de place pour le mettre de côté : il reste à sa place, n’est pas utilisé, et rien n’est enregistré par-dessus. Téléchargez-le pour le montrer à un animateur, puis effacez-le ; d’ici là, votre CV n’est pas enregistré : exportez-le dans un fichier pour ne pas le perdre.',
    quarantineErased: 'Le CV abîmé a été effacé de cet appareil.',
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
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./messages.en.js').then((m) => m.builder),
    ar: () => import('./messages.ar.js').then((m) => m.builder),
  },
};
