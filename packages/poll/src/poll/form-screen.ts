import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Answer, PollQuestion } from '../schema.js';
import type { AnswerProblem, Answers } from './answers.js';
import { PollScreen, type Plain } from './poll-screen.js';

/**
 * The questions' form: every question on one page (with the list of answers to correct), or one
 * question per screen (progress, « Question précédente »). The answers, their problems and what
 * a submit does stay with the poll; this element shows them.
 *
 * @internal Rendered by `<qd-poll>` only.
 */
export class QdPollForm extends PollScreen {
  static override properties: PropertyDeclarations = {
    ...PollScreen.properties,
    heading: { attribute: false },
    questions: { attribute: false },
    steps: { attribute: false },
    step: { attribute: false },
    answers: { attribute: false },
    orders: { attribute: false },
    errors: { attribute: false },
    summary: { attribute: false },
    plain: { attribute: false },
    listen: { attribute: false },
    submit: { attribute: false },
    back: { attribute: false },
    fix: { attribute: false },
    set: { attribute: false },
    reorder: { attribute: false },
  };

  /** The poll's title (rich text). */
  heading = '';
  questions: PollQuestion[] = [];
  /** One question per screen. */
  steps = false;
  /** The question shown, step by step. */
  step = 0;
  answers: Answers = {};
  orders: Record<string, string[]> = {};
  errors: Record<string, AnswerProblem | undefined> = {};
  /** The list of answers to correct is shown (on one page). */
  summary = false;
  plain: Plain = (text) => text ?? '';
  listen: (key: string, text: string) => unknown = () => nothing;
  /** The form is sent (« Vérifier mes réponses », « Question suivante »). */
  submit: (e: Event) => void = () => undefined;
  /** « Question précédente ». */
  back: () => void = () => undefined;
  /** A link of the list of answers to correct: the focus goes to that question. */
  fix: (q: PollQuestion) => void = () => undefined;
  set: (q: PollQuestion, answer: Answer | undefined) => void = () => undefined;
  reorder: (q: PollQuestion, order: string[]) => void = () => undefined;

  override render(): unknown {
    return this.steps ? this.renderStep() : this.renderPage();
  }

  private renderPage(): unknown {
    const qs = this.questions;
    const wrong = qs.filter((q) => this.errors[q.id]);
    return html`<form novalidate @submit=${this.submit} aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${this.inline(this.heading)}</h2>
      ${qs.some((q) => q.required) ? html`<p class="qd-poll__hint">${this.t('requiredHint')}</p>` : nothing}
      ${
        this.summary && wrong.length > 0
          ? html`<div class="qd-poll__summary" role="alert" part="error-summary">
              <h3 id="summary-heading" tabindex="-1">
                ${this.t('summaryTitle', { count: wrong.length })}
              </h3>
              <ul>
                ${wrong.map((q) => {
                  const p = this.errors[q.id]!;
                  return html`<li>
                    <button type="button" class="qd-link" @click=${() => this.fix(q)}>
                      ${this.t('questionN', { n: qs.indexOf(q) + 1 })} : ${this.t(p.key, p.params)}
                    </button>
                  </li>`;
                })}
              </ul>
            </div>`
          : nothing
      }
      ${qs.map((q, i) => this.renderQuestion(q, i, false))}
      <div class="qd-poll__actions">
        <button type="submit" class="qd-button qd-button--primary">${this.t('toReview')}</button>
      </div>
    </form>`;
  }

  private renderStep(): unknown {
    const total = this.questions.length;
    const step = this.step;
    return html`<form novalidate @submit=${this.submit}>
      <p class="qd-poll__kicker">${this.inline(this.heading)}</p>
      <div class="qd-poll__progress">
        <p>${this.t('progress', { current: step + 1, total })}</p>
        <progress max=${total} .value=${step + 1} aria-label=${this.t('progressLabel')}></progress>
      </div>
      ${this.renderQuestion(this.questions[step]!, step, true)}
      <div class="qd-poll__actions">
        ${step > 0 ? html`<button type="button" class="qd-button" @click=${this.back}>${this.t('previous')}</button>` : nothing}
        <button type="submit" class="qd-button qd-button--primary">
          ${step + 1 < total ? this.t('next') : this.t('toReview')}
        </button>
      </div>
    </form>`;
  }

  private renderQuestion(q: PollQuestion, index: number, step: boolean): unknown {
    return html`<qd-poll-question
      .question=${q}
      .index=${index}
      .step=${step}
      .answer=${this.answers[q.id]}
      .order=${this.orders[q.id]!}
      .problem=${this.errors[q.id]}
      .t=${this.t}
      .locale=${this.locale}
      .easy=${this.easy}
      .inline=${this.inline}
      .plain=${this.plain}
      .listen=${this.listen}
      .set=${(a: Answer | undefined) => this.set(q, a)}
      .reorder=${(order: string[]) => this.reorder(q, order)}
    ></qd-poll-question>`;
  }
}
