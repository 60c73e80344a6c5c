/**
 * `blanks` questions (« texte à trous »), a part of the bundle fetched only when a content has one
 * (`kinds.ts`): the question's `sentence` with a box to write in for each gap (`{12|douze}`: the
 * answers accepted there). A gap is right when what is written there is one of its answers, with
 * the kit's text normalisation (the one typed answers use: case, accents, extra spaces and
 * surrounding punctuation do not count); the question is right when every gap is. On paper: the
 * sentence with lines to write on.
 */
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, normalizeAnswer, type Catalog } from '@quartiers-douai/core';
import type { KindKey } from '../messages.js';
import type { Wording } from './answer-text.js';
import type { RoundQuestion } from './engine.js';
import { QdQuizKind } from './kind-element.js';
import type { Kind } from './kinds.js';

export const fr: Partial<Catalog<KindKey>> = {
  blanksHint: 'Complétez la phrase : écrivez un mot dans chaque case.',
  gapLabel: 'Case {n} sur {total}',
  fillGaps: 'Écrivez au moins un mot, puis validez.',
  blanksPaper: 'Complétez la phrase.',
};

/** The sentence cut at its gaps: texts at even places, each gap's accepted answers at odd ones. */
export const cut = (sentence: string | undefined): Array<string | string[]> =>
  (sentence ?? '')
    .split(/\{([^{}]*)\}/)
    .map((part, i) => (i % 2 ? part.split('|').map((a) => a.trim()) : part));

/** The accepted answers of each gap, in order. */
const gapsOf = (rq: RoundQuestion): string[][] =>
  cut(rq.question.sentence).filter((p): p is string[] => Array.isArray(p));

/** The sentence as written (its spaces kept around the gaps), each gap filled by `fill(i)`. */
const filled = (rq: RoundQuestion, fill: (i: number, answers: string[]) => string): string => {
  let n = 0;
  return cut(rq.question.sentence)
    .map((p) => (Array.isArray(p) ? fill(n++, p) : p))
    .join('');
};

const rightAt = (answers: string[], written: string | undefined): boolean => {
  const given = normalizeAnswer(written ?? '');
  return given !== '' && answers.some((a) => normalizeAnswer(a) === given);
};

export const kind: Kind = {
  correct: (rq, a) => gapsOf(rq).every((answers, i) => rightAt(answers, a.texts?.[i])),
  given: (_w, rq, a) => [filled(rq, (i) => `[${a.texts?.[i]?.trim() || '…'}]`)],
  right: (_w, rq) => [filled(rq, (_, answers) => `[${answers[0] ?? ''}]`)],
  spoken: (w: Wording, rq) => [w.t('blanksHint'), filled(rq, () => '…')],
  ask: 'fillGaps',
};

/**
 * A `blanks` question.
 *
 * @internal Rendered by `<qd-quiz>`'s question screen and paper version only.
 */
export class QdQuizBlanks extends QdQuizKind {
  static override properties: PropertyDeclarations = {
    ...QdQuizKind.properties,
    texts: { state: true },
  };

  static override partStyles = css`
    .qd-blanks {
      line-height: 2.4;
      margin-block: 0 var(--_space);
    }
    .qd-blanks input {
      min-height: var(--_target);
      max-width: 100%;
      padding-inline: calc(var(--_space) / 2);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: inherit;
      font: inherit;
    }
    .qd-blanks__mark {
      font-weight: 700;
      margin-inline: 0.25em;
    }
    .qd-blanks__mark--right {
      color: var(--_success);
    }
    .qd-blanks__mark--wrong {
      color: var(--_danger);
    }
    .qd-blanks__line {
      display: inline-block;
      min-width: 8em;
      border-block-end: 1px solid currentColor;
    }
  `;

  /** What is written in each gap. */
  private texts: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question')) this.texts = [...(this.answer?.texts ?? [])];
  }

  private write(i: number, value: string): void {
    const texts = [...this.texts];
    texts[i] = value;
    this.texts = texts;
    const n = gapsOf(this.question).length;
    this.emit({ texts: Array.from({ length: n }, (_, k) => texts[k] ?? '') });
  }

  protected override render(): unknown {
    const { t } = this.wording;
    const parts = cut(this.question.question.sentence);
    const total = (parts.length - 1) / 2;
    let n = 0;
    if (this.paper)
      return html`<p>${t('blanksPaper')}</p>
        <p class="qd-blanks">
          ${parts.map((p) => (Array.isArray(p) ? html`<span class="qd-blanks__line"></span>` : this.inline(p)))}
        </p>`;
    return html`<p class="qd-quiz__hint" id="blanks-hint">${t('blanksHint')}</p>
      <p class="qd-blanks">
        ${parts.map((p) => {
          if (!Array.isArray(p)) return this.inline(p);
          const i = n++;
          const written = this.texts[i] ?? '';
          const mark = this.marks ? (rightAt(p, written) ? 'right' : 'wrong') : '';
          const size = Math.max(4, ...p.map((a) => a.length + 2));
          return html`<input
              type="text"
              size=${size}
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              aria-label=${t('gapLabel', { n: i + 1, total })}
              aria-describedby=${this.errorId ? `blanks-hint ${this.errorId}` : 'blanks-hint'}
              aria-invalid=${this.invalid ? 'true' : 'false'}
              .value=${written}
              ?readonly=${this.locked}
              @input=${(e: Event) => this.write(i, (e.target as HTMLInputElement).value)}
            />${
              mark
                ? html`<span class="qd-blanks__mark qd-blanks__mark--${mark}"
                    ><span aria-hidden="true">${mark === 'right' ? '✓' : '✗'}</span
                    ><span class="qd-visually-hidden"
                      >${t(mark === 'right' ? 'reviewRight' : 'reviewWrong')}</span
                    ></span
                  >`
                : nothing
            }`;
        })}
      </p>`;
  }
}

defineElement('qd-quiz-blanks', QdQuizBlanks);

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz-blanks': QdQuizBlanks;
  }
}
