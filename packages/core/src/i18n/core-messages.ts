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
  en: {
    loading: 'Loading content…',
    loadingSlow: 'Loading is taking longer than expected. Check the internet connection.',
    fetchErrorTitle: 'The content could not be loaded',
    fetchNetwork: 'The connection failed. Check the internet connection, then try again.',
    fetchHttp: 'The server answered with an error ({status}). Try again in a moment.',
    fetchNotFound:
      'The content file was not found (error 404). Check the address in the src attribute.',
    retry: 'Try again',
    emptyTitle: 'No content to show',
    emptyHelp:
      'Give a content file: src="my-content.json" attribute, content property, or a <script type="application/json"> block inside the element.',
    invalidTitle: 'This content cannot be shown',
    invalidIntro: {
      one: 'The content file has {count} error. Here is where it is and what to change:',
      other: 'The content file has {count} errors. Here is where they are and what to change:',
    },
    invalidMore: {
      one: '… and {count} more error, shown in the browser console (F12 key).',
      other: '… and {count} more errors, shown in the browser console (F12 key).',
    },
    invalidHint: 'Numbers start at 0: questions[0] is the first question, questions[1] the second.',
    readAloud: 'Listen',
    stopReading: 'Stop reading',
    easyRead: 'Easy to read',
    newTab: '(opens a new tab)',
    exportData: 'Download my data',
    importData: 'Resume from a file',
    eraseData: 'Erase my data',
    erased: 'Your data has been erased from this device.',
    imported: 'Your data has been restored from the file.',
    importFailed: 'This file could not be used: {reason}. Nothing was changed.',
    quarantined:
      'Some data saved on this device was damaged. It has been set aside and is not used.',
    quota: 'This device is out of space: your answers are not being saved.',
    kioskWarning: {
      one: 'Is anyone there? The screen will reset in {count} second.',
      other: 'Is anyone there? The screen will reset in {count} seconds.',
    },
    kioskContinue: "I'm here, continue",
    kioskDone: 'The screen has been reset for the next person.',
  },
  ar: {
    loading: 'جارٍ تحميل المحتوى…',
    loadingSlow: 'التحميل يستغرق وقتًا أطول من المتوقع. تحقّق من الاتصال بالإنترنت.',
    fetchErrorTitle: 'تعذّر تحميل المحتوى',
    fetchNetwork: 'فشل الاتصال. تحقّق من الاتصال بالإنترنت ثم أعد المحاولة.',
    fetchHttp: 'ردّ الخادم بخطأ ({status}). أعد المحاولة بعد قليل.',
    fetchNotFound: 'ملف المحتوى غير موجود (خطأ 404). تحقّق من العنوان في السمة src.',
    retry: 'أعد المحاولة',
    emptyTitle: 'لا يوجد محتوى لعرضه',
    readAloud: 'استمع',
    stopReading: 'أوقف القراءة',
    easyRead: 'نص سهل القراءة',
    newTab: '(يفتح في علامة تبويب جديدة)',
    exportData: 'تنزيل بياناتي',
    importData: 'الاستئناف من ملف',
    eraseData: 'امسح بياناتي',
    erased: 'تم مسح بياناتك من هذا الجهاز.',
    imported: 'تمت استعادة بياناتك من الملف.',
    importFailed: 'تعذّر استخدام هذا الملف: {reason}. لم يتغيّر شيء.',
    quarantined: 'بعض البيانات المحفوظة على هذا الجهاز كانت تالفة. تم وضعها جانبًا ولا تُستخدم.',
    quota: 'لا توجد مساحة كافية على الجهاز: لا يتم حفظ إجاباتك.',
    kioskWarning: {
      zero: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة الآن.',
      one: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال ثانية واحدة.',
      two: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال ثانيتين.',
      few: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال {count} ثوانٍ.',
      other: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال {count} ثانية.',
    },
    kioskContinue: 'أنا هنا، تابع',
    kioskDone: 'تمت إعادة ضبط الشاشة للشخص التالي.',
  },
};
