/**
 * The results screen of `<qd-autodiag>` — the personal sheet: the profile table, the advisor's
 * notes, what the person can already do, the recommended workshops, print and save — and the
 * sheet as plain text ("Enregistrer la fiche (texte)"). Fetched on demand (docs/decisions/0015):
 * asked for ahead when the person presses "Commencer", so it is there at the end even if the
 * connection drops. No runtime import of lit, zod or core (they would be copied a second time):
 * the element lends what it needs (`ResultsHost`); its styles come with it.
 */
import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { Params } from '@quartiers-douai/core';
import type { AdvisorKey } from './advisor.lazy.js';
import type { AutodiagKey } from './messages.js';
import type { AutodiagContent, IconId, Workshop } from './schema.js';
import { areaResults, canDo, recommended, type AreaResult, type Answers } from './levels.js';

/** What the element lends the results screen, at each render. */
export interface ResultsHost {
  html: typeof litHtml;
  nothing: typeof litNothing;
  icon: (id: IconId) => TemplateResult;
  answers: Answers;
  /** Advisor mode: notes by area id. */
  notes: Record<string, string>;
  t: (key: AutodiagKey, params?: Params) => string;
  /** The advisor's wording in advisor mode, or the person's. */
  w: (key: AutodiagKey, advisorKey: AdvisorKey) => string;
  /** A text of the advisor mode; `undefined` outside it. */
  a: (key: AdvisorKey, params?: Params) => string | undefined;
  /** Content text (rich text, easy variant when easy-read is on). */
  inline: (text: string | undefined, easy?: string) => unknown;
  rich: (text: string | undefined, easy?: string) => unknown;
  /** Content text as plain text. */
  plain: (text: string | undefined, easy?: string) => string;
  setNote: (area: string, text: string) => void;
  save: () => void;
  backToItems: () => void;
  restart: () => void;
}

/** The styles of the results (a `<style>` of the shadow root, fetched with this file). */
const style = (h: ResultsHost) => h.html`<style>
  .qd-area-name { display: flex; align-items: center; gap: var(--_space); }
  .qd-level-msg { display: block; color: var(--_muted); }
  .qd-table { border-collapse: collapse; width: 100%; }
  .qd-table caption { font-weight: 700; }
  .qd-table caption, .qd-table :is(th, td) { text-align: start; padding: var(--_space); }
  .qd-table :is(th, td), .qd-workshop { border: 1px solid var(--_border); vertical-align: top; }
  .qd-bar { display: flex; gap: 0.25rem; color: var(--_primary); }
  .qd-bar span { width: 1.5rem; height: 0.75rem; border: 2px solid; border-radius: 0.25rem; }
  .qd-bar .on { background: currentColor; }
  .qd-workshops { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_space); }
  .qd-workshop { padding: calc(var(--_space) * 2); border-radius: var(--_radius); background: var(--_surface); break-inside: avoid; }
  .qd-workshop h5 { font-size: 1.125em; margin: 0; }
  .qd-workshop dt { font-weight: 700; }
  .qd-workshop dd { margin: 0 0 var(--_space); display: flex; flex-wrap: wrap; gap: var(--_space); }
  .qd-print-only { display: none; }
  @media (forced-colors: active) { .qd-bar .on { background: CanvasText; } }
  @media print {
    .qd-print-only { display: inline; }
    p.qd-print-only { display: block; }
    .qd-table :is(th, td), .qd-workshop { border-color: #000; background: #fff; }
  }
</style>`;

export function renderResults(h: ResultsHost, c: AutodiagContent): TemplateResult {
  const { html, nothing } = h;
  const results = areaResults(c, h.answers);
  const can = canDo(c, h.answers);
  const recs = recommended(c, results);
  return html`${style(h)}
    <section part="results" class="qd-sheet" aria-labelledby="results-heading">
      <h3 id="results-heading" tabindex="-1">${h.w('resultsTitle', 'resultsTitleAdvisor')}</h3>
      <p>${h.w('encourage', 'encourageAdvisor')}</p>
      <table class="qd-table qd-profile" part="profile">
        <caption>
          ${h.w('profileCaption', 'profileCaptionAdvisor')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${h.t('colArea')}</th>
            <th scope="col">${h.t('colLevel')}</th>
            <th scope="col">${h.t('colAnswered')}</th>
          </tr>
        </thead>
        <tbody>
          ${results.map((r) => profileRow(h, r))}
        </tbody>
      </table>
      ${
        h.a('notesTitle')
          ? html`<h4>${h.a('notesTitle')}</h4>
              <div class="qd-notes">
                ${c.areas.map(
                  (a) =>
                    html`<p class="qd-field qd-no-print">
                        <label for=${`note-${a.id}`}
                          >${h.a('notesLabel', { area: h.plain(a.label) })}</label
                        >
                        <textarea
                          id=${`note-${a.id}`}
                          rows="2"
                          .value=${h.notes[a.id] ?? ''}
                          @input=${(e: Event) =>
                            h.setNote(a.id, (e.target as HTMLTextAreaElement).value)}
                        ></textarea>
                      </p>
                      ${
                        h.notes[a.id]?.trim()
                          ? html`<p class="qd-print-only">
                              <strong>${h.inline(a.label)}</strong> : ${h.notes[a.id]}
                            </p>`
                          : nothing
                      }`,
                )}
              </div>`
          : nothing
      }
      <h4>${h.w('canDoTitle', 'canDoTitleAdvisor')}</h4>
      ${
        can.length > 0
          ? html`<ul class="qd-can">
              ${can.map((i) => html`<li>${h.inline(i.statement, i.easy)}</li>`)}
            </ul>`
          : html`<p>${h.t('canDoNone')}</p>`
      }
      <h4>${h.w('workshopsTitle', 'workshopsTitleAdvisor')}</h4>
      ${
        recs.length > 0
          ? html`<ul class="qd-workshops" part="workshops">
              ${recs.map((r) =>
                workshop(h, r.workshop, h.plain(c.areas.find((a) => a.id === r.area)?.label)),
              )}
            </ul>`
          : html`<p>${h.t('workshopsNone')}</p>`
      }
      <div class="qd-actions qd-no-print">
        <button type="button" class="qd-button qd-button--primary" @click=${() => window.print()}>
          ${h.t('print')}
        </button>
        <button type="button" class="qd-button" @click=${h.save}>${h.t('save')}</button>
        <button type="button" class="qd-button" @click=${h.backToItems}>
          ${h.t('backToItems')}
        </button>
        <button type="button" class="qd-button" @click=${h.restart}>
          ${h.w('restart', 'restartAdvisor')}
        </button>
      </div>
    </section>`;
}

function profileRow(h: ResultsHost, r: AreaResult): TemplateResult {
  const { html, nothing } = h;
  const a = r.area;
  const l = r.level;
  return html`<tr>
    <th scope="row">
      <span class="qd-area-name">${h.icon(a.icon)}${h.inline(a.label, a.easy)}</span>
    </th>
    <td>
      <span class="qd-bar" aria-hidden="true">
        ${r.levels.map((_, i) => html`<span class=${i <= r.rank ? 'on' : ''}></span>`)}
      </span>
      <strong>${l ? h.inline(l.label, l.easy) : h.t('notEvaluated')}</strong>
      ${
        l
          ? l.message
            ? html`<span class="qd-level-msg">${h.inline(l.message, l.easyMessage)}</span>`
            : nothing
          : html`<span class="qd-level-msg">${h.t('notEvaluatedHint')}</span>`
      }
    </td>
    <td>${h.t('answeredOf', { answered: r.answered, total: r.total })}</td>
  </tr>`;
}

function workshop(h: ResultsHost, w: Workshop, area: string): TemplateResult {
  const { html, nothing } = h;
  const contact = w.contact;
  return html`<li class="qd-workshop">
    <h5>${h.inline(w.title)}</h5>
    <p class="qd-hint">${h.t('forArea', { area })}</p>
    ${w.description ? h.rich(w.description, w.easy) : nothing}
    <dl>
      ${
        w.when
          ? html`<dt>${h.t('when')}</dt>
              <dd>${h.inline(w.when)}</dd>`
          : nothing
      }
      ${
        w.where
          ? html`<dt>${h.t('where')}</dt>
              <dd>${h.inline(w.where)}</dd>`
          : nothing
      }
      ${
        contact
          ? html`<dt>${h.t('contact')}</dt>
              <dd>
                ${contact.name ? html`<span>${contact.name}</span>` : nothing}
                ${
                  contact.phone
                    ? html`<a href=${`tel:${contact.phone.replace(/[ .]/g, '')}`}
                        >${h.t('call', { phone: contact.phone })}</a
                      >`
                    : nothing
                }
                ${
                  contact.email
                    ? html`<a href=${`mailto:${contact.email}`}
                        >${h.t('write', { email: contact.email })}</a
                      >`
                    : nothing
                }
                ${
                  contact.url
                    ? html`<a href=${contact.url}
                        >${h.t('more')}<span class="qd-print-only"> (${contact.url})</span></a
                      >`
                    : nothing
                }
              </dd>`
          : nothing
      }
    </dl>
  </li>`;
}

export interface SheetInput {
  content: AutodiagContent;
  answers: Answers;
  /** Advisor mode: its notes by area id (otherwise `undefined`). */
  notes: Record<string, string> | undefined;
  /** The element's translator, advisor wording already chosen by `w`. */
  t: (key: AutodiagKey, params?: Record<string, string | number>) => string;
  w: (key: AutodiagKey, advisorKey: AdvisorKey) => string;
  /** "Notes de l'accompagnant", in the page's language. */
  notesTitle: string;
  /** A content text as plain text, easy variant when easy-read is on. */
  plain: (s: string | undefined, easy?: string) => string;
}

/** The personal sheet as plain text. */
export function sheetText({
  content: c,
  answers,
  notes,
  t,
  w,
  plain,
  notesTitle,
}: SheetInput): string {
  const results = areaResults(c, answers);
  const lines = [
    plain(c.title),
    '',
    w('resultsTitle', 'resultsTitleAdvisor'),
    ...results.map(
      (r) =>
        `- ${plain(r.area.label, r.area.easy)} : ${
          r.level ? plain(r.level.label, r.level.easy) : t('notEvaluated')
        } (${t('answeredOf', { answered: r.answered, total: r.total })})`,
    ),
    '',
    w('canDoTitle', 'canDoTitleAdvisor'),
    ...canDo(c, answers).map((i) => `- ${plain(i.statement, i.easy)}`),
    '',
    w('workshopsTitle', 'workshopsTitleAdvisor'),
    ...recommended(c, results).flatMap(({ workshop: ws }) => [
      `- ${plain(ws.title)}`,
      ...[
        [t('when'), ws.when],
        [t('where'), ws.where],
        [
          t('contact'),
          [ws.contact?.name, ws.contact?.phone, ws.contact?.email, ws.contact?.url]
            .filter(Boolean)
            .join(', '),
        ],
      ]
        .filter(([, v]) => v)
        .map(([k, v]) => `  ${k} : ${plain(v)}`),
    ]),
  ];
  const noted = c.areas.filter((a) => notes?.[a.id]?.trim());
  if (noted.length > 0)
    lines.push(
      '',
      notesTitle,
      ...noted.map((a) => `- ${plain(a.label)} : ${notes![a.id]!.trim()}`),
    );
  return lines.join('\n') + '\n';
}
