/**
 * The sentences of the agenda's own rules (schema.ts reports `§key` + parameters). A worker sees
 * them in the error panel when a file is wrong; a page whose files are valid never downloads them
 * (`*.lazy.ts`, docs/decisions/0014). Node scripts and tests pass them to
 * `validateContent(…, { texts: agendaTexts })`.
 */
import type { Texts } from '@quartiers-douai/core';

const q = (v: unknown) => `« ${String(v)} »`;

export const agendaTexts: Texts = {
  dateTime: () =>
    'date et heure invalides : écrivez l\'année, le mois, le jour, un T puis l\'heure, heure de Paris (par exemple "2027-03-09T18:00")',
  email: () => 'adresse e-mail invalide : écrivez-la en entier (par exemple "accueil@centre.fr")',
  centreUnknown: (p) =>
    `le centre ${q(p.centre)} n'existe pas dans "centres" de ce fichier : écrivez l'identifiant d'un de ses centres (${String(p.ids)})`,
  endBeforeStart: (p) =>
    `la fin (${String(p.end)}) doit venir après le début (${String(p.start)}) : corrigez "end" ou "start"`,
  rruleFreq: (p) =>
    `la répétition doit commencer par "FREQ=WEEKLY" (chaque semaine) ou "FREQ=MONTHLY" (chaque mois)${p.freq ? `, pas ${q(p.freq)}` : ''}`,
  rrulePart: (p) =>
    `la partie ${q(p.part)} de la répétition n'est pas comprise : utilisez FREQ, INTERVAL, BYDAY, UNTIL ou COUNT, séparés par des ; (par exemple "FREQ=WEEKLY;BYDAY=TU")`,
  rruleByday: (p) =>
    `le jour ${q(p.value)} n'est pas compris : écrivez MO, TU, WE, TH, FR, SA ou SU, et pour une répétition chaque mois un rang devant (2TU : le 2e mardi, -1FR : le dernier vendredi)`,
  rruleEnd: () =>
    'la répétition a UNTIL et COUNT : gardez soit UNTIL (la date de fin), soit COUNT (le nombre de fois)',
  rruleNumber: (p) =>
    `${q(p.part)} : écrivez un nombre entier à partir de 1, sans espace (par exemple "COUNT=6")`,
  rruleUntil: (p) =>
    `la date de fin ${q(p.value)} n'est pas comprise : écrivez-la sous la forme AAAAMMJJ (par exemple "UNTIL=20270427")`,
};

export default agendaTexts;
