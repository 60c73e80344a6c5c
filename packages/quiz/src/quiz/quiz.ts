import { ReadAloud } from '@quartiers-douai/core';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  QdContentElement,
  easyReadToggle,
  richTextToPlain,
  seedFrom,
  type ContentSpec,
  type DeviceStoreBase,
  baseStyles,
  StorageController,
} from '@quartiers-douai/core';
import { QUIZ_CONTENT_VERSION, quizContentSchema, type QuizContent } from '../schema.js';
import { quizMessages, type QuizKey } from '../messages.js';
import {
  buildRound,
  isAnswered,
  isCorrect,
  scoreOf,
  choicesOf,
  type Answer,
  type DisplayChoice,
  type QuestionResult,
  type RoundQuestion,
} from './engine.js';
import { PROGRESS_VERSION, progressSchema, type Progress } from './progress.js';
import { quizStyles } from './quiz.styles.js';

export type { Answer, QuestionResult };

/** `qd-answer`: a question was answered (no personal data beyond the answer itself). */
export interface QuizAnswerDetail {
  questionId: string;
  correct: boolean;
  /** Texts of the chosen choices, or the written answer. */
  answer: string[] | string;
}

/** `qd-complete`: the round is over. */
export interface QuizCompleteDetail {
  score: number;
  total: number;
  /** `undefined` when the content sets no `passScore`. */
  passed: boolean | undefined;
  results: Array<{ questionId: string; correct: boolean }>;
}

type Screen = 'start' | 'question' | 'result';

/**
 * A quiz: one question per screen, immediate feedback (training) or at the end (challenge),
 * a result with a review of every question, "Revoir mes erreurs", and a printable paper version.
 *
 * @summary Quiz accessible et léger : questions à choix, vrai/faux et réponse écrite.
 *
 * @fires qd-answer - A question was answered. `detail: QuizAnswerDetail` (bubbles, composed).
 * @fires qd-complete - The round is over. `detail: QuizCompleteDetail` (bubbles, composed).
 * @fires qd-content-ready - Lifecycle (does not bubble): valid content is shown.
 * @fires qd-content-error - Lifecycle (does not bubble): content could not be loaded or is invalid.
 *
 * @attr seed - Same seed, same draw and order of questions and choices (tests, printed versions).
 * @attr {boolean} print-answers - Adds an answer-key page to the printed version.
 *
 * @slot - An inline `<script type="application/json">` with the content (not displayed).
 *
 * @csspart base - The root wrapper (carries `dir` and `lang`).
 * @csspart start - The start screen.
 * @csspart question - The question screen.
 * @csspart feedback - The feedback region (role="status").
 * @csspart result - The result screen.
 * @csspart error - The error panel (invalid content, failed loading).
 * @csspart read-aloud - Each "Écouter" button.
 *
 * @cssprop --qd-color-primary - Buttons, progress, selected choices.
 * @cssprop --qd-color-success - Right answers.
 * @cssprop --qd-color-danger - Wrong answers and errors.
 * @cssprop --qd-font-size - Base text size (junior audience is 1.2×).
 * @cssprop --qd-target-size - Minimum height of choices and buttons (junior: --qd-target-size-junior).
 */
export class QdQuiz extends QdContentElement<QuizContent, QuizKey> {
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override styles = [baseStyles, quizStyles];
  static override messages = [quizMessages];

  static override properties: PropertyDeclarations = {
    seed: {},
    printAnswers: { type: Boolean, attribute: 'print-answers' },
    screen: { state: true },
    round: { state: true },
    draft: { state: true },
    showError: { state: true },
    printing: { state: true },
  };

  /** Same seed, same draw and order of questions and choices (tests, printed versions). */
  seed?: string;

  /**
   * Adds an answer-key page to the printed version.
   * @attr print-answers
   */
  printAnswers = false;

  private screen: Screen = 'start';
  private round: Progress | undefined;
  /** The answer being composed on the current question. */
  private draft: Answer | undefined;
  private showError = false;
  private printing = false;

  private roundQuestions: RoundQuestion[] = [];
  private progressStore: DeviceStoreBase<Progress> | undefined;

  private readonly beforePrint = () => {
    this.printing = true;
  };
  private readonly afterPrint = () => {
    this.printing = false;
  };

  protected override get contentSpec(): ContentSpec<QuizContent> {
    return {
      schema: quizContentSchema,
      version: QUIZ_CONTENT_VERSION,
      packageName: '@quartiers-douai/quiz',
      texts: () => import('../texts.lazy.js'),
    };
  }

  private get junior(): boolean {
    return this.data?.audience === 'junior';
  }

  private get hasEasy(): boolean {
    const c = this.data;
    return (
      !!c &&
      (!!c.easyDescription ||
        c.questions.some(
          (q) => !!q.easy || !!q.easyExplanation || q.choices?.some((ch) => !!ch.easy),
        ))
    );
  }

  protected override easyDefault(): boolean {
    return this.junior && this.hasEasy;
  }

  protected override readAloudDefault(): boolean {
    return this.junior;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('storage') && this.hasUpdated && this.data) this.contentChanged(this.data);
  }

  // --- state ----------------------------------------------------------------------------------

  /** Key of this content for stored progress: its `id`, else a hash of title and question ids. */
  private storeId(c: QuizContent): string {
    return c.id ?? seedFrom(`${c.title}|${c.questions.map((q) => q.id).join(',')}`).toString(36);
  }

  protected override contentChanged(content: QuizContent): void {
    this.toStart();
    this.progressStore = undefined;
    // With `storage` opted in, the first screen waits for the saved round (if any).
    this.device.keep(
      {
        type: 'quiz-progress',
        id: this.storeId(content),
        version: PROGRESS_VERSION,
        schema: progressSchema,
      },
      (store, saved) => {
        this.progressStore = store;
        if (saved && this.restore(content, saved)) this.announce(this.t('resumed'));
      },
    );
  }

  /** Back to the start screen, no round (the store stays open). */
  private toStart(): void {
    this.screen = 'start';
    this.round = undefined;
    this.draft = undefined;
    this.showError = false;
    this.roundQuestions = [];
  }

  /** Rebuilds a saved round; false if it no longer matches the content. */
  private restore(content: QuizContent, p: Progress): boolean {
    const byId = new Map(content.questions.map((q) => [q.id, q]));
    const rqs: RoundQuestion[] = [];
    for (const [i, id] of p.ids.entries()) {
      const q = byId.get(id);
      const order = p.orders[i];
      if (!q || !order) return false;
      const all = choicesOf(q);
      if (order.length !== all.length || order.some((k) => !all[k])) return false;
      rqs.push({ question: q, choices: order.map((k) => all[k]!) });
    }
    if (rqs.length === 0 || p.index >= rqs.length || p.answers.length !== rqs.length) return false;
    this.roundQuestions = rqs;
    this.round = p;
    this.screen = p.finished ? 'result' : 'question';
    this.draft = p.answers[p.index];
    return true;
  }

  private persist(): void {
    if (this.progressStore && this.round) this.device.save(this.progressStore, this.round);
  }

  private startRound(only?: string[]): void {
    const content = this.data;
    if (!content) return;
    this.speech.stop();
    this.roundQuestions = buildRound(content, { seed: this.seed, only });
    this.round = {
      ids: this.roundQuestions.map((rq) => rq.question.id),
      orders: this.roundQuestions.map((rq) => rq.choices.map((c) => c.index)),
      index: 0,
      answers: this.roundQuestions.map(() => ({})),
      checked: false,
      mistakesOnly: only !== undefined,
      finished: false,
    };
    this.draft = undefined;
    this.showError = false;
    this.screen = 'question';
    this.persist();
    void this.focusAfterRender('#question-heading');
  }

  private get current(): RoundQuestion | undefined {
    return this.round ? this.roundQuestions[this.round.index] : undefined;
  }

  private results(): QuestionResult[] {
    const r = this.round;
    if (!r) return [];
    return this.roundQuestions.map((rq, i) => {
      const answer = r.answers[i] ?? {};
      return {
        questionId: rq.question.id,
        correct: isAnswered(answer) && isCorrect(rq, answer),
        answer,
      };
    });
  }

  private choiceLabel(c: DisplayChoice): string {
    return c.tf ? this.t(c.tf) : richTextToPlain(this.easyRead.pick(c.text, c.easy));
  }

  private answerTexts(rq: RoundQuestion, a: Answer): string[] | string {
    if (rq.question.type === 'text') return a.text ?? '';
    return rq.choices.filter((c) => a.choices?.includes(c.index)).map((c) => this.choiceLabel(c));
  }

  private onChoice(rq: RoundQuestion, index: number, checked: boolean): void {
    if (rq.question.type === 'multiple') {
      const prev = this.draft?.choices ?? [];
      this.draft = {
        choices: checked ? [...new Set([...prev, index])] : prev.filter((i) => i !== index),
      };
    } else {
      this.draft = { choices: [index] };
    }
    this.showError = false;
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    const r = this.round;
    const rq = this.current;
    if (!r || !rq) return;
    if (r.checked) {
      this.next();
      return;
    }
    if (!isAnswered(this.draft)) {
      this.showError = true;
      void this.focusAfterRender(rq.question.type === 'text' ? '#answer' : 'input');
      return;
    }
    const answer = this.draft;
    const correct = isCorrect(rq, answer);
    const answers = [...r.answers];
    answers[r.index] = answer;
    this.round = { ...r, answers, checked: true };
    this.dispatchEvent(
      new CustomEvent<QuizAnswerDetail>('qd-answer', {
        bubbles: true,
        composed: true,
        detail: { questionId: rq.question.id, correct, answer: this.answerTexts(rq, answer) },
      }),
    );
    if (this.data?.mode === 'challenge') this.next();
    else this.persist();
  }

  private next(): void {
    const r = this.round;
    if (!r) return;
    this.speech.stop();
    if (r.index + 1 < this.roundQuestions.length) {
      this.round = { ...r, index: r.index + 1, checked: false };
      this.draft = r.answers[r.index + 1];
      this.showError = false;
      this.persist();
      void this.focusAfterRender('#question-heading');
      return;
    }
    this.round = { ...r, checked: false, finished: true };
    this.screen = 'result';
    this.persist();
    const results = this.results();
    const s = scoreOf(results, this.data?.passScore);
    this.dispatchEvent(
      new CustomEvent<QuizCompleteDetail>('qd-complete', {
        bubbles: true,
        composed: true,
        detail: {
          ...s,
          results: results.map(({ questionId, correct }) => ({ questionId, correct })),
        },
      }),
    );
    void this.focusAfterRender('#result-heading');
  }

  private restart(): void {
    this.progressStore?.clear();
    this.startRound();
  }

  private retryMistakes(): void {
    const wrong = this.results()
      .filter((r) => !r.correct)
      .map((r) => r.questionId);
    if (wrong.length > 0) this.startRound(wrong);
  }

  protected override resetSession(): void {
    this.progressStore?.clear();
    this.toStart();
  }

  /** "Effacer mes données": what this quiz kept (progress and any copy set aside), not other prototypes' data. */
  private erase(): void {
    this.progressStore?.clear();
    this.toStart();
    this.announce(this.t('erased'));
  }

  private exportData(): void {
    if (this.progressStore && this.round)
      this.progressStore.download(
        this.round,
        `quiz-${this.data ? this.storeId(this.data) : 'progression'}.json`,
      );
  }

  /** Prints the paper version (questions, and the answer key with `print-answers`). */
  print(): void {
    this.printing = true;
    void this.updateComplete.then(() => window.print());
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: QuizContent): TemplateResult {
    return html`<div class="qd-quiz ${this.junior ? 'qd-quiz--junior' : ''}" lang=${c.lang}>
      <div class="qd-screen">
        ${
          this.hasEasy || this.showReadAloud
            ? html`<div class="qd-toolbar">
                ${this.hasEasy ? easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on)) : nothing}
              </div>`
            : nothing
        }
        ${this.screen === 'start' ? this.renderStart(c) : this.screen === 'question' ? this.renderQuestion(c) : this.renderResult(c)}
        ${
          this.storage !== 'none' && this.screen !== 'question'
            ? this.device.tools({
                onExport: () => this.exportData(),
                onImport: (t) =>
                  this.device.importInto(this.progressStore, t, (p) => this.restore(c, p)),
                onErase: () => this.erase(),
              })
            : nothing
        }
      </div>
      ${this.printing ? this.renderPrint(c) : nothing}
    </div>`;
  }

  private renderStart(c: QuizContent): TemplateResult {
    const total = c.draw ?? c.questions.length;
    const desc = this.easyRead.pick(c.description, c.easyDescription);
    return html`<section part="start" aria-labelledby="start-heading">
      <h2 id="start-heading" tabindex="-1">${this.inline(c.title)}</h2>
      ${this.speech.listen('intro', [c.title, desc ? richTextToPlain(desc) : ''].join('. '))}
      ${desc ? this.rich(desc) : nothing}
      <p class="qd-quiz__kicker">${this.t('questionCount', { count: total })}</p>
      <div class="qd-quiz__actions">
        <button
          type="button"
          class="qd-button qd-button--primary"
          @click=${() => this.startRound()}
        >
          ${this.junior ? this.t('startJunior') : this.t('start')}
        </button>
        <button type="button" class="qd-button qd-no-print" @click=${() => this.print()}>
          ${this.t('print')}
        </button>
      </div>
    </section>`;
  }

  private renderChoices(
    rq: RoundQuestion,
    checked: boolean,
    errorId: string | undefined,
  ): TemplateResult {
    const q = rq.question;
    const multiple = q.type === 'multiple';
    const chosen = this.draft?.choices ?? [];
    return html`${multiple ? html`<p class="qd-quiz__hint" id="hint">${this.t('multipleHint')}</p>` : nothing}
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
          @change=${(e: Event) => this.onChoice(rq, ch.index, (e.target as HTMLInputElement).checked)}
        />
        <span>${ch.tf ? this.t(ch.tf) : this.inline(ch.text, ch.easy)}</span>
        ${
          mark
            ? html`<span class="qd-choice__mark"
                >${mark === 'right' ? `✓ ${this.t('reviewRight')}` : `✗ ${this.t('reviewWrong')}`}</span
              >`
            : nothing
        }
      </label>`;
    })}`;
  }

  private renderFeedback(rq: RoundQuestion): TemplateResult | typeof nothing {
    const r = this.round;
    const answer = r?.answers[r.index];
    if (!r?.checked || !isAnswered(answer)) return nothing;
    const correct = isCorrect(rq, answer);
    const verdict = correct
      ? this.junior
        ? 'correctJunior'
        : 'correct'
      : this.junior
        ? 'incorrectJunior'
        : 'incorrect';
    const feedbacks = rq.choices.filter((c) => answer.choices?.includes(c.index) && c.feedback);
    const q = rq.question;
    return html`<p><strong>${this.t(verdict)}</strong></p>
      ${feedbacks.map((c) => this.rich(c.feedback))}
      ${correct ? nothing : html`<p>${this.rightAnswer(rq)}</p>`}
      ${q.explanation ? this.rich(q.explanation, q.easyExplanation) : nothing}`;
  }

  private rightAnswer(rq: RoundQuestion): string {
    const right =
      rq.question.type === 'text'
        ? (rq.question.answers ?? []).slice(0, 1)
        : rq.choices.filter((c) => c.correct).map((c) => this.choiceLabel(c));
    return this.t('rightAnswer', { count: right.length, answer: right.join(' ; ') });
  }

  private renderQuestion(c: QuizContent): TemplateResult {
    const r = this.round!;
    const rq = this.current!;
    const q = rq.question;
    const total = this.roundQuestions.length;
    const last = r.index + 1 === total;
    const challenge = c.mode === 'challenge';
    const errorId = this.showError ? 'answer-error' : undefined;
    const prompt = this.easyRead.pick(q.prompt, q.easy);
    const answer = r.answers[r.index];
    const verdict =
      r.checked && isAnswered(answer) ? (isCorrect(rq, answer) ? 'right' : 'wrong') : '';
    const buttonLabel =
      r.checked || challenge ? (last ? this.t('seeResult') : this.t('next')) : this.t('validate');
    const spoken = [richTextToPlain(prompt), ...rq.choices.map((ch) => this.choiceLabel(ch))].join(
      '. ',
    );
    return html`<section part="question" aria-labelledby="question-heading">
      <p class="qd-quiz__kicker">
        ${r.mistakesOnly ? this.t('mistakesRound') : this.inline(c.title)}
      </p>
      <div class="qd-quiz__progress">
        <p>${this.t('progress', { current: r.index + 1, total })}</p>
        <progress
          max=${total}
          .value=${r.index + 1}
          aria-label=${this.t('progressLabel')}
        ></progress>
      </div>
      <form @submit=${(e: Event) => this.onSubmit(e)} novalidate>
        <fieldset>
          <legend>
            <h2 id="question-heading" tabindex="-1">${this.inline(q.prompt, q.easy)}</h2>
          </legend>
          ${this.speech.listen(`q-${q.id}`, spoken)}
          ${q.image ? html`<img class="qd-quiz__image" src=${q.image.src} alt=${q.image.alt} width=${ifDefined(q.image.width)} height=${ifDefined(q.image.height)} />` : nothing}
          ${
            q.type === 'text'
              ? html`<div class="qd-text-answer">
                  <label for="answer">${this.t('answerLabel')}</label>
                  <input
                    id="answer"
                    type="text"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    .value=${this.draft?.text ?? ''}
                    ?readonly=${r.checked}
                    aria-invalid=${errorId ? 'true' : 'false'}
                    aria-describedby=${errorId ?? nothing}
                    @input=${(e: Event) => {
                      this.draft = { text: (e.target as HTMLInputElement).value };
                      this.showError = false;
                    }}
                  />
                </div>`
              : this.renderChoices(rq, r.checked, errorId)
          }
          ${
            this.showError
              ? html`<p id="answer-error" class="qd-quiz__error" role="alert">
                  ${this.t(q.type === 'text' ? 'writeAnswer' : q.type === 'multiple' ? 'chooseSome' : 'chooseOne')}
                </p>`
              : nothing
          }
        </fieldset>
        <div
          role="status"
          part="feedback"
          class="qd-quiz__feedback ${verdict ? `qd-quiz__feedback--${verdict}` : ''}"
        >
          ${this.renderFeedback(rq)}
        </div>
        <div class="qd-quiz__actions">
          <button type="submit" class="qd-button qd-button--primary">${buttonLabel}</button>
        </div>
      </form>
    </section>`;
  }

  private renderResult(c: QuizContent): TemplateResult {
    const results = this.results();
    const s = scoreOf(results, c.passScore);
    const mistakes = results.filter((r) => !r.correct).length;
    const needed = c.passScore === undefined ? 0 : Math.ceil(c.passScore * s.total - 1e-9);
    const verdict =
      s.passed === undefined
        ? mistakes === 0
          ? this.t('allRight')
          : ''
        : s.passed
          ? this.t(this.junior ? 'passedJunior' : 'passed')
          : this.t(this.junior ? 'failedJunior' : 'failed', { needed, total: s.total });
    return html`<section part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">
        ${this.t(this.junior ? 'resultTitleJunior' : 'resultTitle')}
      </h2>
      <p class="qd-quiz__score" aria-hidden="true">${s.score} / ${s.total}</p>
      <p><strong>${this.t('scoreSentence', { count: s.score, total: s.total })}</strong></p>
      ${verdict ? html`<p>${verdict}</p>` : nothing}
      <div class="qd-quiz__actions">
        <button type="button" class="qd-button qd-button--primary" @click=${() => this.restart()}>
          ${this.t('restart')}
        </button>
        ${mistakes > 0 ? html`<button type="button" class="qd-button" @click=${() => this.retryMistakes()}>${this.t('retryMistakes')}</button>` : nothing}
        <button type="button" class="qd-button qd-no-print" @click=${() => this.print()}>
          ${this.t('print')}
        </button>
      </div>
      <h3>${this.t('reviewTitle')}</h3>
      <ol class="qd-quiz__review">
        ${this.roundQuestions.map((rq, i) => {
          const res = results[i]!;
          const given = this.answerTexts(rq, res.answer);
          const givenText = Array.isArray(given) ? given.join(' ; ') : given;
          return html`<li>
            <p>
              <span class="qd-quiz__verdict qd-quiz__verdict--${res.correct ? 'right' : 'wrong'}"
                >${res.correct ? '✓' : '✗'}
                ${res.correct ? this.t('reviewRight') : this.t('reviewWrong')}</span
              >
              — ${this.inline(rq.question.prompt, rq.question.easy)}
            </p>
            <p>${this.t('yourAnswer', { answer: givenText || this.t('noAnswer') })}</p>
            ${res.correct ? nothing : html`<p>${this.rightAnswer(rq)}</p>`}
            ${rq.question.explanation ? this.rich(rq.question.explanation, rq.question.easyExplanation) : nothing}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderPrint(c: QuizContent): TemplateResult {
    const rqs =
      this.roundQuestions.length > 0
        ? this.roundQuestions
        : buildRound(c, { seed: this.seed ?? 'print' });
    return html`<div class="qd-print" part="print">
      <h2>${this.inline(c.title)}</h2>
      <p>${this.t('printName')}</p>
      ${c.description ? this.rich(c.description, c.easyDescription) : nothing}
      <ol>
        ${rqs.map(
          (rq) =>
            html`<li class="qd-print__question">
              <p><strong>${this.inline(rq.question.prompt, rq.question.easy)}</strong></p>
              ${rq.question.image ? html`<img class="qd-quiz__image" src=${rq.question.image.src} alt=${rq.question.image.alt} />` : nothing}
              ${
                rq.question.type === 'text'
                  ? html`<div class="qd-print__line"></div>`
                  : html`<ul class="qd-print__choices">
                      ${rq.choices.map((ch) => html`<li><span class="qd-print__box" aria-hidden="true"></span>${this.choiceLabel(ch)}</li>`)}
                    </ul>`
              }
            </li>`,
        )}
      </ol>
      ${
        this.printAnswers
          ? html`<section class="qd-print__key">
              <h2>${this.t('answerKey')}</h2>
              <ol>
                ${rqs.map((rq) => html`<li>${this.rightAnswer(rq)}${rq.question.explanation ? html` — ${richTextToPlain(rq.question.explanation)}` : nothing}</li>`)}
              </ol>
            </section>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz': QdQuiz;
  }
  interface HTMLElementEventMap {
    'qd-answer': CustomEvent<QuizAnswerDetail>;
    'qd-complete': CustomEvent<QuizCompleteDetail>;
  }
}
