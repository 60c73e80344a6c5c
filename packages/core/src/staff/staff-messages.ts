/**
 * The staff panel's own texts, in the three languages (they come with the panel's code: residents
 * never download them). A prototype's panel gives its own texts first (`StaffPanel.messages`):
 * what the box holds, what emptying it means, and any wording of its own for the keys below.
 */
import type { Messages } from '../i18n/i18n.js';

const fr = {
  staffTitle: 'Espace équipe',
  staffClose: "Fermer l'espace équipe",
  pinLabel: "Code de l'équipe",
  pinSubmit: 'Ouvrir',
  pinWrong: 'Code incorrect. Réessayez.',
  cancel: 'Annuler',
  csvSeparator: 'Séparateur du fichier CSV',
  comma: 'Virgule (standard)',
  semicolon: 'Point-virgule (Excel en français)',
  exportCsv: 'Télécharger le tableau (CSV)',
  exportJson: 'Télécharger les données (JSON)',
};

export type StaffKey = keyof typeof fr;

export const staffMessages: Messages<StaffKey> = {
  fr,
  en: {
    staffTitle: 'Staff area',
    staffClose: 'Close the staff area',
    pinLabel: 'Staff code',
    pinSubmit: 'Open',
    pinWrong: 'Wrong code. Try again.',
    cancel: 'Cancel',
    csvSeparator: 'CSV file separator',
    comma: 'Comma (standard)',
    semicolon: 'Semicolon (French Excel)',
    exportCsv: 'Download the table (CSV)',
    exportJson: 'Download the data (JSON)',
  },
  ar: {
    staffTitle: 'فضاء الفريق',
    staffClose: 'أغلق فضاء الفريق',
    pinLabel: 'رمز الفريق',
    pinSubmit: 'افتح',
    pinWrong: 'الرمز غير صحيح. أعد المحاولة.',
    cancel: 'إلغاء',
    csvSeparator: 'فاصل ملف CSV',
    comma: 'فاصلة (قياسي)',
    semicolon: 'فاصلة منقوطة (Excel بالفرنسية)',
    exportCsv: 'تنزيل الجدول (CSV)',
    exportJson: 'تنزيل البيانات (JSON)',
  },
};
