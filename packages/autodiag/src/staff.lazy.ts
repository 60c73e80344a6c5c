/**
 * The staff panel of a centre tablet (`storage="local"` + `staff-pin`): the anonymous counts of
 * this device (area × level), their CSV export and emptying them. Loaded on demand
 * (docs/decisions/0012) when someone presses "Espace équipe": residents never download it. It has
 * no runtime import of lit, zod or core's index (they would be copied a second time): the element
 * gives it what it needs; only core's dependency-free `save-file` and `csv` are imported.
 */
import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { Locale, Messages, Params, translate as coreTranslate } from '@quartiers-douai/core';
import { saveFile } from '@quartiers-douai/core/save-file';
import { csvFile, type CsvSeparator as Separator } from '@quartiers-douai/core/csv';
import type { AutodiagContent } from './schema.js';
import type { Counts } from './aggregate.js';

type StaffKey = keyof typeof fr;

const fr = {
  staffTitle: 'Espace équipe',
  staffClose: "Fermer l'espace équipe",
  pinLabel: "Code de l'équipe",
  pinSubmit: 'Ouvrir',
  pinWrong: 'Code incorrect. Réessayez.',
  cancel: 'Annuler',
  countsCaption: 'Niveaux atteints sur cet appareil (aucune réponse individuelle gardée)',
  done: {
    one: '{count} autodiagnostic terminé sur cet appareil.',
    other: '{count} autodiagnostics terminés sur cet appareil.',
  },
  colArea: 'Domaine',
  colLevel: 'Niveau',
  colCount: 'Personnes',
  notEvaluated: 'Pas encore évalué',
  csvSeparator: 'Séparateur du fichier CSV',
  comma: 'Virgule (standard)',
  semicolon: 'Point-virgule (Excel en français)',
  exportCsv: 'Télécharger le tableau (CSV)',
  empty: 'Remettre les compteurs à zéro',
  emptyConfirm:
    "Remettre à zéro les compteurs de cet appareil ? Téléchargez d'abord le tableau : ils ne pourront pas être récupérés.",
  emptyYes: 'Oui, remettre à zéro',
  emptied: 'Les compteurs de cet appareil ont été remis à zéro.',
};

/** The panel's texts, in the three languages (only staff ever download them). */
export const staffMessages: Messages<StaffKey> = {
  fr,
  en: {
    staffTitle: 'Staff area',
    staffClose: 'Close the staff area',
    pinLabel: 'Staff code',
    pinSubmit: 'Open',
    pinWrong: 'Wrong code. Try again.',
    cancel: 'Cancel',
    countsCaption: 'Levels reached on this device (no individual answer kept)',
    done: {
      one: '{count} self-check completed on this device.',
      other: '{count} self-checks completed on this device.',
    },
    colArea: 'Area',
    colLevel: 'Level',
    colCount: 'People',
    notEvaluated: 'Not assessed yet',
    csvSeparator: 'CSV file separator',
    comma: 'Comma (standard)',
    semicolon: 'Semicolon (French Excel)',
    exportCsv: 'Download the table (CSV)',
    empty: 'Reset the counts',
    emptyConfirm:
      'Reset the counts of this device? Download the table first: they cannot be recovered.',
    emptyYes: 'Yes, reset',
    emptied: 'The counts of this device have been reset.',
  },
  ar: {
    staffTitle: 'فضاء الفريق',
    staffClose: 'أغلق فضاء الفريق',
    pinLabel: 'رمز الفريق',
    pinSubmit: 'افتح',
    pinWrong: 'الرمز غير صحيح. أعد المحاولة.',
    cancel: 'إلغاء',
    countsCaption: 'المستويات على هذا الجهاز (بدون أي إجابة فردية)',
    done: 'عدد التقييمات المنتهية على هذا الجهاز: {count}.',
    colArea: 'المجال',
    colLevel: 'المستوى',
    colCount: 'الأشخاص',
    notEvaluated: 'لم يُقيَّم بعد',
    csvSeparator: 'فاصل ملف CSV',
    comma: 'فاصلة (قياسي)',
    semicolon: 'فاصلة منقوطة (Excel بالفرنسية)',
    exportCsv: 'تنزيل الجدول (CSV)',
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
  toPlain: (s: string) => string,
): Array<[string, string, number]> {
  const rows: Array<[string, string, number]> = [];
  for (const area of c.areas) {
    const row = counts.counts[area.id] ?? {};
    const levels = area.levels ?? c.levels;
    const label = toPlain(area.label);
    const known = new Set(levels.map((l) => l.id));
    for (const l of levels) rows.push([label, toPlain(l.label), row[l.id] ?? 0]);
    rows.push([label, notEvaluated, row['-'] ?? 0]);
    for (const [k, n] of Object.entries(row))
      if (k !== '-' && !known.has(k)) rows.push([label, k, n]);
  }
  return rows;
}

/** What the element lends the panel (set once, when the panel is created). */
export interface StaffEnv {
  html: typeof litHtml;
  nothing: typeof litNothing;
  translate: typeof coreTranslate;
  /** Core's `richTextToPlain`. */
  toPlain: (richText: string) => string;
  requestUpdate: () => void;
  /** Moves the focus to `selector` after the next render. */
  focus: (selector: string) => void;
  /** Leaves the panel: back to the first screen. */
  close: () => void;
  /** Empties the counts of this device. */
  empty: () => void;
  announce: (text: string) => void;
}

/** What the panel shows, read by the element at each render. */
export interface StaffView {
  content: AutodiagContent;
  locale: Locale;
  staffPin: string | undefined;
  counts: Counts;
}

export class StaffPanel {
  private s = { open: false, pinError: false, confirm: false, separator: ',' as Separator };
  private view?: StaffView;

  constructor(private readonly env: StaffEnv) {}

  private t(key: StaffKey, params?: Params): string {
    return this.env.translate([staffMessages], this.view?.locale ?? 'fr', key, params);
  }

  private set(change: Partial<StaffPanel['s']>): void {
    this.s = { ...this.s, ...change };
    this.env.requestUpdate();
  }

  private onPin(e: Event): void {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input')!;
    const ok = !!this.view?.staffPin && input.value === this.view.staffPin;
    input.value = '';
    this.set({ open: ok, pinError: !ok });
    this.env.focus(ok ? '#staff-heading' : '#pin');
  }

  private rows(v: StaffView): Array<[string, string, number]> {
    return countRows(v.content, v.counts, this.t('notEvaluated'), this.env.toPlain);
  }

  private exportCsv(v: StaffView): void {
    const header = [this.t('colArea'), this.t('colLevel'), this.t('colCount')];
    saveFile(
      csvFile([header, ...this.rows(v)], this.s.separator),
      `${v.content.id}-compteurs.csv`,
      'text/csv;charset=utf-8',
    );
  }

  private button(label: string, onClick: () => void, kind = ''): TemplateResult {
    return this.env.html`<button type="button" class="qd-button ${kind}" @click=${onClick}>
      ${label}
    </button>`;
  }

  render(view: StaffView): TemplateResult {
    this.view = view;
    const { html, nothing } = this.env;
    const s = this.s;
    // The panel's own styles come with it: residents never download them.
    const style = html`<style>
      .qd-table {
        border-collapse: collapse;
      }
      .qd-table caption {
        font-weight: 700;
      }
      .qd-table caption,
      .qd-table :is(th, td) {
        text-align: start;
        padding: var(--_space);
      }
      .qd-table :is(th, td) {
        border: 1px solid var(--_border);
      }
      .qd-error {
        color: var(--_danger);
        font-weight: 600;
      }
      .qd-fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .qd-radio {
        display: flex;
        align-items: center;
        gap: var(--_space);
        min-block-size: var(--_target);
      }
      .qd-button--danger {
        background: var(--_danger);
        border-color: var(--_danger);
        color: var(--_bg);
      }
    </style>`;
    if (!s.open)
      return html`${style}
        <section part="staff" aria-labelledby="staff-heading">
          <h3 id="staff-heading" tabindex="-1">${this.t('staffTitle')}</h3>
          <form novalidate @submit=${(e: Event) => this.onPin(e)}>
            <p class="qd-field">
              <label for="pin">${this.t('pinLabel')}</label>
              <input
                id="pin"
                type="password"
                inputmode="numeric"
                autocomplete="off"
                aria-invalid=${s.pinError ? 'true' : 'false'}
                aria-describedby=${s.pinError ? 'pin-error' : nothing}
              />
            </p>
            ${s.pinError ? html`<p id="pin-error" class="qd-error" role="alert">${this.t('pinWrong')}</p>` : nothing}
            <div class="qd-actions">
              <button type="submit" class="qd-button qd-button--primary">
                ${this.t('pinSubmit')}
              </button>
              ${this.button(this.t('cancel'), this.env.close)}
            </div>
          </form>
        </section>`;
    const first = view.content.areas[0]?.id ?? '';
    const done = Object.values(view.counts.counts[first] ?? {}).reduce((a, b) => a + b, 0);
    return html`${style}
      <section part="staff" aria-labelledby="staff-heading">
        <h3 id="staff-heading" tabindex="-1">${this.t('staffTitle')}</h3>
        <p>${this.t('done', { count: done })}</p>
        <table class="qd-table">
          <caption>
            ${this.t('countsCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${this.t('colArea')}</th>
              <th scope="col">${this.t('colLevel')}</th>
              <th scope="col">${this.t('colCount')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.rows(view).map(
              ([area, level, n]) =>
                html`<tr>
                  <td>${area}</td>
                  <td>${level}</td>
                  <td>${n}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <fieldset class="qd-fieldset">
          <legend>${this.t('csvSeparator')}</legend>
          ${([',', ';'] as const).map(
            (sep) =>
              html`<label class="qd-radio">
                <input
                  type="radio"
                  name="separator"
                  .checked=${s.separator === sep}
                  @change=${() => this.set({ separator: sep })}
                />
                <span>${this.t(sep === ',' ? 'comma' : 'semicolon')}</span>
              </label>`,
          )}
        </fieldset>
        <div class="qd-actions">
          ${this.button(this.t('exportCsv'), () => this.exportCsv(view), 'qd-button--primary')}
          ${this.button(this.t('empty'), () => {
            this.set({ confirm: true });
            this.env.focus('#confirm-empty');
          })}
        </div>
        ${
          s.confirm
            ? html`<div class="qd-panel qd-panel--error">
                <p id="confirm-empty" tabindex="-1">${this.t('emptyConfirm')}</p>
                <div class="qd-actions">
                  ${this.button(
                    this.t('emptyYes'),
                    () => {
                      this.env.empty();
                      this.set({ confirm: false });
                      this.env.announce(this.t('emptied'));
                      this.env.focus('#staff-heading');
                    },
                    'qd-button--danger',
                  )}
                  ${this.button(this.t('cancel'), () => this.set({ confirm: false }))}
                </div>
              </div>`
            : nothing
        }
        <div class="qd-actions">${this.button(this.t('staffClose'), this.env.close)}</div>
      </section>`;
  }
}
