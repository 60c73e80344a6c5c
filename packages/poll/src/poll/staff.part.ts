/**
 * The staff panel of a kiosk poll (behind `staff-pin`), core's `StaffPanel` (docs/decisions/0021)
 * with what a poll adds: the answers kept here and waiting to be sent, « Envoyer maintenant », the
 * CSV table and the JSON results file of the ballots, the local results. A part of the bundle,
 * fetched when someone presses « Espace équipe » (or ahead, on a kiosk with a staff code):
 * residents never download it.
 */
import { html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, richTextToPlain, type Messages, type Params } from '@quartiers-douai/core';
import { StaffPanel, type StaffExport } from '@quartiers-douai/core/staff-panel';
import { localDay } from '../dates.js';
import { tableOf } from '../csv-table.js';
import type { PollContent } from '../schema.js';
import type { Box } from './device.js';

/** What the poll shows its staff, read at each of its renders. */
export interface PollStaffView {
  poll: PollContent;
  /** The poll's title, rendered. */
  title: unknown;
  /** The ballots kept here; `undefined` without `keep-ballots`. */
  ballots: Box['ballots'] | undefined;
  /** Answers waiting to be sent; `undefined` without `action`. */
  pending: number | undefined;
  /** Sends the answers waiting in the queue. */
  flush: () => void;
}

const fr = {
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
  showResults: 'Voir les résultats',
  empty: 'Vider les réponses de cet appareil',
  emptyConfirm: {
    one: "Effacer la réponse gardée sur cet appareil ? Téléchargez-la d'abord : elle ne pourra pas être récupérée.",
    other:
      "Effacer les {count} réponses gardées sur cet appareil ? Téléchargez-les d'abord : elles ne pourront pas être récupérées.",
  },
  emptyYes: 'Oui, effacer les réponses',
  emptied: 'Les réponses gardées sur cet appareil ont été effacées.',
  rank: { one: '{count}er', other: '{count}e' },
};

/** The poll's texts of the panel, in the three languages (core has the rest). */
export const pollStaffMessages: Messages<keyof typeof fr> = {
  fr,
  en: {
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
    showResults: 'Show the results',
    empty: 'Empty the answers of this device',
    emptyConfirm: {
      one: 'Erase the answer kept on this device? Download it first: it cannot be recovered.',
      other:
        'Erase the {count} answers kept on this device? Download them first: they cannot be recovered.',
    },
    emptyYes: 'Yes, erase the answers',
    emptied: 'The answers kept on this device have been erased.',
    rank: 'rank {count}',
  },
  ar: {
    boxCount: 'عدد الإجابات المحفوظة على هذا الجهاز: {count}.',
    outboxCount: 'عدد الإجابات المنتظرة للإرسال: {count}.',
    sendNow: 'أرسل الآن',
    showResults: 'اعرض النتائج',
    emptyYes: 'نعم، امسح الإجابات',
    rank: 'المرتبة {count}',
  },
};

/** @internal The poll's staff panel (no shadow root: it lives in the poll's). */
export default class QdPollStaff extends StaffPanel<PollStaffView> {
  static override properties: PropertyDeclarations = {
    ...StaffPanel.properties,
    results: { state: true },
  };

  protected override readonly messages = pollStaffMessages;
  protected override headingLevel = 2 as const;
  /** « Voir les résultats » is pressed. */
  private results = false;

  protected override renderFacts(v: PollStaffView): unknown {
    const pending = v.pending;
    return html`<p><strong>${v.title}</strong></p>
      <p>${v.ballots ? this.t('boxCount', { count: v.ballots.length }) : this.t('boxOff')}</p>
      ${
        pending === undefined
          ? nothing
          : html`<p>${this.t('outboxCount', { count: pending })}</p>
              ${pending > 0 ? html`<div class="qd-staff__actions">${this.button(this.t('sendNow'), v.flush)}</div>` : nothing}`
      }`;
  }

  protected override hasData(v: PollStaffView): boolean {
    return !!v.ballots?.length;
  }

  protected override exports(v: PollStaffView): StaffExport[] {
    const c = v.poll;
    const ballots = v.ballots ?? [];
    return [
      {
        label: this.t('exportCsv'),
        file: `${c.id}.csv`,
        csv: () => tableOf(c, ballots, (n) => this.t('rank', { count: n }), richTextToPlain),
      },
      {
        label: this.t('exportJson'),
        file: `${c.id}.json`,
        json: () => ({
          $schema: 'https://cdn.jsdelivr.net/npm/@quartiers-douai/poll@0/results/schema.json',
          version: 1,
          updated: localDay(),
          poll: c,
          ballots,
        }),
      },
    ];
  }

  protected override renderActions(): unknown {
    return html`<button
      type="button"
      class="qd-button"
      aria-expanded=${this.results ? 'true' : 'false'}
      @click=${() => (this.results = !this.results)}
    >
      ${this.t('showResults')}
    </button>`;
  }

  protected override renderMore(v: PollStaffView): unknown {
    return this.results
      ? html`<qd-poll-results
          .content=${{ version: 1, poll: v.poll, ballots: v.ballots ?? [] }}
          .staffView=${true}
          lang=${this.locale}
        ></qd-poll-results>`
      : nothing;
  }

  protected override emptyParams(v: PollStaffView): Params {
    return { count: v.ballots?.length ?? 0 };
  }

  protected override emptied(): void {
    this.results = false;
  }
}

defineElement('qd-poll-staff', QdPollStaff);

declare global {
  interface HTMLElementTagNameMap {
    'qd-poll-staff': QdPollStaff;
  }
}
