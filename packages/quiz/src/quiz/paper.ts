/**
 * The paper version of `<qd-quiz>`: every question of the round (or of a round drawn for print),
 * with boxes to tick or a line to write on, and with `print-answers` an answer key. Shown only
 * while printing (« Imprimer », or the browser's own print): it is in the quiz's first file, so
 * that printing works from the start screen, offline too.
 *
 * `<qd-quiz-paper>` is an internal element of `<qd-quiz>`, rendered in its shadow root without a
 * shadow root of its own: the quiz's print styles reach inside.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { renderInlineText, renderRichText, richTextToPlain } from '@quartiers-douai/core';
import type { QuizContent } from '../schema.js';
import { choiceLabel, rightAnswer, type Wording } from './answer-text.js';
import type { RoundQuestion } from './engine.js';
import { isLater } from './kinds.js';

/**
 * The paper version of `<qd-quiz>`.
 *
 * @internal Rendered by `<qd-quiz>` only.
 */
export class QdQuizPaper extends LitElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    questions: { attribute: false },
    answerKey: { attribute: false },
    wording: { attribute: false },
  };

  content!: QuizContent;
  /** The questions to print, in order. */
  questions: RoundQuestion[] = [];
  /** Adds the answer key (`print-answers`). */
  answerKey = false;
  /** The quiz's translator and easy-read choice. */
  wording!: Wording;

  /** Rendered in the quiz's shadow root (its print styles apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.wording.pick(text, easy), {
      newTabLabel: this.wording.t('newTab'),
    });
  }

  /** A question type loaded later: its element's paper version (nothing while its code is away). */
  private kindPaper(rq: RoundQuestion): HTMLElement {
    return Object.assign(document.createElement(`qd-quiz-${rq.question.type}`), {
      question: rq,
      wording: this.wording,
      paper: true,
    });
  }

  protected override render(): TemplateResult {
    const c = this.content;
    const { t, pick } = this.wording;
    const rqs = this.questions;
    return html`<div class="qd-print" part="print">
      <h2>${this.inline(c.title)}</h2>
      <p>${t('printName')}</p>
      ${
        c.description
          ? renderRichText(pick(c.description, c.easyDescription), { newTabLabel: t('newTab') })
          : nothing
      }
      <ol>
        ${rqs.map(
          (rq) =>
            html`<li class="qd-print__question">
              <p><strong>${this.inline(rq.question.prompt, rq.question.easy)}</strong></p>
              ${rq.question.image ? html`<img class="qd-quiz__image" src=${rq.question.image.src} alt=${rq.question.image.alt} />` : nothing}
              ${
                rq.question.type === 'text'
                  ? html`<div class="qd-print__line"></div>`
                  : isLater(rq.question.type)
                    ? this.kindPaper(rq)
                    : html`<ul class="qd-print__choices">
                        ${rq.choices.map((ch) => html`<li><span class="qd-print__box" aria-hidden="true"></span>${choiceLabel(this.wording, ch)}</li>`)}
                      </ul>`
              }
            </li>`,
        )}
      </ol>
      ${
        this.answerKey
          ? html`<section class="qd-print__key">
              <h2>${t('answerKey')}</h2>
              <ol>
                ${rqs.map((rq) => html`<li>${rightAnswer(this.wording, rq)}${rq.question.explanation ? html` — ${richTextToPlain(rq.question.explanation)}` : nothing}</li>`)}
              </ol>
            </section>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz-paper': QdQuizPaper;
  }
}
