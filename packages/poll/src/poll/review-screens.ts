import { html, nothing, type PropertyDeclarations } from 'lit';
import { isAnswered, type Answers } from './answers.js';
import type { PollQuestion } from '../schema.js';
import { PollScreen } from './poll-screen.js';

/**
 * The review: every answer with a "Modifier" button, then "Envoyer mes réponses".
 *
 * @internal Rendered by `<qd-poll>` only.
 */
export class QdPollReview extends PollScreen {
  static override properties: PropertyDeclarations = {
    ...PollScreen.properties,
    questions: { attribute: false },
    answers: { attribute: false },
    willBeSent: { attribute: false },
    edit: { attribute: false },
    send: { attribute: false },
    back: { attribute: false },
  };

  questions: PollQuestion[] = [];
  answers: Answers = {};
  /** The answers go to the centre (`action`): say so above the button. */
  willBeSent = false;
  edit: (index: number) => void = () => undefined;
  send: () => void = () => undefined;
  back: () => void = () => undefined;

  private answerView(q: PollQuestion): unknown {
    const a = this.answers[q.id];
    if (!isAnswered(q, a)) return this.t('noAnswer');
    const label = (id: string) => {
      const ch = q.choices?.find((c) => c.id === id);
      return ch ? this.inline(ch.text, ch.easy) : id;
    };
    if (q.type === 'ranking')
      return html`<ol>
        ${(a as string[]).map((id) => html`<li>${label(id)}</li>`)}
      </ol>`;
    if (q.type === 'multiple')
      return html`<ul>
        ${(q.choices ?? []).filter((ch) => (a as string[]).includes(ch.id)).map((ch) => html`<li>${label(ch.id)}</li>`)}
      </ul>`;
    if (q.type === 'single') return label(a as string);
    if (q.type === 'scale') return this.t('scaleAnswer', { value: a as number, max: q.scale!.max });
    return (a as string).trim();
  }

  protected override render(): unknown {
    return html`<section part="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">${this.t('reviewTitle')}</h2>
      <p>${this.t('reviewIntro')}</p>
      <dl class="qd-review">
        ${this.questions.map(
          (q, i) =>
            html`<div class="qd-review__item">
              <dt>${i + 1}. ${this.inline(q.prompt, q.easy)}</dt>
              <dd>
                <div class="qd-review__answer">${this.answerView(q)}</div>
                <button type="button" class="qd-button" @click=${() => this.edit(i)}>
                  ${this.t('change')}<span class="qd-visually-hidden">
                    : ${this.t('questionN', { n: i + 1 })}</span
                  >
                </button>
              </dd>
            </div>`,
        )}
      </dl>
      ${this.willBeSent ? html`<p class="qd-poll__hint">${this.t('willBeSent')}</p>` : nothing}
      <div class="qd-poll__actions">
        <button type="button" class="qd-button qd-button--primary" @click=${() => this.send()}>
          ${this.t('send')}
        </button>
        <button type="button" class="qd-button" @click=${() => this.back()}>
          ${this.t('backToQuestions')}
        </button>
      </div>
    </section>`;
  }
}

/**
 * The thank-you screen. On a kiosk, a countdown (announced, pausable) then the next person;
 * elsewhere, what the poll adds after (results, "Effacer mes données").
 *
 * @internal Rendered by `<qd-poll>` only.
 */
export class QdPollThanks extends PollScreen {
  static override properties: PropertyDeclarations = {
    ...PollScreen.properties,
    status: { attribute: false },
    kiosk: { attribute: false },
    resetDelay: { attribute: false },
    extra: { attribute: false },
    next: { attribute: false },
    countdown: { state: true },
    paused: { state: true },
  };

  /** Where the ballot is (sending, sent, queued, kept on this device). */
  status = '';
  kiosk = false;
  /** Seconds before the next person (0: only "Voter à nouveau"). */
  resetDelay = 0;
  /** Shown below, outside a kiosk. */
  extra: unknown = nothing;
  /** "Voter à nouveau", or the end of the countdown. */
  next: () => void = () => undefined;

  private countdown = 0;
  private paused = false;
  private tick: ReturnType<typeof setInterval> | undefined;

  protected override willUpdate(): void {
    if (!this.hasUpdated) this.countdown = this.resetDelay;
  }

  protected override firstUpdated(): void {
    if (!this.kiosk || !(this.resetDelay > 0)) return;
    this.tick = setInterval(() => {
      if (this.paused) return;
      if (--this.countdown <= 0) {
        clearInterval(this.tick);
        this.next();
      }
    }, 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.tick);
  }

  protected override render(): unknown {
    const timed = this.resetDelay > 0;
    return html`<section part="thanks" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading" tabindex="-1">${this.t('thanksTitle')}</h2>
      <p>${this.t('thanksText')}</p>
      <p role="status" class="qd-poll__sent">${this.status}</p>
      ${
        this.kiosk
          ? html`<div class="qd-poll__next">
              ${
                timed
                  ? html`<p>
                        ${this.t(this.paused ? 'countdownPaused' : 'nextPersonIn', { count: this.resetDelay })}
                      </p>
                      ${this.paused ? nothing : html`<p class="qd-poll__countdown" aria-hidden="true">${this.countdown} s</p>`}`
                  : nothing
              }
              <div class="qd-poll__actions">
                <button
                  type="button"
                  class="qd-button qd-button--primary"
                  @click=${() => this.next()}
                >
                  ${this.t('voteAgain')}
                </button>
                ${
                  timed
                    ? html`<button
                        type="button"
                        class="qd-button"
                        aria-pressed=${this.paused ? 'true' : 'false'}
                        @click=${() => (this.paused = !this.paused)}
                      >
                        ${this.t('pauseCountdown')}
                      </button>`
                    : nothing
                }
              </div>
            </div>`
          : this.extra
      }
    </section>`;
  }
}
