/**
 * The staff panel of a centre tablet (`storage="local"` + `staff-pin`), a *part* of the CDN bundle
 * (docs/decisions/0016): the kit's staff panel (`@quartiers-douai/core/staff-panel`: the code, the
 * separator, the download, emptying after a confirmation) showing the anonymous counts of this
 * device (area × level), their CSV export, and « Remettre les compteurs à zéro ». `<qd-autodiag>`
 * fetches it when someone presses « Espace équipe » (`StaffPanelController`): residents never
 * download it.
 */
import { defineElement, richTextToPlain, type Messages } from '@quartiers-douai/core';
import { StaffPanel, type StaffExport, type StaffTable } from '@quartiers-douai/core/staff-panel';
import { html } from 'lit';
import type { AutodiagContent } from '../schema.js';
import type { Counts } from '../aggregate.js';

/** What the panel shows, read from `<qd-autodiag>` at each of its renders. */
export interface StaffView {
  content: AutodiagContent;
  counts: Counts;
}

type AutodiagStaffKey = keyof typeof fr;

const fr = {
  countsCaption: 'Niveaux atteints sur cet appareil (aucune réponse individuelle gardée)',
  done: {
    one: '{count} autodiagnostic terminé sur cet appareil.',
    other: '{count} autodiagnostics terminés sur cet appareil.',
  },
  colArea: 'Domaine',
  colLevel: 'Niveau',
  colCount: 'Personnes',
  notEvaluated: 'Pas encore évalué',
  empty: 'Remettre les compteurs à zéro',
  emptyConfirm:
    "Remettre à zéro les compteurs de cet appareil ? Téléchargez d'abord le tableau : ils ne pourront pas être récupérés.",
  emptyYes: 'Oui, remettre à zéro',
  emptied: 'Les compteurs de cet appareil ont été remis à zéro.',
};

/**
 * The self-check's own texts of the panel, in the three languages (core's panel has the rest:
 * the code, the separator, « Télécharger le tableau (CSV) », « Fermer l'espace équipe »).
 */
export const autodiagStaffMessages: Messages<AutodiagStaffKey> = {
  fr,
  en: {
    countsCaption: 'Levels reached on this device (no individual answer kept)',
    done: {
      one: '{count} self-check completed on this device.',
      other: '{count} self-checks completed on this device.',
    },
    colArea: 'Area',
    colLevel: 'Level',
    colCount: 'People',
    notEvaluated: 'Not assessed yet',
    empty: 'Reset the counts',
    emptyConfirm:
      'Reset the counts of this device? Download the table first: they cannot be recovered.',
    emptyYes: 'Yes, reset',
    emptied: 'The counts of this device have been reset.',
  },
  ar: {
    countsCaption: 'المستويات على هذا الجهاز (بدون أي إجابة فردية)',
    done: 'عدد التقييمات المنتهية على هذا الجهاز: {count}.',
    colArea: 'المجال',
    colLevel: 'المستوى',
    colCount: 'الأشخاص',
    notEvaluated: 'لم يُقيَّم بعد',
    empty: 'إعادة العدادات إلى الصفر',
    emptyConfirm:
      'هل تريد إعادة عدادات هذا الجهاز إلى الصفر؟ نزّل الجدول أولًا: لا يمكن استرجاعها بعد ذلك.',
    emptyYes: 'نعم، أعد إلى الصفر',
    emptied: 'تمت إعادة عدادات هذا الجهاز إلى الصفر.',
  },
};

/**
 * One row per area and level, in the content's order, then "pas encore évalué", then any level
 * the counts hold that the content no longer has (by its id): `[area, level, count]`, the count
 * a number.
 */
export function countRows(
  c: AutodiagContent,
  counts: Counts,
  notEvaluated: string,
): Array<[string, string, number]> {
  const rows: Array<[string, string, number]> = [];
  for (const area of c.areas) {
    const row = counts.counts[area.id] ?? {};
    const levels = area.levels ?? c.levels;
    const label = richTextToPlain(area.label);
    const known = new Set(levels.map((l) => l.id));
    for (const l of levels) rows.push([label, richTextToPlain(l.label), row[l.id] ?? 0]);
    rows.push([label, notEvaluated, row['-'] ?? 0]);
    for (const [k, n] of Object.entries(row))
      if (k !== '-' && !known.has(k)) rows.push([label, k, n]);
  }
  return rows;
}

/**
 * The staff panel of `<qd-autodiag>`.
 *
 * @internal Rendered by `<qd-autodiag>` only.
 */
export default class QdAutodiagStaff extends StaffPanel<StaffView> {
  protected override readonly messages = autodiagStaffMessages as Messages<string>;

  /** How many self-checks this device counted (each one counts once in every area). */
  private done(v: StaffView): number {
    const first = v.content.areas[0]?.id ?? '';
    return Object.values(v.counts.counts[first] ?? {}).reduce((a, b) => a + b, 0);
  }

  private head(): string[] {
    return [this.t('colArea'), this.t('colLevel'), this.t('colCount')];
  }

  private rows(v: StaffView): Array<[string, string, number]> {
    return countRows(v.content, v.counts, this.t('notEvaluated'));
  }

  protected override renderFacts(v: StaffView): unknown {
    return html`<p>${this.t('done', { count: this.done(v) })}</p>`;
  }

  protected override table(v: StaffView): StaffTable {
    return { caption: this.t('countsCaption'), head: this.head(), rows: this.rows(v) };
  }

  protected override exports(v: StaffView): StaffExport[] {
    return [
      {
        label: this.t('exportCsv'),
        file: `${v.content.id}-compteurs.csv`,
        csv: () => [this.head(), ...this.rows(v)],
      },
    ];
  }
}

defineElement('qd-autodiag-staff', QdAutodiagStaff);

declare global {
  interface HTMLElementTagNameMap {
    'qd-autodiag-staff': QdAutodiagStaff;
  }
}
