/**
 * `ordering` questions (« remettre dans l'ordre »), a part of the bundle fetched only when a content
 * has one (`kinds.ts`): the items, shown mixed, are put in order with « Monter » / « Descendre » on
 * each item or Alt + ↑ / ↓; the status region says where the item now is; the focus stays on the
 * item moved. The answer is the items' indices in the order the person put them; it is right when
 * that is the content's order. On paper: the items to number.
 */
import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defineElement, type Catalog } from '@quartiers-douai/core';
import type { KindKey } from '../messages.js';
import { choiceLabel, type Wording } from './answer-text.js';
import type { Answer, DisplayChoice, RoundQuestion } from './engine.js';
import { QdQuizKind } from './kind-element.js';
import type { Kind } from './kinds.js';

export const fr: Partial<Catalog<KindKey>> = {
  orderHint:
    'Mettez dans le bon ordre, du premier au dernier. Au clavier : les boutons « Monter » et « Descendre », ou Alt + flèche haut / bas.',
  moveUp: 'Monter',
  moveDown: 'Descendre',
  moveUpLabel: 'Monter : {item}',
  moveDownLabel: 'Descendre : {item}',
  moved: '« {item} » : position {position} sur {total}.',
  orderPaper: 'Numérotez de 1 à {total}, dans le bon ordre.',
  placeRight: 'Bien placé',
  placeWrong: 'Mal placé',
};

/** The items in the order of `indices` (content indices), as displayed choices. */
const inOrder = (rq: RoundQuestion, indices: readonly number[]): DisplayChoice[] =>
  indices.map((k) => rq.choices.find((c) => c.index === k)).filter((c) => c !== undefined);

/** « 1. …, 2. …, 3. … ». */
const numbered = (w: Wording, items: DisplayChoice[]): string[] =>
  items.length ? [items.map((c, i) => `${i + 1}. ${choiceLabel(w, c)}`).join(', ')] : [];

export const kind: Kind = {
  correct: (rq, a) => a.choices?.length === rq.choices.length && a.choices.every((k, i) => k === i),
  given: (w, rq, a) => numbered(w, inOrder(rq, a.choices ?? [])),
  right: (w, rq) =>
    numbered(
      w,
      inOrder(
        rq,
        rq.choices.map((_, i) => i),
      ),
    ),
  spoken: (w, rq) => [w.t('orderHint'), ...rq.choices.map((c) => choiceLabel(w, c))],
};

/**
 * An `ordering` question.
 *
 * @internal Rendered by `<qd-quiz>`'s question screen and paper version only.
 */
export class QdQuizOrdering extends QdQuizKind {
  static override properties: PropertyDeclarations = {
    ...QdQuizKind.properties,
    order: { state: true },
    said: { state: true },
  };

  static override partStyles = css`
    .qd-order {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_space);
    }
    .qd-order__item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      min-height: var(--_target);
      padding: var(--_space) calc(var(--_space) * 1.5);
      margin-block-end: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    .qd-order__item:focus-within {
      border-color: var(--_primary);
    }
    .qd-order__pos {
      font-weight: 800;
      min-width: 1.5em;
    }
    .qd-order__text {
      flex: 1 1 10rem;
    }
    .qd-order__moves {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2);
    }
    .qd-order__item--right {
      border-color: var(--_success);
      border-inline-start-width: 0.5rem;
    }
    .qd-order__item--wrong {
      border-color: var(--_danger);
      border-inline-start-width: 0.5rem;
    }
    @media (forced-colors: active) {
      .qd-order__item {
        border-color: ButtonText;
      }
    }
  `;

  /** The items' content indices, in the order the person put them. */
  private order: number[] = [];
  /** What the status region says (the last move). */
  private said = '';

  /** Another question: its answer's order, or the mixed order it is shown in. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question')) {
      const given = this.answer?.choices;
      this.order =
        given && given.length === this.question.choices.length
          ? [...given]
          : this.question.choices.map((c) => c.index);
      this.said = '';
    }
  }

  /** Moves the item at `pos` one place up (-1) or down (+1); keeps the focus on it. */
  private async move(pos: number, dir: -1 | 1): Promise<void> {
    const to = pos + dir;
    if (this.locked || to < 0 || to >= this.order.length) return;
    const order = [...this.order];
    [order[pos], order[to]] = [order[to]!, order[pos]!];
    this.order = order;
    const item = inOrder(this.question, [order[to]!])[0]!;
    this.said = this.wording.t('moved', {
      item: choiceLabel(this.wording, item),
      position: to + 1,
      total: order.length,
    });
    this.emit({ choices: order } satisfies Answer);
    await this.updateComplete;
    const li = this.querySelector(`[data-pos="${to}"]`);
    // (the same button, or the other one when the item reached the top or the bottom)
    const same = li?.querySelector<HTMLButtonElement>(`[data-dir="${dir}"]`);
    (same?.disabled ? li?.querySelector<HTMLElement>('button:not(:disabled)') : same)?.focus();
  }

  private onKey(e: KeyboardEvent, pos: number): void {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void this.move(pos, e.key === 'ArrowUp' ? -1 : 1);
  }

  protected override render(): unknown {
    const w = this.wording;
    const { t } = w;
    const rq = this.question;
    if (this.paper)
      return html`<p>${t('orderPaper', { total: rq.choices.length })}</p>
        <ul class="qd-print__choices">
          ${rq.choices.map((c) => html`<li><span class="qd-print__box" aria-hidden="true"></span>${choiceLabel(w, c)}</li>`)}
        </ul>`;
    const items = inOrder(rq, this.order);
    const last = items.length - 1;
    return html`<p class="qd-quiz__hint" id="order-hint">${t('orderHint')}</p>
      <ol class="qd-order" aria-describedby="order-hint">
        ${items.map((c, pos) => {
          const item = choiceLabel(w, c);
          const mark = this.marks ? (c.index === pos ? 'right' : 'wrong') : '';
          return html`<li
            class="qd-order__item ${mark ? `qd-order__item--${mark}` : ''}"
            data-pos=${pos}
            @keydown=${(e: KeyboardEvent) => this.onKey(e, pos)}
          >
            <span class="qd-order__pos" aria-hidden="true">${pos + 1}</span>
            <span class="qd-order__text">${this.inline(c.text, c.easy)}</span>
            ${
              mark
                ? html`<span class="qd-choice__mark"
                    >${mark === 'right' ? `✓ ${t('placeRight')}` : `✗ ${t('placeWrong')}`}</span
                  >`
                : nothing
            }
            <span class="qd-order__moves">
              <button
                type="button"
                class="qd-button"
                data-dir="-1"
                aria-label=${t('moveUpLabel', { item })}
                ?disabled=${this.locked || pos === 0}
                @click=${() => void this.move(pos, -1)}
              >
                <span aria-hidden="true">↑</span> ${t('moveUp')}
              </button>
              <button
                type="button"
                class="qd-button"
                data-dir="1"
                aria-label=${t('moveDownLabel', { item })}
                ?disabled=${this.locked || pos === last}
                @click=${() => void this.move(pos, 1)}
              >
                <span aria-hidden="true">↓</span> ${t('moveDown')}
              </button>
            </span>
          </li>`;
        })}
      </ol>
      <p role="status" class="qd-visually-hidden">${this.said}</p>`;
  }
}

defineElement('qd-quiz-ordering', QdQuizOrdering);

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz-ordering': QdQuizOrdering;
  }
}
