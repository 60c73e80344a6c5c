/**
 * The question screen of `<qd-quiz>` (a part of the bundle with the result screen:
 * `screens.part.ts`): the progress, the question with its choices (radios, checkboxes) or its
 * text field, the message when nothing was chosen, the feedback of a training round, and the
 * button that validates or moves on.
 *
 * `<qd-quiz-question>` is an internal element of `<qd-quiz>`, rendered in its shadow root without
 * a shadow root of its own: the quiz's styles, ids and focus reach inside. It keeps the answer
 * being composed and whether to ask for one; the quiz keeps the round (answers, progress, storage)
 * and is told by events: `answer` (a validated answer, `detail`), `next` (on to the next question
 * or the result). Neither bubbles.
 */
import {
  LitElement,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  adoptStylesInto,
  renderInlineText,
  renderRichText,
  richTextToPlain,
} from '@quartiers-douai/core';
import type { QuizContent } from '../schema.js';
import { screensStyles } from './screens.styles.js';
import { choiceLabel, rightAnswer, type Wording } from './answer-text.js';
import { isAnswered, isCorrect, type Answer, type RoundQuestion } from './engine.js';
import type { DraftEvent, QdQuizKind } from './kind-element.js';
import { isLater, kindOf } from './kinds.js';

/** `answer`: the person validated an answer (never empty). */
export type AnswerEvent = CustomEvent<Answer>;

/**
 * The question screen of `<qd-quiz>`.
 *
 * @internal Rendered by `<qd-quiz>` only.
 */
export class QdQuizQuestion extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    question: { attribute: false },
    index: { attribute: false },
    total: { attribute: false },
    answer: { attribute: false },
    checked: { attribute: false },
    mistakesOnly: { attribute: false },
    junior: { attribute: false },
    wording: { attribute: false },
    listen: { attribute: false },
    asset: { attribute: false },
    easy: { attribute: false },
    locale: { attribute: false },
    draft: { state: true },
    showError: { state: true },
  };

  content!: QuizContent;
  question!: RoundQuestion;
  /** Its place in the round (0 = the first), and how many questions the round has. */
  index = 0;
  total = 1;
  /** The answer given to it (`{}`: none yet). */
  answer: Answer | undefined;
  /** The answer is checked: its feedback shows (training), the button moves on. */
  checked = false;
  /** A round of the questions the person got wrong. */
  mistakesOnly = false;
  /** Speaks to children (tutoiement, encouraging). */
  junior = false;
  /** The quiz's translator and easy-read choice. */
  wording!: Wording;
  /** An « Écouter » button for a text (nothing when read-aloud is off). */
  listen: (key: string, text: string) => unknown = () => nothing;
  /** The address of a file the content names (a sound, a video): next to the content's file. */
  asset: (path: string) => string = (path) => path;
  /** The quiz's easy-read state and language: a change renders again. */
  easy = false;
  locale = 'fr';

  /** The answer being composed. */
  private draft: Answer | undefined;
  private showError = false;
  /** The element of a question type loaded later (`<qd-quiz-<type>>`, kinds.ts), one per question. */
  private kindEl: QdQuizKind | undefined;

  /** Also waits for the render of the element of a question type loaded later. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.kindEl?.updateComplete;
    return done;
  }

  /** Rendered in the quiz's shadow root (its styles, ids and focus apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The screens' own styles join the quiz's shadow root (`screens.styles.ts`). */
  override connectedCallback(): void {
    super.connectedCallback();
    adoptStylesInto(this, screensStyles);
  }

  /** Another question: its own answer (if it had one), no message. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question')) {
      const rq = this.question;
      const type = rq.question.type;
      // (an order is an answer as soon as it is shown)
      this.draft =
        type === 'ordering' && !isAnswered(this.answer)
          ? { choices: rq.choices.map((c) => c.index) }
          : this.answer;
      this.showError = false;
      this.kindEl = undefined;
      if (isLater(type)) {
        const el = document.createElement(`qd-quiz-${type}`) as QdQuizKind;
        el.addEventListener('draft', (e) => {
          this.draft = (e as DraftEvent).detail;
          this.showError = false;
        });
        this.kindEl = el;
      }
    }
  }

  private inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.wording.pick(text, easy), {
      newTabLabel: this.wording.t('newTab'),
    });
  }

  private rich(text: string | undefined, easy?: string): unknown {
    return renderRichText(this.wording.pick(text, easy), { newTabLabel: this.wording.t('newTab') });
  }

  private onChoice(index: number, on: boolean): void {
    if (this.question.question.type === 'multiple') {
      const prev = this.draft?.choices ?? [];
      this.draft = {
        choices: on ? [...new Set([...prev, index])] : prev.filter((i) => i !== index),
      };
    } else {
      this.draft = { choices: [index] };
    }
    this.showError = false;
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.checked) {
      this.dispatchEvent(new Event('next'));
      return;
    }
    if (!isAnswered(this.draft)) {
      this.showError = true;
      await this.updateComplete;
      await this.kindEl?.updateComplete;
      if (this.kindEl) this.kindEl.focusAnswer();
      else
        this.querySelector<HTMLElement>(
          this.question.question.type === 'text' ? '#answer' : 'input',
        )?.focus();
      return;
    }
    this.dispatchEvent(new CustomEvent('answer', { detail: this.draft }) satisfies AnswerEvent);
  }

  protected override render(): TemplateResult {
    const { t } = this.wording;
    const rq = this.question;
    const q = rq.question;
    const total = this.total;
    const last = this.index + 1 === total;
    const challenge = this.content.mode === 'challenge';
    // (a challenge says nothing before the end)
    const checked = this.checked && !challenge;
    const errorId = this.showError ? 'answer-error' : undefined;
    const prompt = this.wording.pick(q.prompt, q.easy);
    const answer = this.answer;
    const verdict =
      checked && isAnswered(answer) ? (isCorrect(rq, answer) ? 'right' : 'wrong') : '';
    const buttonLabel =
      this.checked || challenge ? (last ? t('seeResult') : t('next')) : t('validate');
    const kind = kindOf(q.type);
    const spoken = [
      richTextToPlain(prompt ?? ''),
      ...(kind?.spoken(this.wording, rq) ?? rq.choices.map((ch) => choiceLabel(this.wording, ch))),
    ].join('. ');
    return html`<section part="question" aria-labelledby="question-heading">
      <p class="qd-quiz__kicker">
        ${this.mistakesOnly ? t('mistakesRound') : this.inline(this.content.title)}
      </p>
      <div class="qd-quiz__progress">
        <p>${t('progress', { current: this.index + 1, total })}</p>
        <progress max=${total} .value=${this.index + 1} aria-label=${t('progressLabel')}></progress>
      </div>
      <form @submit=${(e: Event) => void this.onSubmit(e)} novalidate>
        <fieldset>
          <legend>
            <h2 id="question-heading" tabindex="-1">${this.inline(q.prompt, q.easy)}</h2>
          </legend>
          ${this.listen(`q-${q.id}`, spoken)}
          ${q.media ? html`<qd-quiz-media .media=${q.media} .asset=${this.asset} lang=${this.content.lang} .wording=${this.wording} .locale=${this.locale}></qd-quiz-media>` : nothing}
          ${q.image && q.type !== 'image-zone' ? html`<img class="qd-quiz__image" src=${q.image.src} alt=${q.image.alt} width=${ifDefined(q.image.width)} height=${ifDefined(q.image.height)} />` : nothing}
          ${
            q.type === 'text'
              ? html`<div class="qd-text-answer">
                  <label for="answer">${t('answerLabel')}</label>
                  <input
                    id="answer"
                    type="text"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    .value=${this.draft?.text ?? ''}
                    ?readonly=${this.checked}
                    aria-invalid=${errorId ? 'true' : 'false'}
                    aria-describedby=${errorId ?? nothing}
                    @input=${(e: Event) => {
                      this.draft = { text: (e.target as HTMLInputElement).value };
                      this.showError = false;
                    }}
                  />
                </div>`
              : this.kindEl
                ? this.renderKind(this.kindEl, checked)
                : this.renderChoices(checked, errorId)
          }
          ${
            this.showError
              ? html`<p id="answer-error" class="qd-quiz__error" role="alert">
                  ${t(q.type === 'text' ? 'writeAnswer' : q.type === 'multiple' ? 'chooseSome' : (kind?.ask ?? 'chooseOne'))}
                </p>`
              : nothing
          }
        </fieldset>
        <div
          role="status"
          part="feedback"
          class="qd-quiz__feedback ${verdict ? `qd-quiz__feedback--${verdict}` : ''}"
        >
          ${checked ? this.renderFeedback() : nothing}
        </div>
        <div class="qd-quiz__actions">
          <button type="submit" class="qd-button qd-button--primary">${buttonLabel}</button>
        </div>
      </form>
    </section>`;
  }

  /** A question type loaded later: its element, told the answer being composed. */
  private renderKind(el: QdQuizKind, marks: boolean): QdQuizKind {
    Object.assign(el, {
      question: this.question,
      answer: this.draft,
      locked: this.checked,
      marks,
      invalid: this.showError,
      wording: this.wording,
      easy: this.easy,
      locale: this.locale,
    } satisfies Partial<QdQuizKind>);
    return el;
  }

  private renderChoices(checked: boolean, errorId: string | undefined): TemplateResult {
    const { t } = this.wording;
    const rq = this.question;
    const multiple = rq.question.type === 'multiple';
    const chosen = this.draft?.choices ?? [];
    return html`${multiple ? html`<p class="qd-quiz__hint" id="hint">${t('multipleHint')}</p>` : nothing}
    ${rq.choices.map((ch) => {
      const isChosen = chosen.includes(ch.index);
      const mark = checked && (ch.correct || isChosen) ? (ch.correct ? 'right' : 'wrong') : '';
      return html`<label class="qd-choice ${mark ? `qd-choice--${mark}` : ''}">
        <input
          type=${multiple ? 'checkbox' : 'radio'}
          name="choice"
          .value=${String(ch.index)}
          .checked=${isChosen}
          ?disabled=${checked}
          aria-invalid=${errorId ? 'true' : 'false'}
          aria-describedby=${errorId ?? nothing}
          @change=${(e: Event) => this.onChoice(ch.index, (e.target as HTMLInputElement).checked)}
        />
        <span>${ch.tf ? t(ch.tf) : this.inline(ch.text, ch.easy)}</span>
        ${
          mark
            ? html`<span class="qd-choice__mark"
                >${mark === 'right' ? `✓ ${t('reviewRight')}` : `✗ ${t('reviewWrong')}`}</span
              >`
            : nothing
        }
      </label>`;
    })}`;
  }

  /** Training: right or not, the chosen choices' own feedback, the right answer, the explanation. */
  private renderFeedback(): TemplateResult | typeof nothing {
    const { t } = this.wording;
    const rq = this.question;
    const answer = this.answer;
    if (!isAnswered(answer)) return nothing;
    const correct = isCorrect(rq, answer);
    const verdict = correct
      ? this.junior
        ? 'correctJunior'
        : 'correct'
      : this.junior
        ? 'incorrectJunior'
        : 'incorrect';
    const feedbacks = isLater(rq.question.type)
      ? []
      : rq.choices.filter((c) => answer.choices?.includes(c.index) && c.feedback);
    const q = rq.question;
    return html`<p><strong>${t(verdict)}</strong></p>
      ${feedbacks.map((c) => this.rich(c.feedback))}
      ${correct ? nothing : html`<p>${rightAnswer(this.wording, rq)}</p>`}
      ${q.explanation ? this.rich(q.explanation, q.easyExplanation) : nothing}`;
  }
}
