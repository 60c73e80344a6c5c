/**
 * `matching` questions (« associer »), a part of the bundle fetched only when a content has one
 * (`kinds.ts`): each item (a choice's `text`) has a list to pick its answer from (the choices'
 * `match`es, mixed, each once: several items may share one, to sort into groups). A labelled
 * `<select>` per item is the accessible baseline: keyboard, screen readers and phones know it.
 * The answer is, for each item in content order, the index of a choice whose `match` was picked;
 * it is right when every item got its own `match`. On paper: the items, and the answers lettered.
 */
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, richTextToPlain, type Catalog } from '@quartiers-douai/core';
import type { KindKey } from '../messages.js';
import { choiceLabel, type Wording } from './answer-text.js';
import type { Answer, DisplayChoice, RoundQuestion } from './engine.js';
import { QdQuizKind } from './kind-element.js';
import type { Kind } from './kinds.js';

export const fr: Partial<Catalog<KindKey>> = {
  matchHint: 'Associez chaque élément à sa réponse, dans la liste à côté.',
  matchPick: '— choisir —',
  matchAll: 'Associez chaque élément, puis validez.',
  matchPaper: 'Écrivez à côté de chaque élément la lettre de sa réponse.',
  pair: '{left} → {right}',
};

/** The items, in content order. */
const itemsOf = (rq: RoundQuestion): DisplayChoice[] =>
  [...rq.choices].sort((a, b) => a.index - b.index);

/** The answers to pick from: each `match` once, in the round's (mixed) order. */
const optionsOf = (rq: RoundQuestion): DisplayChoice[] => {
  const seen = new Set<string>();
  return rq.choices.filter((c) => {
    const key = matchOf(rq, c.index);
    return !seen.has(key) && !!seen.add(key);
  });
};

/** The `match` of the choice at content index `k`. */
const matchOf = (rq: RoundQuestion, k: number): string => rq.question.choices?.[k]?.match ?? '';

const matchLabel = (w: Wording, rq: RoundQuestion, k: number): string =>
  richTextToPlain(w.pick(matchOf(rq, k), rq.question.choices?.[k]?.easyMatch) ?? '');

/** « item → answer » for each item (`picks[i]`: the choice whose `match` item i got). */
const pairs = (w: Wording, rq: RoundQuestion, picks: readonly number[]): string[] =>
  itemsOf(rq).flatMap((c, i) =>
    picks[i] === undefined
      ? []
      : [w.t('pair', { left: choiceLabel(w, c), right: matchLabel(w, rq, picks[i]) })],
  );

/** Item i got its own answer. */
const rightAt = (rq: RoundQuestion, picks: readonly number[], i: number): boolean =>
  picks[i] !== undefined && matchOf(rq, picks[i]) === matchOf(rq, i);

export const kind: Kind = {
  correct: (rq, a) =>
    a.choices?.length === rq.choices.length &&
    rq.choices.every((_, i) => rightAt(rq, a.choices!, i)),
  given: (w, rq, a) => pairs(w, rq, a.choices ?? []),
  right: (w, rq) =>
    pairs(
      w,
      rq,
      rq.choices.map((_, i) => i),
    ),
  spoken: (w, rq) => [
    w.t('matchHint'),
    ...itemsOf(rq).map((c) => choiceLabel(w, c)),
    ...optionsOf(rq).map((c) => matchLabel(w, rq, c.index)),
  ],
  ask: 'matchAll',
};

/**
 * A `matching` question.
 *
 * @internal Rendered by `<qd-quiz>`'s question screen and paper version only.
 */
export class QdQuizMatching extends QdQuizKind {
  static override properties: PropertyDeclarations = {
    ...QdQuizKind.properties,
    picks: { state: true },
  };

  static override partStyles = css`
    .qd-match__row {
      margin-block-end: var(--_space);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space) calc(var(--_space) * 2);
      padding: var(--_space) calc(var(--_space) * 1.5);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .qd-match__row label {
      flex: 1 1 12rem;
      min-width: 0;
      font-weight: 600;
    }
    /* (a list is as wide as its longest answer: it may shrink, the open list shows it whole) */
    .qd-match__row select {
      flex: 1 1 12rem;
      min-width: 0;
      width: 100%;
      min-height: var(--_target);
      padding-inline: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: inherit;
      font: inherit;
    }
    .qd-match__row--right {
      border-color: var(--_success);
      border-inline-start-width: 0.5rem;
    }
    .qd-match__row--wrong {
      border-color: var(--_danger);
      border-inline-start-width: 0.5rem;
    }
    .qd-match__letters {
      list-style: upper-alpha;
    }
    @media (forced-colors: active) {
      .qd-match__row {
        border-color: ButtonText;
      }
    }
  `;

  /** For each item (content order), the choice whose answer was picked (undefined: none yet). */
  private picks: Array<number | undefined> = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question')) this.picks = [...(this.answer?.choices ?? [])];
  }

  private pick(i: number, value: string): void {
    const picks = [...this.picks];
    picks[i] = value === '' ? undefined : Number(value);
    this.picks = picks;
    const n = this.question.choices.length;
    const done = picks.length === n && picks.every((k) => k !== undefined);
    this.emit(done ? ({ choices: picks as number[] } satisfies Answer) : {});
  }

  protected override render(): unknown {
    const w = this.wording;
    const { t } = w;
    const rq = this.question;
    const items = itemsOf(rq);
    const options = optionsOf(rq);
    if (this.paper)
      return html`<p>${t('matchPaper')}</p>
        <ul class="qd-print__choices">
          ${items.map((c) => html`<li><span class="qd-print__box" aria-hidden="true"></span>${choiceLabel(w, c)}</li>`)}
        </ul>
        <ol class="qd-match__letters">
          ${options.map((c) => html`<li>${matchLabel(w, rq, c.index)}</li>`)}
        </ol>`;
    const describedBy = this.errorId ? `match-hint ${this.errorId}` : 'match-hint';
    return html`<p class="qd-quiz__hint" id="match-hint">${t('matchHint')}</p>
      <div class="qd-match">
        ${items.map((c, i) => {
          const picked = this.picks[i];
          const mark = this.marks
            ? rightAt(rq, this.picks as number[], i)
              ? 'right'
              : 'wrong'
            : '';
          return html`<div class="qd-match__row ${mark ? `qd-match__row--${mark}` : ''}">
            <label for="match-${i}">${this.inline(c.text, c.easy)}</label>
            <select
              id="match-${i}"
              aria-describedby=${describedBy}
              aria-invalid=${this.invalid && picked === undefined ? 'true' : 'false'}
              ?disabled=${this.locked}
              @change=${(e: Event) => this.pick(i, (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${picked === undefined}>${t('matchPick')}</option>
              ${options.map(
                (o) =>
                  html`<option
                    value=${o.index}
                    ?selected=${picked !== undefined && matchOf(rq, picked) === matchOf(rq, o.index)}
                  >
                    ${matchLabel(w, rq, o.index)}
                  </option>`,
              )}
            </select>
            ${
              mark
                ? html`<span class="qd-choice__mark"
                    >${mark === 'right' ? `✓ ${t('reviewRight')}` : `✗ ${t('reviewWrong')}`}</span
                  >`
                : nothing
            }
          </div>`;
        })}
      </div>`;
  }

  /** The first item still without an answer. */
  override focusAnswer(): void {
    const i = this.question.choices.findIndex((_, k) => this.picks[k] === undefined);
    this.querySelector<HTMLElement>(`#match-${Math.max(i, 0)}`)?.focus();
  }
}

defineElement('qd-quiz-matching', QdQuizMatching);

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz-matching': QdQuizMatching;
  }
}
