import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { moveItem } from './answers.js';
import type { PollQuestion } from '../schema.js';
import { PollScreen, type Plain } from './poll-screen.js';

/**
 * A ranking question's list: "Monter" / "Descendre" buttons (keyboard, one tap), drag by the
 * handle (pointer), and each move announced.
 *
 * @internal Rendered by `<qd-poll>` only.
 */
export class QdPollRanking extends PollScreen {
  static override properties: PropertyDeclarations = {
    ...PollScreen.properties,
    question: { attribute: false },
    order: { attribute: false },
    ranked: { attribute: false },
    describedBy: { attribute: false },
    reorder: { attribute: false },
    done: { attribute: false },
    plain: { attribute: false },
    dragged: { state: true },
    live: { state: true },
  };

  question!: PollQuestion;
  /** The choices' ids, in the current ranking. */
  order: string[] = [];
  /** "Mon classement est prêt" is ticked. */
  ranked = false;
  describedBy: string | typeof nothing = nothing;
  /** A new ranking (the poll keeps it and counts the question as answered). */
  reorder: (order: string[]) => void = () => undefined;
  /** "Mon classement est prêt" ticked or not. */
  done: (ready: boolean) => void = () => undefined;
  /** Plain text (easy-read variant when it is on), for the announcements. */
  plain: Plain = (text) => text ?? '';

  private dragged: string | undefined;
  private live = '';

  /** A step-by-step poll shows the next question in this same element: nothing of the last one stays. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question') && changed.get('question')) {
      this.live = '';
      this.dragged = undefined;
    }
  }

  private name(id: string): string {
    const ch = this.question.choices?.find((c) => c.id === id);
    return ch ? this.plain(ch.text, ch.easy) : id;
  }

  private setOrder(order: string[]): void {
    this.order = order;
    this.reorder(order);
  }

  private sayPosition(id: string): void {
    this.live = this.t('rankedAt', {
      item: this.name(id),
      position: this.order.indexOf(id) + 1,
      total: this.order.length,
    });
  }

  /** Moves a choice by `delta` places and says where it is now. */
  private async move(id: string, delta: number): Promise<void> {
    const from = this.order.indexOf(id);
    const to = from + delta;
    if (to < 0 || to >= this.order.length) {
      this.live = this.t(delta < 0 ? 'alreadyFirst' : 'alreadyLast', { item: this.name(id) });
      return;
    }
    this.setOrder(moveItem(this.order, from, to));
    this.sayPosition(id);
    await this.updateComplete;
    this.querySelector<HTMLElement>(
      `#${delta < 0 ? 'up' : 'down'}-${this.question.id}-${id}`,
    )?.focus();
  }

  private dragStart(e: PointerEvent, id: string): void {
    if (e.button !== 0) return;
    e.preventDefault();
    try {
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // synthetic pointer without capture: the moves still arrive on the handle
    }
    this.dragged = id;
  }

  private dragMove(e: PointerEvent): void {
    const id = this.dragged;
    if (!id) return;
    const from = this.order.indexOf(id);
    const items = [...this.querySelectorAll(`#rank-${this.question.id} > li`)];
    let to = items.findIndex((li) => {
      const r = li.getBoundingClientRect();
      return e.clientY < r.top + r.height / 2;
    });
    if (to === -1) to = items.length - 1;
    else if (to > from) to -= 1;
    if (to !== from) this.setOrder(moveItem(this.order, from, to));
  }

  private dragEnd(): void {
    const id = this.dragged;
    if (!id) return;
    this.dragged = undefined;
    this.reorder(this.order);
    this.sayPosition(id);
  }

  protected override render(): unknown {
    const q = this.question;
    const byId = new Map((q.choices ?? []).map((ch) => [ch.id, ch]));
    const button = (id: string, i: number, up: boolean) =>
      html`<button
        type="button"
        class="qd-button"
        id="${up ? 'up' : 'down'}-${q.id}-${id}"
        aria-disabled=${i === (up ? 0 : this.order.length - 1) ? 'true' : 'false'}
        aria-describedby=${this.describedBy}
        @click=${() => void this.move(id, up ? -1 : 1)}
      >
        <span aria-hidden="true">${up ? '↑' : '↓'}</span> ${this.t(up ? 'moveUp' : 'moveDown')}<span
          class="qd-visually-hidden"
        >
          : ${this.name(id)}</span
        >
      </button>`;
    return html`<ol class="qd-rank" id="rank-${q.id}">
        ${this.order.map((id, i) => {
          const ch = byId.get(id)!;
          return html`<li class="qd-rank__item ${this.dragged === id ? 'qd-rank__item--drag' : ''}">
            <span
              class="qd-rank__handle"
              aria-hidden="true"
              @pointerdown=${(e: PointerEvent) => this.dragStart(e, id)}
              @pointermove=${(e: PointerEvent) => this.dragMove(e)}
              @pointerup=${() => this.dragEnd()}
              @pointercancel=${() => this.dragEnd()}
              ><svg viewBox="0 0 24 24" focusable="false">
                <path
                  fill="currentColor"
                  d="M9 5a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM9 12a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM9 19a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0z"
                /></svg
            ></span>
            <span class="qd-rank__pos" aria-hidden="true">${i + 1}</span>
            ${ch.image ? html`<img class="qd-choice__image" src=${ch.image.src} alt=${ch.image.alt} />` : nothing}
            <span class="qd-rank__text">${this.inline(ch.text, ch.easy)}</span>
            <span class="qd-rank__buttons">${button(id, i, true)} ${button(id, i, false)}</span>
          </li>`;
        })}
      </ol>
      <label class="qd-choice">
        <input
          type="checkbox"
          .checked=${this.ranked}
          aria-describedby=${this.describedBy}
          @change=${(e: Event) => this.done((e.target as HTMLInputElement).checked)}
        />
        <span>${this.t('rankingDone')}</span>
      </label>
      <p class="qd-rank__live" role="status">${this.live}</p>`;
  }
}
