/**
 * The staff area of a kiosk vote, core's `StaffPanel` (docs/decisions/0021) with what the vote
 * adds: the count by film (most votes first), its CSV and JSON downloads, emptying the box. A part
 * of the bundle, fetched when someone opens « Espace de l’équipe »: the audience never downloads
 * it.
 */
import { defineElement, type Messages } from '@quartiers-douai/core';
import { StaffPanel, type StaffExport, type StaffTable } from '@quartiers-douai/core/staff-panel';
import type { FestivalContent } from '../schema.js';
import type { Tally } from './guard.js';

/** What the vote shows its staff, read at each of its renders. */
export interface VoteStaffView {
  festival: FestivalContent;
  tally: Tally;
}

export interface Row {
  id: string;
  title: string;
  votes: number;
}

/** The films with their votes, most votes first. */
export const rowsOf = (c: FestivalContent, t: Tally): Row[] =>
  c.films
    .map((f) => ({ id: f.id, title: f.title, votes: t.votes[f.id] ?? 0 }))
    .sort((a, b) => b.votes - a.votes);

const fr = {
  staffTitle: 'Espace de l’équipe',
  openTitle: 'Décompte des votes',
  pinLabel: 'Code de l’équipe',
  pinWrong: 'Ce code n’est pas le bon.',
  film: 'Film',
  votes: 'Votes',
  total: { one: '{count} vote en tout', other: '{count} votes en tout' },
  exportCsv: 'Télécharger le décompte (CSV)',
  exportJson: 'Télécharger le décompte (JSON)',
  empty: 'Vider l’urne',
  emptyConfirm:
    'Vider l’urne ? Téléchargez d’abord le décompte : les votes ne pourront pas être récupérés.',
  emptyYes: 'Oui, vider l’urne (les votes seront perdus)',
  emptied: 'L’urne est vide.',
  staffClose: 'Fermer l’espace de l’équipe',
};

/** The vote's texts of the panel, in the three languages (core has the rest). */
export const voteStaffMessages: Messages<keyof typeof fr> = {
  fr,
  en: {
    staffTitle: 'Staff area',
    openTitle: 'Vote count',
    pinLabel: 'Staff code',
    pinWrong: 'This code is not the right one.',
    film: 'Film',
    votes: 'Votes',
    total: { one: '{count} vote in all', other: '{count} votes in all' },
    exportCsv: 'Download the count (CSV)',
    exportJson: 'Download the count (JSON)',
    empty: 'Empty the ballot box',
    emptyConfirm: 'Empty the ballot box? Download the count first: the votes cannot be recovered.',
    emptyYes: 'Yes, empty the box (the votes will be lost)',
    emptied: 'The ballot box is empty.',
    staffClose: 'Close the staff area',
  },
  ar: {
    staffTitle: 'فضاء الفريق',
    openTitle: 'عدد الأصوات',
    pinLabel: 'رمز الفريق',
    pinWrong: 'هذا الرمز غير صحيح.',
    film: 'الفيلم',
    votes: 'الأصوات',
    total: { one: 'صوت واحد في المجموع', other: '{count} صوتًا في المجموع' },
    exportCsv: 'تنزيل العدد (CSV)',
    exportJson: 'تنزيل العدد (JSON)',
    empty: 'إفراغ الصندوق',
    emptyConfirm: 'هل تريد إفراغ الصندوق؟ نزّل العدد أولًا: لا يمكن استرجاع الأصوات بعد ذلك.',
    emptyYes: 'نعم، أفرغ الصندوق (ستضيع الأصوات)',
    emptied: 'الصندوق فارغ.',
    staffClose: 'إغلاق فضاء الفريق',
  },
};

/** @internal The vote's staff panel (no shadow root: it lives in the vote's). */
export default class QdVoteStaff extends StaffPanel<VoteStaffView> {
  protected override readonly messages = voteStaffMessages;
  /** The count's CSV is for French Excel (`;`), as it always was. */
  protected override separators = false;

  protected override table(v: VoteStaffView): StaffTable {
    const rows = rowsOf(v.festival, v.tally);
    return {
      caption: this.t('total', { count: rows.reduce((n, r) => n + r.votes, 0) }),
      head: [this.t('film'), this.t('votes')],
      rows: rows.map((r) => [r.title, r.votes]),
      rowHeaders: true,
    };
  }

  protected override exports(v: VoteStaffView): StaffExport[] {
    const c = v.festival;
    const rows = rowsOf(c, v.tally);
    return [
      {
        label: this.t('exportCsv'),
        file: `vote-public-${c.id}.csv`,
        csv: () => [[this.t('film'), this.t('votes')], ...rows.map((r) => [r.title, r.votes])],
      },
      {
        label: this.t('exportJson'),
        file: `vote-public-${c.id}.json`,
        json: () => ({
          festival: c.id,
          title: c.title,
          total: rows.reduce((n, r) => n + r.votes, 0),
          votes: rows.map((r) => ({ film: r.id, title: r.title, votes: r.votes })),
        }),
      },
    ];
  }
}

defineElement('qd-audience-vote-staff', QdVoteStaff);

declare global {
  interface HTMLElementTagNameMap {
    'qd-audience-vote-staff': QdVoteStaff;
  }
}
