/**
 * The results screen of `<qd-autodiag>`, a *part* of the CDN bundle (docs/decisions/0016): the
 * personal sheet — the profile table, the advisor's notes, what the person can already do, the
 * recommended workshops — with « Imprimer la fiche » and « Enregistrer la fiche (texte) ». Nothing
 * shows it before the last statement: `<qd-autodiag>` fetches it ahead when the person presses
 * « Commencer », so it is there at the end even if the connection drops.
 *
 * `<qd-autodiag-results>` is an internal element of `<qd-autodiag>`, rendered in its shadow root
 * without a shadow root of its own: the self-check's styles (`results.styles.ts` among them), ids
 * and focus reach inside. The self-check hands it the content, the answers, the advisor's notes,
 * its translator and easy-read choice; the sheet tells it what the person does by events (`note`,
 * `saved`, `back`, `restart`, none of which bubbles).
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  LoadController,
  PrintController,
  defineElement,
  renderInlineText,
  renderRichText,
  richTextToPlain,
  saveFile,
  translate,
  type Catalog,
  type CoreKey,
  type Locale,
  type Messages,
  type Params,
  type StorageController,
} from '@quartiers-douai/core';
import type { AdvisorKey } from '../advisor.lazy.js';
import { icon } from '../icons.js';
import { areaResults, canDo, recommended, type AreaResult, type Answers } from '../levels.js';
import type { AutodiagKey, ResultsKey } from '../messages.js';
import type { AutodiagContent, Workshop } from '../schema.js';
import { sheetText } from './sheet-text.js';
import { loadHistory } from '../on-demand.js';

/**
 * The French texts of the results: they join the self-check's French catalog when the results
 * come (nothing shows them before). English and Arabic are in the package's language files.
 */
export const resultsFr: Catalog<ResultsKey> = {
  resultsTitle: 'Mon profil',
  encourage:
    "Bravo, vous êtes allé(e) jusqu'au bout ! Ce profil n'est pas une note : il montre ce que vous savez déjà faire, et les ateliers qui peuvent vous aider à aller plus loin.",
  profileCaption: 'Mon niveau dans chaque domaine',
  colArea: 'Domaine',
  colLevel: 'Niveau',
  colAnswered: 'Phrases répondues',
  answeredOf: '{answered} sur {total}',
  notEvaluated: 'Pas encore évalué',
  notEvaluatedHint: 'Toutes les phrases de ce domaine ont été passées : on pourra en parler.',
  canDoTitle: 'Ce que je sais déjà faire',
  canDoNone:
    "Pas encore de phrase ici : c'est normal quand on commence. Chaque atelier vous fera avancer.",
  workshopsTitle: 'Les ateliers conseillés pour moi',
  workshopsNone:
    "Pas d'atelier proposé pour ce profil pour le moment : demandez à l'accueil du centre.",
  forArea: 'Domaine : {area}',
  when: 'Quand',
  where: 'Où',
  contact: 'Contact',
  call: 'Appeler le {phone}',
  write: 'Écrire à {email}',
  more: 'En savoir plus',
  print: 'Imprimer la fiche',
  save: 'Enregistrer la fiche (texte)',
  saved: 'La fiche a été téléchargée (fichier texte).',
  backToItems: 'Revenir aux phrases',
  restart: 'Recommencer',
};

/** `note`: the advisor wrote in the notes of an area. */
export type NoteEvent = CustomEvent<{ area: string; text: string }>;

/**
 * The personal sheet of `<qd-autodiag>`.
 *
 * @internal Rendered by `<qd-autodiag>` only.
 */
export class QdAutodiagResults extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    answers: { attribute: false },
    notes: { attribute: false },
    advisorTexts: { attribute: false },
    locale: { attribute: false },
    t: { attribute: false },
    pick: { attribute: false },
    device: { attribute: false },
    keepable: { attribute: false },
  };

  content!: AutodiagContent;
  answers: Answers = {};
  /** Advisor mode: its notes by area id. */
  notes: Record<string, string> = {};
  /** Advisor mode: its wording (`advisor.lazy.ts`); `undefined` for a person alone. */
  advisorTexts?: Messages<AdvisorKey> | undefined;
  /** The language of the interface. */
  locale: Locale = 'fr';
  /** The self-check's translator (its catalogs, core's). */
  t: (key: AutodiagKey | CoreKey, params?: Params) => string = (key) => key;
  /** A content text or its easy-read variant, as the self-check shows it. */
  pick: (text: string | undefined, easy?: string) => string | undefined = (text) => text;

  /** The self-check's storage controller, for « Mes progrès ». */
  device?: StorageController;
  /** The page lets the self-check keep the person's progress (with their agreement): « Mes progrès » comes. */
  keepable = false;

  /** « Mes progrès » (`history/history.part.ts`), only where it may be kept. */
  private readonly historyCode = new LoadController(this, loadHistory);

  /** « Imprimer la fiche » and the browser's menu print the sheet as it is (its print CSS). */
  private readonly printer = new PrintController(this);

  /** Rendered in the self-check's shadow root (its styles, ids and focus apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** A text of the advisor mode; `undefined` for a person alone. */
  private a(key: AdvisorKey, params?: Params): string | undefined {
    const m = this.advisorTexts;
    return m && translate([m], this.locale, key, params);
  }

  /** The advisor's wording in advisor mode, or the person's. */
  private w(key: AutodiagKey, advisorKey: AdvisorKey): string {
    return this.a(advisorKey) ?? this.t(key);
  }

  private inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.pick(text, easy), { newTabLabel: this.t('newTab') });
  }

  private rich(text: string | undefined, easy?: string): unknown {
    return renderRichText(this.pick(text, easy), { newTabLabel: this.t('newTab') });
  }

  private plain(text: string | undefined, easy?: string): string {
    return richTextToPlain(this.pick(text, easy) ?? '');
  }

  private tell(type: 'saved' | 'back' | 'restart'): void {
    this.dispatchEvent(new Event(type));
  }

  /** "Enregistrer la fiche (texte)": the sheet's text, downloaded. */
  private save(): void {
    const c = this.content;
    const text = sheetText({
      content: c,
      answers: this.answers,
      notes: this.advisorTexts ? this.notes : undefined,
      t: (k, p) => this.t(k, p),
      w: (k, a) => this.w(k, a),
      notesTitle: this.a('notesTitle') ?? '',
      plain: (s, e) => this.plain(s, e),
    });
    saveFile(text, `${c.id}-fiche.txt`, 'text/plain;charset=utf-8');
    this.tell('saved');
  }

  private setNote(area: string, text: string): void {
    this.dispatchEvent(new CustomEvent('note', { detail: { area, text } }) satisfies NoteEvent);
  }

  protected override render(): TemplateResult {
    const c = this.content;
    const results = areaResults(c, this.answers);
    const can = canDo(c, this.answers);
    const recs = recommended(c, results);
    const t = this.t;
    return html`<section part="results" class="qd-sheet" aria-labelledby="results-heading">
      <h3 id="results-heading" tabindex="-1">${this.w('resultsTitle', 'resultsTitleAdvisor')}</h3>
      <p>${this.w('encourage', 'encourageAdvisor')}</p>
      <table class="qd-table qd-profile" part="profile">
        <caption>
          ${this.w('profileCaption', 'profileCaptionAdvisor')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('colArea')}</th>
            <th scope="col">${t('colLevel')}</th>
            <th scope="col">${t('colAnswered')}</th>
          </tr>
        </thead>
        <tbody>
          ${results.map((r) => this.profileRow(r))}
        </tbody>
      </table>
      ${this.renderNotes(c)} ${this.renderHistory(c, results)}
      <h4>${this.w('canDoTitle', 'canDoTitleAdvisor')}</h4>
      ${
        can.length > 0
          ? html`<ul class="qd-can">
              ${can.map((i) => html`<li>${this.inline(i.statement, i.easy)}</li>`)}
            </ul>`
          : html`<p>${t('canDoNone')}</p>`
      }
      <h4>${this.w('workshopsTitle', 'workshopsTitleAdvisor')}</h4>
      ${
        recs.length > 0
          ? html`<ul class="qd-workshops" part="workshops">
              ${recs.map((r) =>
                this.workshop(r.workshop, this.plain(c.areas.find((a) => a.id === r.area)?.label)),
              )}
            </ul>`
          : html`<p>${t('workshopsNone')}</p>`
      }
      <div class="qd-actions qd-no-print">
        <button
          type="button"
          class="qd-button qd-button--primary"
          @click=${() => this.printer.print()}
        >
          ${t('print')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.save()}>${t('save')}</button>
        <button type="button" class="qd-button" @click=${() => this.tell('back')}>
          ${t('backToItems')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.tell('restart')}>
          ${this.w('restart', 'restartAdvisor')}
        </button>
      </div>
    </section>`;
  }

  /** « Mes progrès », where the page lets it be kept (offline: the sheet without it). */
  private renderHistory(c: AutodiagContent, results: AreaResult[]): unknown {
    if (!this.keepable || !this.device) return nothing;
    if (!this.historyCode.value) {
      // (offline: the sheet without it; tried again with the next sheet)
      if (!this.historyCode.failed) void this.historyCode.load();
      return nothing;
    }
    return html`<qd-autodiag-history
      .content=${c}
      .results=${results}
      .device=${this.device}
      .locale=${this.locale}
      .t=${this.t}
      .pick=${this.pick}
    ></qd-autodiag-history>`;
  }

  /** Advisor mode: a note per area, typed on screen, printed as text. */
  private renderNotes(c: AutodiagContent): unknown {
    const title = this.a('notesTitle');
    if (!title) return nothing;
    const notes = this.notes;
    return html`<h4>${title}</h4>
      <div class="qd-notes">
        ${c.areas.map(
          (a) =>
            html`<p class="qd-field qd-no-print">
                <label for=${`note-${a.id}`}
                  >${this.a('notesLabel', { area: this.plain(a.label) })}</label
                >
                <textarea
                  id=${`note-${a.id}`}
                  rows="2"
                  .value=${notes[a.id] ?? ''}
                  @input=${(e: Event) =>
                    this.setNote(a.id, (e.target as HTMLTextAreaElement).value)}
                ></textarea>
              </p>
              ${
                notes[a.id]?.trim()
                  ? html`<p class="qd-print-only">
                      <strong>${this.inline(a.label)}</strong> : ${notes[a.id]}
                    </p>`
                  : nothing
              }`,
        )}
      </div>`;
  }

  private profileRow(r: AreaResult): TemplateResult {
    const a = r.area;
    const l = r.level;
    return html`<tr>
      <th scope="row">
        <span class="qd-area-name">${icon(a.icon)}${this.inline(a.label, a.easy)}</span>
      </th>
      <td>
        <span class="qd-bar" aria-hidden="true">
          ${r.levels.map((_, i) => html`<span class=${i <= r.rank ? 'on' : ''}></span>`)}
        </span>
        <strong>${l ? this.inline(l.label, l.easy) : this.t('notEvaluated')}</strong>
        ${
          l
            ? l.message
              ? html`<span class="qd-level-msg">${this.inline(l.message, l.easyMessage)}</span>`
              : nothing
            : html`<span class="qd-level-msg">${this.t('notEvaluatedHint')}</span>`
        }
      </td>
      <td>${this.t('answeredOf', { answered: r.answered, total: r.total })}</td>
    </tr>`;
  }

  private workshop(w: Workshop, area: string): TemplateResult {
    const t = this.t;
    const contact = w.contact;
    const entry = (term: string, value: string | undefined) =>
      value
        ? html`<dt>${term}</dt>
            <dd>${this.inline(value)}</dd>`
        : nothing;
    return html`<li class="qd-workshop">
      <h5>${this.inline(w.title)}</h5>
      <p class="qd-hint">${t('forArea', { area })}</p>
      ${w.description ? this.rich(w.description, w.easy) : nothing}
      <dl>
        ${entry(t('when'), w.when)} ${entry(t('where'), w.where)}
        ${
          contact
            ? html`<dt>${t('contact')}</dt>
                <dd>
                  ${contact.name ? html`<span>${contact.name}</span>` : nothing}
                  ${
                    contact.phone
                      ? html`<a href=${`tel:${contact.phone.replace(/[ .]/g, '')}`}
                          >${t('call', { phone: contact.phone })}</a
                        >`
                      : nothing
                  }
                  ${
                    contact.email
                      ? html`<a href=${`mailto:${contact.email}`}
                          >${t('write', { email: contact.email })}</a
                        >`
                      : nothing
                  }
                  ${
                    contact.url
                      ? html`<a href=${contact.url}
                          >${t('more')}<span class="qd-print-only"> (${contact.url})</span></a
                        >`
                      : nothing
                  }
                </dd>`
            : nothing
        }
      </dl>
    </li>`;
  }
}

defineElement('qd-autodiag-results', QdAutodiagResults);

declare global {
  interface HTMLElementTagNameMap {
    'qd-autodiag-results': QdAutodiagResults;
  }
}
