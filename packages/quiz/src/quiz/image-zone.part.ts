/**
 * `image-zone` questions (« montrer sur l'image »), a part of the bundle fetched only when a
 * content has one (`kinds.ts`): the question's picture with its parts to press (the choices, each
 * placed with `at` in % like the démarches' zones). Each part is a button named by its `text`, in
 * reading order (top to bottom, then left to right: the Tab order); the one chosen is pressed
 * (`aria-pressed`) and said under the picture. One part is right (`correct`), as one choice is in a
 * single-choice question. On paper: the parts' names to tick, under the picture.
 */
import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { defineElement, type Catalog } from '@quartiers-douai/core';
import type { KindKey } from '../messages.js';
import { choiceLabel } from './answer-text.js';
import type { DisplayChoice, RoundQuestion } from './engine.js';
import { QdQuizKind } from './kind-element.js';
import type { Kind } from './kinds.js';

export const fr: Partial<Catalog<KindKey>> = {
  zoneHint:
    'Appuyez sur la bonne partie de l’image. Au clavier : Tab pour passer d’une partie à l’autre, Entrée pour choisir.',
  pickZone: 'Choisissez une partie de l’image, puis validez.',
  zonePicked: 'Choisi : {label}',
  zonePaper: 'Cochez la bonne partie de l’image :',
};

/** Where a part is (in % of the picture). */
const placeOf = (rq: RoundQuestion, c: DisplayChoice) => rq.question.choices?.[c.index]?.at;

/** The parts in reading order: top to bottom, then left to right (the DOM and Tab order). */
const partsOf = (rq: RoundQuestion): DisplayChoice[] =>
  [...rq.choices].sort((a, b) => {
    const p = placeOf(rq, a);
    const q = placeOf(rq, b);
    return (p?.y ?? 0) - (q?.y ?? 0) || (p?.x ?? 0) - (q?.x ?? 0);
  });

export const kind: Kind = {
  correct: (rq, a) =>
    a.choices?.length === 1 && rq.choices.some((c) => c.correct && c.index === a.choices![0]),
  given: (w, rq, a) =>
    rq.choices.filter((c) => a.choices?.includes(c.index)).map((c) => choiceLabel(w, c)),
  right: (w, rq) => rq.choices.filter((c) => c.correct).map((c) => choiceLabel(w, c)),
  spoken: (w, rq) => [
    w.t('zoneHint'),
    rq.question.image?.alt ?? '',
    ...partsOf(rq).map((c) => choiceLabel(w, c)),
  ],
  ask: 'pickZone',
};

/**
 * An `image-zone` question.
 *
 * @internal Rendered by `<qd-quiz>`'s question screen and paper version only.
 */
export class QdQuizImageZone extends QdQuizKind {
  static override properties: PropertyDeclarations = { ...QdQuizKind.properties };

  static override partStyles = css`
    .qd-zones {
      position: relative;
      display: inline-block;
      max-width: 100%;
      margin-block-end: var(--_space);
    }
    .qd-zones img {
      display: block;
      max-width: 100%;
      height: auto;
      border-radius: var(--_radius);
    }
    .qd-zone {
      position: absolute;
      min-width: 24px;
      min-height: 24px;
      padding: 0;
      border: 3px dashed var(--_primary);
      border-radius: var(--_radius);
      background: transparent;
      cursor: pointer;
    }
    .qd-zone:hover,
    .qd-zone[aria-pressed='true'] {
      border-style: solid;
      box-shadow: 0 0 0 3px var(--_bg);
    }
    .qd-zone:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .qd-zone--right {
      border: 4px solid var(--_success);
    }
    .qd-zone--wrong {
      border: 4px solid var(--_danger);
    }
    @media (forced-colors: active) {
      .qd-zone {
        border-color: ButtonText;
      }
      .qd-zone[aria-pressed='true'] {
        border-color: Highlight;
      }
    }
  `;

  private pick(c: DisplayChoice): void {
    if (!this.locked) this.emit({ choices: [c.index] });
  }

  protected override render(): unknown {
    const w = this.wording;
    const { t } = w;
    const rq = this.question;
    const image = rq.question.image;
    const parts = partsOf(rq);
    if (this.paper)
      return html`<p>${t('zonePaper')}</p>
        <ul class="qd-print__choices">
          ${parts.map((c) => html`<li><span class="qd-print__box" aria-hidden="true"></span>${choiceLabel(w, c)}</li>`)}
        </ul>`;
    if (!image) return nothing;
    const chosen = rq.choices.find((c) => this.answer?.choices?.includes(c.index));
    return html`<p class="qd-quiz__hint" id="zone-hint">${t('zoneHint')}</p>
      <div class="qd-zones">
        <img
          src=${image.src}
          alt=${image.alt}
          width=${image.width ?? 0}
          height=${image.height ?? 0}
        />
        ${parts.map((c) => {
          const at = placeOf(rq, c);
          const picked = c === chosen;
          const mark = this.marks && (c.correct || picked) ? (c.correct ? 'right' : 'wrong') : '';
          const label = choiceLabel(w, c);
          return html`<button
            type="button"
            class="qd-zone ${mark ? `qd-zone--${mark}` : ''}"
            style="left:${at?.x ?? 0}%;top:${at?.y ?? 0}%;width:${at?.w ?? 0}%;height:${at?.h ?? 0}%"
            aria-label=${mark ? `${label} — ${t(mark === 'right' ? 'reviewRight' : 'reviewWrong')}` : label}
            aria-pressed=${picked ? 'true' : 'false'}
            aria-describedby=${this.errorId ? `zone-hint ${this.errorId}` : 'zone-hint'}
            aria-disabled=${this.locked ? 'true' : 'false'}
            @click=${() => this.pick(c)}
          ></button>`;
        })}
      </div>
      <p class="qd-quiz__hint" role="status">
        ${chosen ? t('zonePicked', { label: choiceLabel(w, chosen) }) : ''}
      </p>`;
  }
}

defineElement('qd-quiz-image-zone', QdQuizImageZone);

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz-image-zone': QdQuizImageZone;
  }
}
