/**
 * What the elements of the question types loaded later (`<type>.part.ts`, `kinds.ts`) share:
 * `<qd-quiz-<type>>` is rendered by the question screen (the answer being composed) and by the
 * paper version (`paper`), in the quiz's shadow root without a shadow root of its own (the quiz's
 * styles, ids and focus reach inside; its own styles join that shadow root when it connects). It
 * tells the question screen the answer being composed by an event `draft` (`detail`: the answer;
 * it does not bubble). Imported by the parts only: it is never in the quiz's first file.
 */
import { LitElement, type CSSResult, type PropertyDeclarations } from 'lit';
import { adoptStylesInto, renderInlineText } from '@quartiers-douai/core';
import type { Wording } from './answer-text.js';
import type { Answer, RoundQuestion } from './engine.js';

/** `draft`: the answer being composed changed. */
export type DraftEvent = CustomEvent<Answer>;

export abstract class QdQuizKind extends LitElement {
  static override properties: PropertyDeclarations = {
    question: { attribute: false },
    answer: { attribute: false },
    locked: { attribute: false },
    marks: { attribute: false },
    invalid: { attribute: false },
    paper: { attribute: false },
    wording: { attribute: false },
    easy: { attribute: false },
    locale: { attribute: false },
  };

  /** Its styles, added to the quiz's shadow root. */
  static partStyles?: CSSResult;

  question!: RoundQuestion;
  /** The answer being composed, or the one given (`undefined`/`{}`: none yet). */
  answer: Answer | undefined;
  /** The answer was validated: nothing changes any more. */
  locked = false;
  /** Training, once validated: each part says whether it is right. */
  marks = false;
  /** « Valider » was pressed with no answer: the fields say so (`#answer-error`). */
  invalid = false;
  /** The paper version (printed). */
  paper = false;
  /** The quiz's translator and easy-read choice. */
  wording!: Wording;
  /** The quiz's easy-read state and language: a change renders again. */
  easy = false;
  locale = 'fr';

  /** Rendered in the quiz's shadow root. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const styles = (this.constructor as typeof QdQuizKind).partStyles;
    if (styles) adoptStylesInto(this, styles);
  }

  protected inline(text: string | undefined, easy?: string): unknown {
    return renderInlineText(this.wording.pick(text, easy), {
      newTabLabel: this.wording.t('newTab'),
    });
  }

  /** `aria-invalid` and `aria-describedby` of a field while « Valider » says what is missing. */
  protected get errorId(): string | undefined {
    return this.invalid ? 'answer-error' : undefined;
  }

  protected emit(answer: Answer): void {
    this.dispatchEvent(new CustomEvent('draft', { detail: answer }) satisfies DraftEvent);
  }

  /** The first field to fill (after « Valider » with no answer). */
  focusAnswer(): void {
    this.querySelector<HTMLElement>('input, select, button:not(:disabled)')?.focus();
  }
}
