/**
 * The poll's later screens, a *part* of the CDN bundle (docs/decisions/0016): the questions (and
 * the ranking list), the review and the thank-you screen with its kiosk countdown. A page that only shows a poll's
 * first screen (or its closed message) never downloads them; `<qd-poll>` fetches them when
 * someone starts answering (ahead on a pointer or focus on "Répondre au sondage", and at once
 * on a kiosk, which must keep working offline).
 *
 * They are internal elements of `<qd-poll>`, rendered in its shadow root without a shadow root
 * of their own: the poll's styles, ids (`aria-describedby`), parts and focus reach inside. The
 * poll hands them its translator, its rich-text renderer and callbacks; they keep only the
 * state of their own interaction (a drag, a countdown, an announcement).
 */
import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { defineElement, type Params } from '@quartiers-douai/core';
import type { PollKey } from '../messages.js';
import type { PollQuestion } from '../schema.js';
import {
  isAnswered,
  lengthOf,
  maxLengthOf,
  moveItem,
  type Answers,
  type AnswerProblem,
} from './answers.js';
import type { Answer } from '../schema.js';

export { screensFr } from './screens-messages.js';
export { screensStyles } from './screens.styles.js';

type Translate = (key: PollKey, params?: Params) => string;
type Inline = (text: string | undefined, easy?: string) => unknown;
type Plain = (text: string | undefined, easy?: string) => string;

/**
 * What every later screen receives from the poll. Everything is a reactive property, callbacks
 * too: Lit keeps what was set on an element before its definition came.
 */
abstract class PollScreen extends LitElement {
  static override properties: PropertyDeclarations = {
    t: { attribute: false },
    inline: { attribute: false },
    locale: { attribute: false },
    easy: { attribute: false },
  };

  /** The poll's translator (its language, its catalogs). */
  t: Translate = () => '';
  /** The poll's language and easy-read state: a change renders again. */
  locale = 'fr';
  easy = false;
  /** The poll's inline rich text (easy-read variant when it is on). */
  inline: Inline = (text) => text;

  /** Rendered in the poll's shadow root (its styles and ids apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}

/**
 * A ranking question's list: "Monter" / "Descendre" buttons (keyboard, one tap), drag by the
 * handle (pointer), and each move announced.
 *
 * @internal Rendered by `<qd-poll>` only.
 */
export class QdPollRanking extends PollScreen {
  static override properties: PropertyDeclarations = {
    ...PollScreen.properties,
    question: { attribute: false },
    order: { attribute: false },
    ranked: { attribute: false },
    describedBy: { attribute: false },
    reorder: { attribute: false },
    done: { attribute: false },
    plain: { attribute: false },
    dragged: { state: true },
    live: { state: true },
  };

  question!: PollQuestion;
  /** The choices' ids, in the current ranking. */
  order: string[] = [];
  /** "Mon classement est prêt" is ticked. */
  ranked = false;
  describedBy: string | typeof nothing = nothing;
  /** A new ranking (the poll keeps it and counts the question as answered). */
  reorder: (order: string[]) => void = () => undefined;
  /** "Mon classement est prêt" ticked or not. */
  done: (ready: boolean) => void = () => undefined;
  /** Plain text (easy-read variant when it is on), for the announcements. */
  plain: Plain = (text) => text ?? '';

  private dragged: string | undefined;
  private live = '';

  /** A step-by-step poll shows the next question in this same element: nothing of the last one stays. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question') && changed.get('question')) {
      this.live = '';
      this.dragged = undefined;
    }
  }

  private name(id: string): string {
    const ch = this.question.choices?.find((c) => c.id === id);
    return ch ? this.plain(ch.text, ch.easy) : id;
  }

  private setOrder(order: string[]): void {
    this.order = order;
    this.reorder(order);
  }

  private sayPosition(id: string): void {
    this.live = this.t('rankedAt', {
      item: this.name(id),
      position: this.order.indexOf(id) + 1,
      total: this.order.length,
    });
  }

  /** Moves a choice by `delta` places and says where it is now. */
  private async move(id: string, delta: number): Promise<void> {
    const from = this.order.indexOf(id);
    const to = from + delta;
    if (to < 0 || to >= this.order.length) {
      this.live = this.t(delta < 0 ? 'alreadyFirst' : 'alreadyLast', { item: this.name(id) });
      return;
    }
    this.setOrder(moveItem(this.order, from, to));
    this.sayPosition(id);
    await this.updateComplete;
    this.querySelector<HTMLElement>(
      `#${delta < 0 ? 'up' : 'down'}-${this.question.id}-${id}`,
    )?.focus();
  }

  private dragStart(e: PointerEvent, id: string): void {
    if (e.button !== 0) return;
    e.preventDefault();
    try {
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // synthetic pointer without capture: the moves still arrive on the handle
    }
    this.dragged = id;
  }

  private dragMove(e: PointerEvent): void {
    const id = this.dragged;
    if (!id) return;
    const from = this.order.indexOf(id);
    const items = [...this.querySelectorAll(`#rank-${this.question.id} > li`)];
    let to = items.findIndex((li) => {
      const r = li.getBoundingClientRect();
      return e.clientY < r.top + r.height / 2;
    });
    if (to === -1) to = items.length - 1;
    else if (to > from) to -= 1;
    if (to !== from) this.setOrder(moveItem(this.order, from, to));
  }

  private dragEnd(): void {
    const id = this.dragged;
    if (!id) return;
    this.dragged = undefined;
    this.reorder(this.order);
    this.sayPosition(id);
  }

  protected override render(): unknown {
    const q = this.question;
    const byId = new Map((q.choices ?? []).map((ch) => [ch.id, ch]));
    const button = (id: string, i: number, up: boolean) =>
      html`<button
        type="button"
        class="qd-button"
        id="${up ? 'up' : 'down'}-${q.id}-${id}"
        aria-disabled=${i === (up ? 0 : this.order.length - 1) ? 'true' : 'false'}
        aria-describedby=${this.describedBy}
        @click=${() => void this.move(id, up ? -1 : 1)}
      >
        <span aria-hidden="true">${up ? '↑' : '↓'}</span> ${this.t(up ? 'moveUp' : 'moveDown')}<span
          class="qd-visually-hidden"
        >
          : ${this.name(id)}</span
        >
      </button>`;
    return html`<ol class="qd-rank" id="rank-${q.id}">
        ${this.order.map((id, i) => {
          const ch = byId.get(id)!;
          return html`<li class="qd-rank__item ${this.dragged === id ? 'qd-rank__item--drag' : ''}">
            <span
              class="qd-rank__handle"
              aria-hidden="true"
              @pointerdown=${(e: PointerEvent) => this.dragStart(e, id)}
              @pointermove=${(e: PointerEvent) => this.dragMove(e)}
              @pointerup=${() => this.dragEnd()}
              @pointercancel=${() => this.dragEnd()}
              ><svg viewBox="0 0 24 24" focusable="false">
                <path
                  fill="currentColor"
                  d="M9 5a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM9 12a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM9 19a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0z"
                /></svg
            ></span>
            <span class="qd-rank__pos" aria-hidden="true">${i + 1}</span>
            ${ch.image ? html`<img class="qd-choice__image" src=${ch.image.src} alt=${ch.image.alt} />` : nothing}
            <span class="qd-rank__text">${this.inline(ch.text, ch.easy)}</span>
            <span class="qd-rank__buttons">${button(id, i, true)} ${button(id, i, false)}</span>
          </li>`;
        })}
      </ol>
      <label class="qd-choice">
        <input
          type="checkbox"
          .checked=${this.ranked}
          aria-describedby=${this.describedBy}
          @change=${(e: Event) => this.done((e.target as HTMLInputElement).checked)}
        />
        <span>${this.t('rankingDone')}</span>
      </label>
      <p class="qd-rank__live" role="status">${this.live}</p>`;
  }
}

/**
 * One question (a fieldset): its prompt, read-aloud, help, input by type (choices, ranking, scale,
 * free text with a live character count) and its error, linked to the inputs.
 *
 * @internal Rendered by `<qd-poll>` only.
 */
export class QdPollQuestion extends PollScreen {
  static override properties: PropertyDeclarations = {
    ...PollScreen.properties,
    question: { attribute: false },
    index: { attribute: false },
    step: { attribute: false },
    answer: { attribute: false },
    order: { attribute: false },
    problem: { attribute: false },
    plain: { attribute: false },
    listen: { attribute: false },
    set: { attribute: false },
    reorder: { attribute: false },
    live: { state: true },
  };

  question!: PollQuestion;
  /** Its place in the poll (from 0). */
  index = 0;
  /** Shown alone (step by step): its prompt is the screen's heading. */
  step = false;
  answer: Answer | undefined;
  /** The order its choices are shown in (a ranking's current ranking). */
  order: string[] = [];
  problem: AnswerProblem | undefined;
  /** Plain text (easy-read variant when it is on), for read-aloud and announcements. */
  plain: Plain = (text) => text ?? '';
  /** The poll's "Écouter" button. */
  listen: (key: string, text: string) => unknown = () => nothing;
  /** A new answer (`undefined`: none). */
  set: (answer: Answer | undefined) => void = () => undefined;
  /** A new ranking. */
  reorder: (order: string[]) => void = () => undefined;

  /** The character count, announced once typing pauses. */
  private live = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** A step-by-step poll shows the next question in this same element: nothing of the last one stays. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question') && changed.get('question')) {
      this.live = '';
      clearTimeout(this.timer);
    }
  }

  private toggle(id: string, checked: boolean): void {
    if (this.question.type === 'single') return this.set(id);
    const prev = Array.isArray(this.answer) ? this.answer : [];
    const next = checked ? [...new Set([...prev, id])] : prev.filter((x) => x !== id);
    this.set(next.length ? next : undefined);
  }

  private onText(value: string): void {
    this.set(value === '' ? undefined : value);
    // The visible count changes as one types; screen readers hear it once typing pauses.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.live = this.countText()), 800);
  }

  private countText(): string {
    const a = this.answer;
    const left = maxLengthOf(this.question) - lengthOf(typeof a === 'string' ? a.trim() : '');
    return left >= 0 ? this.t('charsLeft', { count: left }) : this.t('charsOver', { count: -left });
  }

  protected override render(): unknown {
    const q = this.question;
    const problem = this.problem;
    const errId = problem ? `err-${q.id}` : '';
    const describedBy = [q.help ? `help-${q.id}` : '', errId].filter(Boolean).join(' ') || nothing;
    const prompt = html`${this.step ? nothing : html`<span class="qd-q__n">${this.index + 1}.</span> `}${this.inline(q.prompt, q.easy)}${
      q.required ? html` <span class="qd-q__required">${this.t('required')}</span>` : nothing
    }`;
    const invalid = problem ? 'true' : 'false';
    return html`<fieldset class="qd-q" id="q-${q.id}" part="question">
      <legend>
        ${this.step ? html`<h2 id="h-${q.id}" tabindex="-1">${prompt}</h2>` : html`<h3 id="h-${q.id}" tabindex="-1">${prompt}</h3>`}
      </legend>
      ${this.listen(`q-${q.id}`, [this.plain(q.prompt, q.easy), ...(q.choices ?? []).map((ch) => this.plain(ch.text, ch.easy))].join('. '))}
      ${q.help ? html`<p class="qd-poll__hint" id="help-${q.id}">${this.inline(q.help)}</p>` : nothing}
      ${
        q.type === 'single' || q.type === 'multiple'
          ? this.renderChoices(describedBy, invalid)
          : q.type === 'ranking'
            ? html`<qd-poll-ranking
                .question=${q}
                .order=${this.order}
                .ranked=${isAnswered(q, this.answer)}
                .describedBy=${describedBy}
                .t=${this.t}
                .locale=${this.locale}
                .easy=${this.easy}
                .inline=${this.inline}
                .plain=${this.plain}
                .reorder=${this.reorder}
                .done=${(ready: boolean) => this.set(ready ? [...this.order] : undefined)}
              ></qd-poll-ranking>`
            : q.type === 'scale'
              ? this.renderScale(describedBy, invalid)
              : this.renderText(describedBy, invalid)
      }
      ${problem ? html`<p class="qd-poll__error" id=${errId} role=${this.step ? 'alert' : nothing}>${this.t(problem.key, problem.params)}</p>` : nothing}
    </fieldset>`;
  }

  private renderChoices(describedBy: string | typeof nothing, invalid: string): TemplateResult {
    const q = this.question;
    const a = this.answer;
    const multiple = q.type === 'multiple';
    const byId = new Map((q.choices ?? []).map((ch) => [ch.id, ch]));
    return html`${this.order.map((id) => {
      const ch = byId.get(id)!;
      const checked = multiple ? Array.isArray(a) && a.includes(id) : a === id;
      return html`<label class="qd-choice">
        <input
          type=${multiple ? 'checkbox' : 'radio'}
          name="q-${q.id}"
          .value=${id}
          .checked=${checked}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.toggle(id, (e.target as HTMLInputElement).checked)}
        />
        ${ch.image ? html`<img class="qd-choice__image" src=${ch.image.src} alt=${ch.image.alt} width=${ch.image.width ?? nothing} height=${ch.image.height ?? nothing} />` : nothing}
        <span>${this.inline(ch.text, ch.easy)}</span>
      </label>`;
    })}
    ${multiple && q.maxChoices ? html`<p class="qd-poll__hint">${this.t('maxChoicesHint', { count: q.maxChoices })}</p>` : nothing}`;
  }

  private renderScale(describedBy: string | typeof nothing, invalid: string): TemplateResult {
    const q = this.question;
    const s = q.scale!;
    const values = Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i);
    const a = this.answer;
    return html`<div class="qd-scale">
        ${values.map(
          (v) =>
            html`<label class="qd-scale__option">
              <input
                type="radio"
                name="q-${q.id}"
                .value=${String(v)}
                .checked=${a === v}
                aria-invalid=${invalid}
                aria-describedby=${describedBy}
                @change=${() => this.set(v)}
              />
              <span>${v}</span>
              ${v === s.min && s.minLabel ? html`<span class="qd-visually-hidden"> : ${s.minLabel}</span>` : nothing}
              ${v === s.max && s.maxLabel ? html`<span class="qd-visually-hidden"> : ${s.maxLabel}</span>` : nothing}
            </label>`,
        )}
      </div>
      ${
        s.minLabel || s.maxLabel
          ? html`<div class="qd-scale__ends" aria-hidden="true">
              <span>${s.min} : ${s.minLabel ?? ''}</span><span>${s.max} : ${s.maxLabel ?? ''}</span>
            </div>`
          : nothing
      }`;
  }

  private renderText(describedBy: string | typeof nothing, invalid: string): TemplateResult {
    const q = this.question;
    const a = this.answer;
    const over = lengthOf(typeof a === 'string' ? a.trim() : '') > maxLengthOf(q);
    const ids = [describedBy === nothing ? '' : describedBy, `count-${q.id}`]
      .filter(Boolean)
      .join(' ');
    return html`<div class="qd-text">
      <label for="t-${q.id}">${this.t('yourAnswer')}</label>
      <textarea
        id="t-${q.id}"
        rows="4"
        .value=${typeof a === 'string' ? a : ''}
        aria-invalid=${invalid}
        aria-describedby=${ids}
        @input=${(e: Event) => this.onText((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="count-${q.id}" class="qd-text__count ${over ? 'qd-text__count--over' : ''}">
        ${this.countText()}
      </p>
      <p class="qd-visually-hidden" role="status">${this.live}</p>
    </div>`;
  }
}

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

defineElement('qd-poll-question', QdPollQuestion);
defineElement('qd-poll-ranking', QdPollRanking);
defineElement('qd-poll-review', QdPollReview);
defineElement('qd-poll-thanks', QdPollThanks);

declare global {
  interface HTMLElementTagNameMap {
    'qd-poll-question': QdPollQuestion;
    'qd-poll-ranking': QdPollRanking;
    'qd-poll-review': QdPollReview;
    'qd-poll-thanks': QdPollThanks;
  }
}
