import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  LoadController,
  PrintController,
  WaitController,
  QdContentElement,
  ReadAloud,
  StorageController,
  baseStyles,
  contentFileUrl,
  defineElement,
  easyReadToggle,
  loadingPanel,
  richTextToPlain,
  type ContentSpec,
  type DeviceStoreBase,
} from '@quartiers-douai/core';
import { QUIZ_CONTENT_VERSION, quizContentSchema, type QuizContent } from '../schema.js';
import { quizMessages, type QuizKey } from '../messages.js';
import {
  buildRound,
  isCorrect,
  scoreOf,
  type Answer,
  type QuestionResult,
  type RoundQuestion,
} from './engine.js';
import { answerTexts, type Wording } from './answer-text.js';
import { QdQuizPaper } from './paper.js';
import { PROGRESS_VERSION, progressSchema, type Progress } from './progress.js';
import { newRound, resultsOf, savedQuestions, storeIdOf } from './round.js';
import type { AnswerEvent } from './question-screen.js';
import { loadScreens, screensHere } from './screens.js';
import { loadKinds } from './kinds.js';
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

  private roundQuestions: RoundQuestion[] = [];
  private progressStore: DeviceStoreBase<Progress> | undefined;

  /** The questions and the result (`screens.part.ts`): when someone starts (ahead on a pointer or the focus). */
  private readonly screens = new LoadController(this, () => loadScreens(this.data));
  private readonly prefetchScreens = () => void loadScreens(this.data).catch(() => undefined);
  /** The code of the question types loaded later that the content has (`kinds.ts`): when it comes. */
  private readonly kindsCode = new WaitController(this);

  /** How this quiz says things (answer-text.ts, the questions, the result). */
  private readonly wording: Wording = {
    t: this.tr,
    pick: (text, easy) => this.easyRead.pick(text, easy),
  };

  /** The paper version, rendered while printing (« Imprimer » or the browser's menu). */
  private readonly printer = new PrintController(this);

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
          (q) =>
            !!q.easy || !!q.easyExplanation || q.choices?.some((ch) => !!ch.easy || !!ch.easyMatch),
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
    defineElement('qd-quiz-paper', QdQuizPaper); // (its paper version, whatever the quiz's own tag)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('storage') && this.hasUpdated && this.data) this.contentChanged(this.data);
  }

  // --- state ----------------------------------------------------------------------------------

  protected override contentChanged(content: QuizContent): void {
    this.toStart();
    this.progressStore = undefined;
    // The question types loaded later that this content has (its paper version shows them too).
    this.kindsCode.wait(loadKinds(content));
    // With `storage` opted in, the first screen waits for the saved round (if any).
    this.device.keep(
      {
        type: 'quiz-progress',
        id: storeIdOf(content),
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
    this.roundQuestions = [];
  }

  /** Rebuilds a saved round; false if it no longer matches the content. */
  private restore(content: QuizContent, p: Progress): boolean {
    const rqs = savedQuestions(content, p);
    if (!rqs) return false;
    this.roundQuestions = rqs;
    this.round = p;
    this.screen = p.finished ? 'result' : 'question';
    // The round goes on where it was: its screens come now; offline, the start screen says so.
    if (!screensHere(content))
      void this.screens.load().then((here) => {
        if (here || this.round !== p) return;
        this.toStart();
        this.announce(this.t('screensFailed'), 'error');
      });
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
    this.round = newRound(this.roundQuestions, only !== undefined);
    this.screen = 'question';
    this.persist();
    void this.focusAfterRender('#question-heading');
  }

  /**
   * « Commencer ». The questions come with their code (a part of the bundle, ADR 0016): the first
   * time, the start screen stays (focus too) while the status region says it loads; if they cannot
   * come (offline), it says so, and the next press tries again.
   */
  private begin(): void {
    if (!screensHere(this.data)) {
      const data = this.data;
      this.screens.run(
        this.voice,
        'screensFailed',
        () => this.begin(),
        () => this.data === data && this.screen === 'start',
      );
      return;
    }
    this.startRound();
  }

  private get current(): RoundQuestion | undefined {
    return this.round ? this.roundQuestions[this.round.index] : undefined;
  }

  private results(): QuestionResult[] {
    return resultsOf(this.roundQuestions, this.round);
  }

  /** A validated answer (`<qd-quiz-question>`): kept, told (`qd-answer`), and in a challenge, on to the next. */
  private onAnswer(answer: Answer): void {
    const r = this.round;
    const rq = this.current;
    if (!r || !rq) return;
    const correct = isCorrect(rq, answer);
    const answers = [...r.answers];
    answers[r.index] = answer;
    this.round = { ...r, answers, checked: true };
    this.dispatchEvent(
      new CustomEvent<QuizAnswerDetail>('qd-answer', {
        bubbles: true,
        composed: true,
        detail: {
          questionId: rq.question.id,
          correct,
          answer: answerTexts(this.wording, rq, answer),
        },
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
        `quiz-${this.data ? storeIdOf(this.data) : 'progression'}.json`,
      );
  }

  /** Prints the paper version (questions, and the answer key with `print-answers`). */
  print(): void {
    void this.printer.print();
  }

  /** Also waits for the question's or the result's own render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
      'qd-quiz-question, qd-quiz-result, qd-quiz-paper',
    )?.updateComplete;
    return done;
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
      ${this.printer.printing ? this.renderPaper(c) : nothing}
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
          @pointerenter=${this.prefetchScreens}
          @focus=${this.prefetchScreens}
          @click=${() => this.begin()}
        >
          ${this.junior ? this.t('startJunior') : this.t('start')}
        </button>
        <button type="button" class="qd-button qd-no-print" @click=${() => this.print()}>
          ${this.t('print')}
        </button>
      </div>
    </section>`;
  }

  /** The question screen (`<qd-quiz-question>`, question-screen.ts), once its code is here. */
  private renderQuestion(c: QuizContent): unknown {
    const r = this.round!;
    if (!screensHere(this.data)) return loadingPanel(false, this.tr);
    return html`<qd-quiz-question
      .content=${c}
      .question=${this.current!}
      .index=${r.index}
      .total=${this.roundQuestions.length}
      .answer=${r.answers[r.index]}
      .checked=${r.checked}
      .mistakesOnly=${r.mistakesOnly}
      .junior=${this.junior}
      .wording=${this.wording}
      .listen=${(key: string, text: string) => this.speech.listen(key, text)}
      .asset=${(path: string) => contentFileUrl(path, this.loader.state, this.src)}
      .easy=${this.easyRead.on}
      .locale=${this.i18n.locale}
      @answer=${(e: AnswerEvent) => this.onAnswer(e.detail)}
      @next=${() => this.next()}
    ></qd-quiz-question>`;
  }

  /** The result screen (`<qd-quiz-result>`, result-screen.ts), once its code is here. */
  private renderResult(c: QuizContent): unknown {
    if (!screensHere(this.data)) return loadingPanel(false, this.tr);
    return html`<qd-quiz-result
      .content=${c}
      .questions=${this.roundQuestions}
      .results=${this.results()}
      .junior=${this.junior}
      .wording=${this.wording}
      .easy=${this.easyRead.on}
      .locale=${this.i18n.locale}
      @restart=${() => this.restart()}
      @retry=${() => this.retryMistakes()}
      @print=${() => this.print()}
    ></qd-quiz-result>`;
  }

  /** The paper version (`<qd-quiz-paper>`, paper.ts), while printing. */
  private renderPaper(c: QuizContent): TemplateResult {
    const rqs =
      this.roundQuestions.length > 0
        ? this.roundQuestions
        : buildRound(c, { seed: this.seed ?? 'print' });
    return html`<qd-quiz-paper
      .content=${c}
      .questions=${rqs}
      .answerKey=${this.printAnswers}
      .wording=${this.wording}
    ></qd-quiz-paper>`;
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
