import { css, html, nothing, type TemplateResult } from 'lit';
import { baseStyles, PrintController } from '@quartiers-douai/core';
import { ScenarioElement } from '../scenario-element.js';
import type { ScenarioContent } from '../schema.js';

/**
 * `<qd-scenario-debrief>` — the discussion after a story: questions to talk about as a group, what
 * to remember, and where to find help (the 3018 and the sites the story gives). Printable: the
 * page's print gives a clean sheet (buttons hidden, links written out).
 *
 * @summary Temps d'échange après une histoire : questions, points clés, aide (3018…), imprimable.
 * @csspart debrief - The debrief section.
 * @csspart help - The help resources.
 */
export class QdScenarioDebrief extends ScenarioElement {
  /** « Imprimer »: the print CSS gives a clean sheet (the focus comes back after). */
  private readonly printer = new PrintController(this);

  static override styles = [
    baseStyles,
    css`
      .qd-debrief {
        padding: calc(var(--_space) * 2);
      }
      .qd-help {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }
      .qd-help li {
        padding: var(--_space) calc(var(--_space) * 2);
        border-inline-start: 0.375rem solid var(--_primary);
        background: var(--_surface);
      }
      .qd-help p {
        margin: 0;
      }
      .qd-help__phone {
        font-size: 1.25em;
        font-weight: 700;
      }
      @media print {
        a[href^='https']::after {
          content: ' (' attr(href) ')';
          font-size: 0.875em;
        }
      }
    `,
  ];

  protected override renderContent(c: ScenarioContent): TemplateResult {
    const d = c.debrief;
    return html`<section class="qd-debrief" part="debrief" lang=${c.lang} aria-labelledby="d">
      <h2 id="d" tabindex="-1">${this.t('debriefTitle', { title: c.title })}</h2>
      ${
        d.questions.length > 0
          ? html`<h3>${this.t('questions')}</h3>
              <ol>
                ${d.questions.map((q) => html`<li>${this.inline(q)}</li>`)}
              </ol>`
          : nothing
      }
      ${
        d.keyPoints.length > 0
          ? html`<h3>${this.t('keyPoints')}</h3>
              <ul>
                ${d.keyPoints.map((k) => html`<li>${this.inline(k)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        d.resources.length > 0
          ? html`<h3>${this.t('help')}</h3>
              <ul class="qd-help" part="help">
                ${d.resources.map(
                  (r) =>
                    html`<li>
                      <p>
                        <a href=${r.url} target="_blank" rel="noopener noreferrer"
                          >${r.label}<span class="qd-visually-hidden"> ${this.t('newTab')}</span></a
                        >
                      </p>
                      ${
                        r.phone
                          ? html`<p class="qd-help__phone">
                              <a href=${`tel:${r.phone.replace(/[^\d+]/g, '')}`}
                                >${this.t('call', { phone: r.phone })}</a
                              >
                            </p>`
                          : nothing
                      }
                      ${r.description ? html`<p>${this.inline(r.description)}</p>` : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <div class="qd-toolbar qd-no-print">
        <button type="button" class="qd-button" @click=${() => void this.printer.print()}>
          ${this.t('print')}
        </button>
      </div>
    </section>`;
  }
}
