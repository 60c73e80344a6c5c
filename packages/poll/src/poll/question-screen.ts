import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { isAnswered, lengthOf, maxLengthOf, type AnswerProblem } from './answers.js';
import type { PollQuestion, Answer } from '../schema.js';
import { PollScreen, type Plain } from './poll-screen.js';

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
