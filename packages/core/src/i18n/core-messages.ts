import type { PanelKey } from '../element/panels.js';
import type { SetAsideKey } from '../storage/data-tools.js';
import type { Catalog, Messages } from './i18n.js';

/** UI strings shared by every prototype (loading, errors, read-aloud, storage, kiosk). */
export type CoreKey =
  | PanelKey
  | SetAsideKey
  | 'loading'
  | 'loadingSlow'
  | 'fetchErrorTitle'
  | 'fetchNetwork'
  | 'fetchHttp'
  | 'fetchNotFound'
  | 'retry'
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
  | 'storageFailed'
  | 'kioskWarning'
  | 'kioskContinue'
  | 'kioskDone'
  | 'invalidTitle';

export const coreMessages: Messages<CoreKey> = {
  // The texts of the empty and wrong-file panels join on first need (`panelsFr`, panels.ts); those
  // of the copies set aside travel with the storage code (`setAsideFr`, data-tools.ts).
  fr: {
    loading: 'Chargement du contenu…',
    loadingSlow: 'Le chargement prend plus de temps que prévu. Vérifiez la connexion internet.',
    fetchErrorTitle: "Le contenu n'a pas pu être chargé",
    fetchNetwork: 'La connexion a échoué. Vérifiez la connexion internet, puis réessayez.',
    fetchHttp: 'Le serveur a répondu par une erreur ({status}). Réessayez dans un moment.',
    fetchNotFound:
      "Le fichier de contenu est introuvable (erreur 404). Vérifiez l'adresse indiquée dans l'attribut src.",
    retry: 'Réessayer',
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
      'Des données enregistrées sur cet appareil étaient abîmées : elles sont gardées, mais pas utilisées.',
    quota: "L'appareil n'a plus de place : vos réponses ne sont pas enregistrées.",
    storageFailed:
      "L'enregistrement sur cet appareil n'a pas pu démarrer (connexion ?) : vos réponses ne seront pas gardées.",
    kioskWarning: {
      one: "Personne n'utilise l'écran ? Il sera remis à zéro dans {count} seconde.",
      other: "Personne n'utilise l'écran ? Il sera remis à zéro dans {count} secondes.",
    },
    kioskContinue: 'Je suis là, continuer',
    kioskDone: "L'écran a été remis à zéro pour la personne suivante.",
    invalidTitle: 'Ce contenu ne peut pas s’afficher',
  } satisfies Catalog<Exclude<CoreKey, PanelKey | SetAsideKey>> as Catalog<CoreKey>,
  // English and Arabic are separate files, fetched only by pages in those languages (ADR 0012).
  load: {
    en: () => import('./core-messages.en.js').then((m) => m.default),
    ar: () => import('./core-messages.ar.js').then((m) => m.default),
  },
};
