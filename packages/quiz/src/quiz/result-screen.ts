/**
 * The result screen of `<qd-quiz>` (a part of the bundle with the question screen:
 * `screens.part.ts`): the score, the pass or fail message, « Recommencer », « Revoir mes
 * erreurs », « Imprimer », and the review of every question (the answer given, the right one, the
 * explanation).
 *
 * `<qd-quiz-result>` is an internal element of `<qd-quiz>`, rendered in its shadow root without a
 * shadow root of its own: the quiz's styles, ids and focus reach inside. The quiz hands it the
 * round and its wording; the screen tells it what the person asks for by events (`restart`,
 * `retry`, `print`, none of which bubbles).
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { adoptStylesInto, renderInlineText, renderRichText } from '@quartiers-douai/core';
import type { QuizContent } from '../schema.js';
import { screensStyles } from './screens.styles.js';
import { answerTexts, rightAnswer, type Wording } from './answer-text.js';
import { scoreOf, type QuestionResult, type RoundQuestion } from './engine.js';

/**
 * The result screen of `<qd-quiz>`.
 *
 * @internal Rendered by `<qd-quiz>` only.
 */
export class QdQuizResult extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    questions: { attribute: false },
    results: { attribute: false },
    junior: { attribute: false },
    wording: { attribute: false },
    easy: { attribute: false },
    locale: { attribute: false },
  };

  content!: QuizContent;
  /** The questions of the round, in the order they were asked. */
  questions: RoundQuestion[] = [];
  /** Right or wrong, and the answer given, for each question of the round. */
  results: QuestionResult[] = [];
  /** Speaks to children (tutoiement, encouraging). */
  junior = false;
  /** The quiz's translator and easy-read choice. */
  wording!: Wording;
  /** The quiz's easy-read state and language: a change renders again. */
  easy = false;
  locale = 'fr';

  /** Rendered in the quiz's shadow root (its styles, ids and focus apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The screens' own styles join the quiz's shadow root (`screens.styles.ts`). */
  override connectedCallback(): void {
    super.connectedCallback();
    adoptStylesInto(this, screensStyles);
  }

  private inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.wording.pick(text, easy), {
      newTabLabel: this.wording.t('newTab'),
    });
  }

  private rich(text: string | undefined, easy?: string): unknown {
    return renderRichText(this.wording.pick(text, easy), { newTabLabel: this.wording.t('newTab') });
  }

  private ask(type: 'restart' | 'retry' | 'print'): void {
    this.dispatchEvent(new Event(type));
  }

  protected override render(): TemplateResult {
    const c = this.content;
    const { t } = this.wording;
    const results = this.results;
    const s = scoreOf(results, c.passScore);
    const mistakes = results.filter((r) => !r.correct).length;
    const needed = c.passScore === undefined ? 0 : Math.ceil(c.passScore * s.total - 1e-9);
    const verdict =
      s.passed === undefined
        ? mistakes === 0
          ? t('allRight')
          : ''
        : s.passed
          ? t(this.junior ? 'passedJunior' : 'passed')
          : t(this.junior ? 'failedJunior' : 'failed', { needed, total: s.total });
    return html`<section part="result" aria-labelledby="result-heading">
      <h2 id="result-heading" tabindex="-1">
        ${t(this.junior ? 'resultTitleJunior' : 'resultTitle')}
      </h2>
      <p class="qd-quiz__score" aria-hidden="true">${s.score} / ${s.total}</p>
      <p><strong>${t('scoreSentence', { count: s.score, total: s.total })}</strong></p>
      ${verdict ? html`<p>${verdict}</p>` : nothing}
      <div class="qd-quiz__actions">
        <button
          type="button"
          class="qd-button qd-button--primary"
          @click=${() => this.ask('restart')}
        >
          ${t('restart')}
        </button>
        ${mistakes > 0 ? html`<button type="button" class="qd-button" @click=${() => this.ask('retry')}>${t('retryMistakes')}</button>` : nothing}
        <button type="button" class="qd-button qd-no-print" @click=${() => this.ask('print')}>
          ${t('print')}
        </button>
      </div>
      <h3>${t('reviewTitle')}</h3>
      <ol class="qd-quiz__review">
        ${this.questions.map((rq, i) => this.renderReview(rq, results[i]!))}
      </ol>
    </section>`;
  }

  private renderReview(rq: RoundQuestion, res: QuestionResult): TemplateResult {
    const { t } = this.wording;
    const q = rq.question;
    const given = answerTexts(this.wording, rq, res.answer);
    const givenText = Array.isArray(given) ? given.join(' ; ') : given;
    return html`<li>
      <p>
        <span class="qd-quiz__verdict qd-quiz__verdict--${res.correct ? 'right' : 'wrong'}"
          >${res.correct ? '✓' : '✗'} ${res.correct ? t('reviewRight') : t('reviewWrong')}</span
        >
        — ${this.inline(q.prompt, q.easy)}
      </p>
      <p>${t('yourAnswer', { answer: givenText || t('noAnswer') })}</p>
      ${res.correct ? nothing : html`<p>${rightAnswer(this.wording, rq)}</p>`}
      ${q.explanation ? this.rich(q.explanation, q.easyExplanation) : nothing}
    </li>`;
  }
}
