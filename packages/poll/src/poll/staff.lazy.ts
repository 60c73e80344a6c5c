/**
 * The staff panel of a kiosk poll (behind `staff-pin`): the code, the counts, the CSV/JSON
 * exports, the local results and emptying the box. Loaded on demand (docs/decisions/0012) when
 * someone presses "Espace équipe": residents never download it. Ordinary Lit code: it imports Lit
 * and core like any module, and the CDN build shares them with the poll's first file (ADR 0017).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  richTextToPlain,
  translate,
  type Locale,
  type Messages,
  type Params,
} from '@quartiers-douai/core';
import { localDay } from '../dates.js';
import type { PollContent } from '../schema.js';
import type { Box } from './device.js';
import { tableOf } from '../csv-table.js';
import { csvFile, type CsvSeparator as Separator } from '@quartiers-douai/core/csv';
import { saveFile } from '@quartiers-douai/core/save-file';

type StaffKey = keyof typeof fr;

const fr = {
  staffTitle: 'Espace équipe',
  staffClose: "Fermer l'espace équipe",
  pinLabel: "Code de l'équipe",
  pinSubmit: 'Ouvrir',
  pinWrong: 'Code incorrect. Réessayez.',
  cancel: 'Annuler',
  boxCount: {
    one: '{count} réponse gardée sur cet appareil.',
    other: '{count} réponses gardées sur cet appareil.',
  },
  boxOff:
    "Cet appareil ne garde pas les réponses (ajoutez l'attribut keep-ballots pour les garder).",
  outboxCount: {
    one: "{count} réponse en attente d'envoi.",
    other: "{count} réponses en attente d'envoi.",
  },
  sendNow: 'Envoyer maintenant',
  csvSeparator: 'Séparateur du fichier CSV',
  comma: 'Virgule (standard)',
  semicolon: 'Point-virgule (Excel en français)',
  exportCsv: 'Télécharger le tableau (CSV)',
  exportJson: 'Télécharger les données (JSON)',
  showResults: 'Voir les résultats',
  emptyBox: 'Vider les réponses de cet appareil',
  emptyConfirm: {
    one: "Effacer la réponse gardée sur cet appareil ? Téléchargez-la d'abord : elle ne pourra pas être récupérée.",
    other:
      "Effacer les {count} réponses gardées sur cet appareil ? Téléchargez-les d'abord : elles ne pourront pas être récupérées.",
  },
  emptyYes: 'Oui, effacer les réponses',
  boxEmptied: 'Les réponses gardées sur cet appareil ont été effacées.',
  rank: { one: '{count}er', other: '{count}e' },
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
    boxCount: {
      one: '{count} answer kept on this device.',
      other: '{count} answers kept on this device.',
    },
    boxOff: 'This device does not keep the answers (add the keep-ballots attribute to keep them).',
    outboxCount: {
      one: '{count} answer waiting to be sent.',
      other: '{count} answers waiting to be sent.',
    },
    sendNow: 'Send now',
    csvSeparator: 'CSV file separator',
    comma: 'Comma (standard)',
    semicolon: 'Semicolon (French Excel)',
    exportCsv: 'Download the table (CSV)',
    exportJson: 'Download the data (JSON)',
    showResults: 'Show the results',
    emptyBox: 'Empty the answers of this device',
    emptyConfirm: {
      one: 'Erase the answer kept on this device? Download it first: it cannot be recovered.',
      other:
        'Erase the {count} answers kept on this device? Download them first: they cannot be recovered.',
    },
    emptyYes: 'Yes, erase the answers',
    boxEmptied: 'The answers kept on this device have been erased.',
    rank: 'rank {count}',
  },
  ar: {
    staffTitle: 'فضاء الفريق',
    staffClose: 'أغلق فضاء الفريق',
    pinLabel: 'رمز الفريق',
    pinSubmit: 'افتح',
    pinWrong: 'الرمز غير صحيح. أعد المحاولة.',
    cancel: 'إلغاء',
    boxCount: 'عدد الإجابات المحفوظة على هذا الجهاز: {count}.',
    outboxCount: 'عدد الإجابات المنتظرة للإرسال: {count}.',
    sendNow: 'أرسل الآن',
    exportCsv: 'تنزيل الجدول (CSV)',
    exportJson: 'تنزيل البيانات (JSON)',
    showResults: 'اعرض النتائج',
    emptyYes: 'نعم، امسح الإجابات',
    rank: 'المرتبة {count}',
  },
};

/** What the element lends the panel (set once, when the panel is created). */
export interface StaffEnv {
  requestUpdate: () => void;
  /** Moves the focus to `selector` after the next render. */
  focus: (selector: string) => void;
  /** Sends the answers waiting in the queue. */
  flush: () => void;
  /** Leaves the panel: a clean poll for the next person. */
  close: () => void;
  /** Erases the ballot box of this device. */
  emptyBox: () => void;
  /** Shows a status message. */
  announce: (text: string) => void;
}

/** What the panel shows, read by the element at each render. */
export interface StaffView {
  poll: PollContent;
  /** The poll's title, rendered. */
  title: unknown;
  locale: Locale;
  staffPin: string | undefined;
  /** The ballots kept here; `undefined` without `keep-ballots`. */
  ballots: Box['ballots'] | undefined;
  /** Answers waiting to be sent; `undefined` without `action`. */
  pending: number | undefined;
}

export class StaffPanel {
  /** `open`: the right code was given. */
  private s = {
    open: false,
    pinError: false,
    confirmEmpty: false,
    results: false,
    separator: ',' as Separator,
  };
  private view?: StaffView;

  constructor(private readonly env: StaffEnv) {}

  private t(key: StaffKey, params?: Params): string {
    return translate([staffMessages], this.view?.locale ?? 'fr', key, params);
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

  private exportCsv(c: PollContent, ballots: Box['ballots']): void {
    const rows = tableOf(c, ballots, (n) => this.t('rank', { count: n }), richTextToPlain);
    saveFile(csvFile(rows, this.s.separator), `${c.id}.csv`, 'text/csv;charset=utf-8');
  }

  private exportJson(c: PollContent, ballots: Box['ballots']): void {
    const file = {
      $schema: 'https://cdn.jsdelivr.net/npm/@quartiers-douai/poll@0/results/schema.json',
      version: 1,
      updated: localDay(),
      poll: c,
      ballots,
    };
    saveFile(JSON.stringify(file, null, 2), `${c.id}.json`, 'application/json');
  }

  private emptyBox(): void {
    this.env.emptyBox();
    this.set({ confirmEmpty: false, results: false });
    this.env.announce(this.t('boxEmptied'));
    this.env.focus('#staff-heading');
  }

  private button(label: string, onClick: () => void, kind = ''): TemplateResult {
    return html`<button type="button" class="qd-button ${kind}" @click=${onClick}>
      ${label}
    </button>`;
  }

  render(view: StaffView): TemplateResult {
    this.view = view;
    const s = this.s;
    if (!s.open) {
      return html`<section part="staff" aria-labelledby="staff-heading">
        <h2 id="staff-heading">${this.t('staffTitle')}</h2>
        <form novalidate @submit=${(e: Event) => this.onPin(e)}>
          <div class="qd-text">
            <label for="pin">${this.t('pinLabel')}</label>
            <input
              id="pin"
              type="password"
              inputmode="numeric"
              autocomplete="off"
              aria-invalid=${s.pinError ? 'true' : 'false'}
              aria-describedby=${s.pinError ? 'pin-error' : nothing}
            />
          </div>
          ${s.pinError ? html`<p id="pin-error" class="qd-poll__error" role="alert">${this.t('pinWrong')}</p>` : nothing}
          <div class="qd-poll__actions">
            <button type="submit" class="qd-button qd-button--primary">
              ${this.t('pinSubmit')}
            </button>
            ${this.button(this.t('cancel'), this.env.close)}
          </div>
        </form>
      </section>`;
    }
    const c = view.poll;
    const ballots = view.ballots ?? [];
    const pending = view.pending;
    return html`<section part="staff" aria-labelledby="staff-heading">
      <h2 id="staff-heading" tabindex="-1">${this.t('staffTitle')}</h2>
      <p><strong>${view.title}</strong></p>
      <p>${view.ballots ? this.t('boxCount', { count: ballots.length }) : this.t('boxOff')}</p>
      ${
        pending === undefined
          ? nothing
          : html`<p>${this.t('outboxCount', { count: pending })}</p>
              ${
                pending > 0
                  ? html`<div class="qd-poll__actions">
                      ${this.button(this.t('sendNow'), this.env.flush)}
                    </div>`
                  : nothing
              }`
      }
      ${
        ballots.length > 0
          ? html`<fieldset class="qd-q">
                <legend>${this.t('csvSeparator')}</legend>
                ${([',', ';'] as const).map(
                  (sep) =>
                    html`<label class="qd-choice">
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
              <div class="qd-poll__actions">
                ${this.button(this.t('exportCsv'), () => this.exportCsv(c, ballots), 'qd-button--primary')}
                ${this.button(this.t('exportJson'), () => this.exportJson(c, ballots))}
                <button
                  type="button"
                  class="qd-button"
                  aria-expanded=${s.results ? 'true' : 'false'}
                  @click=${() => this.set({ results: !s.results })}
                >
                  ${this.t('showResults')}
                </button>
                ${this.button(this.t('emptyBox'), () => {
                  this.set({ confirmEmpty: true });
                  this.env.focus('#confirm-empty');
                })}
              </div>
              ${
                s.confirmEmpty
                  ? html`<div class="qd-panel qd-panel--error">
                      <p id="confirm-empty" tabindex="-1">
                        ${this.t('emptyConfirm', { count: ballots.length })}
                      </p>
                      <div class="qd-poll__actions">
                        ${this.button(this.t('emptyYes'), () => this.emptyBox(), 'qd-button--danger')}
                        ${this.button(this.t('cancel'), () => this.set({ confirmEmpty: false }))}
                      </div>
                    </div>`
                  : nothing
              }
              ${
                s.results
                  ? html`<qd-poll-results
                      .content=${{ version: 1, poll: c, ballots }}
                      .staffView=${true}
                      lang=${view.locale}
                    ></qd-poll-results>`
                  : nothing
              }`
          : nothing
      }
      <div class="qd-poll__actions">${this.button(this.t('staffClose'), this.env.close)}</div>
    </section>`;
  }
}
