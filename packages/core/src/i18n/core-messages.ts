import type { Messages } from './i18n.js';

/** UI strings shared by every prototype (loading, errors, read-aloud, storage, kiosk). */
export type CoreKey =
  | 'loading'
  | 'loadingSlow'
  | 'fetchErrorTitle'
  | 'fetchNetwork'
  | 'fetchHttp'
  | 'fetchNotFound'
  | 'retry'
  | 'emptyTitle'
  | 'emptyHelp'
  | 'invalidTitle'
  | 'invalidIntro'
  | 'invalidMore'
  | 'invalidHint'
  | 'readAloud'
  | 'stopReading'
  | 'easyRead'
  | 'newTab'
  | 'exportData'
  | 'importData'
  | 'eraseData'
  | 'erased'
  | 'imported'
  | 'importFailed'
  | 'quarantined'
  | 'quota'
  | 'kioskWarning'
  | 'kioskContinue'
  | 'kioskDone';

export const coreMessages: Messages<CoreKey> = {
  fr: {
    loading: 'Chargement du contenu…',
    loadingSlow: 'Le chargement prend plus de temps que prévu. Vérifiez la connexion internet.',
    fetchErrorTitle: "Le contenu n'a pas pu être chargé",
    fetchNetwork: 'La connexion a échoué. Vérifiez la connexion internet, puis réessayez.',
    fetchHttp: 'Le serveur a répondu par une erreur ({status}). Réessayez dans un moment.',
    fetchNotFound:
      "Le fichier de contenu est introuvable (erreur 404). Vérifiez l'adresse indiquée dans l'attribut src.",
    retry: 'Réessayer',
    emptyTitle: 'Aucun contenu à afficher',
    emptyHelp:
      'Indiquez un fichier de contenu : attribut src="mon-contenu.json", propriété content, ou bloc <script type="application/json"> dans l\'élément.',
    invalidTitle: 'Ce contenu ne peut pas s’afficher',
    invalidIntro: {
      one: 'Le fichier de contenu contient {count} erreur. Voici où elle se trouve et quoi changer :',
      other:
        'Le fichier de contenu contient {count} erreurs. Voici où elles se trouvent et quoi changer :',
    },
    invalidMore: {
      one: '… et {count} autre erreur, visible dans la console du navigateur (touche F12).',
      other: '… et {count} autres erreurs, visibles dans la console du navigateur (touche F12).',
    },
    invalidHint:
      'Les numéros commencent à 0 : questions[0] est la première question, questions[1] la deuxième.',
    readAloud: 'Écouter',
    stopReading: 'Arrêter la lecture',
    easyRead: 'Facile à lire',
    newTab: '(ouvre un nouvel onglet)',
    exportData: 'Télécharger mes données',
    importData: 'Reprendre depuis un fichier',
    eraseData: 'Effacer mes données',
    erased: 'Vos données ont été effacées de cet appareil.',
    imported: 'Vos données ont été reprises depuis le fichier.',
    importFailed: "Ce fichier n'a pas pu être repris : {reason}. Rien n'a été modifié.",
    quarantined:
      'Des données enregistrées sur cet appareil étaient abîmées. Elles ont été mises de côté et ne sont pas utilisées.',
    quota: "L'appareil n'a plus de place : vos réponses ne sont pas enregistrées.",
    kioskWarning: {
      one: "Personne n'utilise l'écran ? Il sera remis à zéro dans {count} seconde.",
      other: "Personne n'utilise l'écran ? Il sera remis à zéro dans {count} secondes.",
    },
    kioskContinue: 'Je suis là, continuer',
    kioskDone: "L'écran a été remis à zéro pour la personne suivante.",
  },
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./core-messages.en.js').then((m) => m.default),
    ar: () => import('./core-messages.ar.js').then((m) => m.default),
  },
};
