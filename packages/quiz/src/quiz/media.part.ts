/**
 * A sound or a video with a question (`media`, in any question), a part of the bundle fetched only
 * when a content has one (`kinds.ts`). The browser's own player, with its controls (keyboard and
 * screen readers know them); never played by itself (no autoplay), only the metadata fetched
 * ahead. A video shows its captions from the start (the schema asks for them, as for the
 * festival's films); the transcript, when there is one, is under a « Transcription » to open.
 *
 * `<qd-quiz-media>` is rendered by the question screen, in the quiz's shadow root without a
 * shadow root of its own.
 */
import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { adoptStylesInto, defineElement, type Catalog } from '@quartiers-douai/core';
import type { KindKey } from '../messages.js';
import type { QuizQuestion } from '../schema.js';
import type { Wording } from './answer-text.js';

export const fr: Partial<Catalog<KindKey>> = {
  transcript: 'Transcription',
  captionsLabel: 'Sous-titres',
};

const styles = css`
  .qd-media {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .qd-media video,
  .qd-media audio {
    display: block;
    width: 100%;
    max-width: 40rem;
  }
  .qd-media summary {
    min-height: var(--_target);
    cursor: pointer;
    font-weight: 600;
  }
`;

/**
 * The sound or the video of a question.
 *
 * @internal Rendered by `<qd-quiz>`'s question screen only.
 */
export class QdQuizMedia extends LitElement {
  static override properties: PropertyDeclarations = {
    media: { attribute: false },
    asset: { attribute: false },
    wording: { attribute: false },
    locale: { attribute: false },
  };

  media!: NonNullable<QuizQuestion['media']>;
  /**
   * The address of a file the content names: a relative path is read next to the content's JSON
   * file (core's `contentFileUrl`, as the démarches and the festival do), so a sample's
   * `media/…` works wherever the page is.
   */
  asset: (path: string) => string = (path) => path;
  /** The quiz's translator (and easy-read choice). */
  wording!: Wording;
  /** The interface's language: a change renders again. */
  locale = 'fr';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStylesInto(this, styles);
  }

  protected override render(): unknown {
    const { t } = this.wording;
    const m = this.media;
    // (the captions are in the content's language: this element's `lang`, set by the quiz)
    return html`<div class="qd-media">
      ${
        m.kind === 'video'
          ? html`<video controls preload="metadata" src=${this.asset(m.src)}>
              ${m.captions ? html`<track kind="captions" src=${this.asset(m.captions)} srclang=${this.lang || 'fr'} label=${t('captionsLabel')} default />` : nothing}
            </video>`
          : html`<audio controls preload="metadata" src=${this.asset(m.src)}></audio>`
      }
      ${
        m.transcript
          ? html`<details>
              <summary>${t('transcript')}</summary>
              <p>${m.transcript}</p>
            </details>`
          : nothing
      }
    </div>`;
  }
}

defineElement('qd-quiz-media', QdQuizMedia);

declare global {
  interface HTMLElementTagNameMap {
    'qd-quiz-media': QdQuizMedia;
  }
}
