import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-tuto-maker>`. */
export type MakerKey =
  | 'makerTitle'
  | 'makerIntro'
  | 'saved'
  | 'notSaved'
  | 'resumedDraft'
  | 'about'
  | 'fTitle'
  | 'fTitleHint'
  | 'fSummary'
  | 'fSummaryHint'
  | 'fEasy'
  | 'fEasyHint'
  | 'fAuthor'
  | 'fAuthorHint'
  | 'fCentre'
  | 'fLevel'
  | 'debutant'
  | 'intermediaire'
  | 'avance'
  | 'fDuration'
  | 'fMaterials'
  | 'fMaterialsHint'
  | 'fTags'
  | 'fTagsHint'
  | 'fLicence'
  | 'fLicenceHint'
  | 'optional'
  | 'stepsTitle'
  | 'stepN'
  | 'fStepTitle'
  | 'fStepText'
  | 'fStepTextHint'
  | 'fStepEasy'
  | 'photo'
  | 'takePhoto'
  | 'choosePhoto'
  | 'removePhoto'
  | 'fAlt'
  | 'fAltHint'
  | 'photoBusy'
  | 'photoAdded'
  | 'photoError'
  | 'voice'
  | 'record'
  | 'stopRecord'
  | 'recording'
  | 'chooseAudio'
  | 'removeAudio'
  | 'noRecorder'
  | 'micRefused'
  | 'audioAdded'
  | 'audioError'
  | 'fTranscript'
  | 'fTranscriptHint'
  | 'up'
  | 'down'
  | 'remove'
  | 'ofStep'
  | 'moved'
  | 'removedStep'
  | 'undo'
  | 'restoredStep'
  | 'addStep'
  | 'maxSteps'
  | 'preview'
  | 'closePreview'
  | 'export'
  | 'exported'
  | 'open'
  | 'opened'
  | 'openFailed'
  | 'confirmOpen'
  | 'yesOpen'
  | 'eraseAll'
  | 'confirmErase'
  | 'yesErase'
  | 'cancel'
  | 'erasedDraft'
  | 'errorsTitle'
  | 'errTitle'
  | 'errSummary'
  | 'errAuthor'
  | 'errDuration'
  | 'errStepTitle'
  | 'errStepText'
  | 'errAlt'
  | 'errTranscript';

export const makerMessages: Messages<MakerKey> = {
  fr: {
    makerTitle: 'Créer un tuto',
    makerIntro:
      'Montrez pas à pas ce que vous savez faire : une photo, quelques phrases, et votre voix si vous voulez. Tout reste sur cet appareil jusqu’à ce que vous exportiez le fichier.',
    saved: 'Brouillon enregistré sur cet appareil.',
    notSaved:
      'Le brouillon n’est pas gardé sur cet appareil : exportez le fichier avant de partir.',
    resumedDraft: 'Votre brouillon a été repris.',
    about: 'Le tuto',
    fTitle: 'Titre',
    fTitleHint: 'Ce qu’on apprend, par exemple « Scanner un document avec son téléphone ».',
    fSummary: 'En quelques mots',
    fSummaryHint: 'Ce qu’on saura faire à la fin.',
    fEasy: 'En facile à lire',
    fEasyHint: 'Des mots simples, une idée par phrase.',
    fAuthor: 'Votre prénom ou un pseudo',
    fAuthorHint: 'Pas de nom de famille, pas d’adresse e-mail ni de téléphone.',
    fCentre: 'Centre social',
    fLevel: 'Niveau',
    debutant: 'Débutant',
    intermediaire: 'Intermédiaire',
    avance: 'Avancé',
    fDuration: 'Durée, en minutes',
    fMaterials: 'Ce qu’il faut',
    fMaterialsHint: 'Une chose par ligne : « Un téléphone », « Le wifi »…',
    fTags: 'Thèmes',
    fTagsHint: 'Séparés par des virgules : téléphone, démarches.',
    fLicence: 'Licence',
    fLicenceHint:
      'CC BY-SA 4.0 : chacun peut copier et adapter votre tuto, en disant qu’il vient de vous.',
    optional: '(facultatif)',
    stepsTitle: 'Les étapes',
    stepN: 'Étape {n}',
    fStepTitle: 'Titre de l’étape',
    fStepText: 'Ce qu’il faut faire',
    fStepTextHint:
      'Des phrases courtes. **gras** pour un mot important ; une ligne qui commence par « - » fait une liste.',
    fStepEasy: 'En facile à lire',
    photo: 'Photo',
    takePhoto: 'Prendre une photo',
    choosePhoto: 'Choisir une image',
    removePhoto: 'Retirer la photo',
    fAlt: 'Ce que montre la photo',
    fAltHint:
      'Pour les personnes qui ne voient pas l’image : ce qui est important, par exemple « Le bouton Scanner, en bas de l’écran ». Inutile d’écrire « photo de ».',
    photoBusy: 'Préparation de la photo…',
    photoAdded: 'Photo ajoutée à l’étape {n}. Décrivez-la.',
    photoError: 'Cette image n’a pas pu être lue : essayez une photo JPEG ou PNG.',
    voice: 'Voix',
    record: 'Enregistrer ma voix',
    stopRecord: 'Arrêter l’enregistrement',
    recording: 'Enregistrement en cours…',
    chooseAudio: 'Choisir un fichier son',
    removeAudio: 'Retirer le son',
    noRecorder:
      'Ce navigateur ne permet pas d’enregistrer ici. Vous pouvez choisir un son enregistré avec le téléphone.',
    micRefused:
      'Le micro n’est pas autorisé. Autorisez-le dans les réglages du navigateur, ou choisissez un fichier son.',
    audioAdded: 'Son ajouté à l’étape {n}. Écrivez ce qui est dit.',
    audioError: 'Ce son n’a pas pu être ajouté : choisissez un fichier son de moins de {max} Mo.',
    fTranscript: 'Ce qui est dit',
    fTranscriptHint: 'Obligatoire avec un son : les personnes qui n’entendent pas le liront.',
    up: 'Monter',
    down: 'Descendre',
    remove: 'Supprimer',
    ofStep: 'l’étape {n}',
    moved: 'Étape déplacée : c’est maintenant l’étape {n} sur {total}.',
    removedStep: 'Étape {n} supprimée.',
    undo: 'Annuler la suppression',
    restoredStep: 'Étape {n} remise.',
    addStep: 'Ajouter une étape',
    maxSteps: 'Un tuto a {max} étapes au plus : pour aller plus loin, faites-en un deuxième.',
    preview: 'Aperçu',
    closePreview: 'Fermer l’aperçu',
    export: 'Exporter le tuto',
    exported: 'Fichier « {file} » prêt : envoyez-le au centre, ou gardez-le.',
    open: 'Ouvrir un fichier de tuto',
    opened: 'Tuto « {title} » ouvert.',
    confirmOpen:
      'Ouvrir « {title} » remplace le tuto en cours sur cet appareil. Pour le garder, exportez-le d’abord.',
    yesOpen: 'Oui, ouvrir ce tuto',
    openFailed: 'Ce fichier n’est pas un tuto : {reason}. Rien n’a été modifié.',
    eraseAll: 'Tout effacer',
    confirmErase: 'Effacer ce tuto de cet appareil ? Ce n’est pas réversible.',
    yesErase: 'Oui, tout effacer',
    cancel: 'Annuler',
    erasedDraft: 'Le tuto a été effacé de cet appareil.',
    errorsTitle: {
      one: 'Avant d’exporter, il reste {count} chose à compléter :',
      other: 'Avant d’exporter, il reste {count} choses à compléter :',
    },
    errTitle: 'Écrivez un titre.',
    errSummary: 'Écrivez en quelques mots ce qu’on apprend.',
    errAuthor: 'Un prénom ou un pseudo seulement (40 caractères au plus, sans chiffres ni @).',
    errDuration: 'Écrivez un nombre de minutes, de 1 à 600.',
    errStepTitle: 'Étape {n} : donnez un titre.',
    errStepText: 'Étape {n} : écrivez ce qu’il faut faire.',
    errAlt: 'Étape {n} : décrivez ce que montre la photo.',
    errTranscript: 'Étape {n} : écrivez ce qui est dit dans le son.',
  },
  load: {
    en: () => import('./maker-messages.en.js').then((m) => m.default),
    ar: () => import('./maker-messages.ar.js').then((m) => m.default),
  },
};
