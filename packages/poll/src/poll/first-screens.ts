/**
 * The poll's first screens, in its first bundle: the start (title, description, privacy text,
 * « Répondre au sondage »), the "not open yet" and "closed" messages, the "already voted" screen;
 * and, under them as under the thank-you screen, the results (`results-src`) and what this device
 * remembers with « Effacer mes données ». What a person does next (the questions, the review,
 * sending) is `<qd-poll>`'s (poll.ts) and its later screens'.
 */
import { ReadAloud, richTextToPlain } from '@quartiers-douai/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PollContent } from '../schema.js';
import { formatDay } from '../dates.js';
import { PollAttributes } from './poll-attributes.js';
import type { BallotStores } from './ballot-stores.js';
import type { LaterScreens } from './later-screens.js';

/**
 * The first screens of `<qd-poll>`, between its attributes (`PollAttributes`) and the element.
 *
 * @internal The base of `<qd-poll>` only.
 */
export abstract class PollFirstScreens extends PollAttributes {
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /** The queue, the ballot box, the "already voted" flag and the answers in progress. */
  protected abstract readonly stores: BallotStores;
  /** The later screens, fetched ahead when a hand comes near « Répondre au sondage ». */
  protected abstract readonly screens: LaterScreens;
  /** « Répondre au sondage ». */
  protected abstract start(): void;
  /** « Effacer mes données ». */
  protected abstract erase(): Promise<void>;

  private dates(c: PollContent): string {
    const d = (iso: string) => formatDay(iso, this.i18n.intl);
    return c.closesAt ? this.t('openUntil', { date: d(c.closesAt) }) : '';
  }

  protected renderIntro(c: PollContent): TemplateResult {
    const desc = this.easyRead.pick(c.description, c.easyDescription);
    const required = c.questions.some((q) => q.required);
    return html`<section part="intro" aria-labelledby="intro-heading">
      ${this.destination === 'demo' ? html`<p class="qd-poll__demo" part="demo">${this.t('demo')}</p>` : nothing}
      <h2 id="intro-heading" tabindex="-1">${this.inline(c.title)}</h2>
      ${this.speech.listen('intro', [c.title, desc ? richTextToPlain(desc) : ''].join('. '))}
      ${desc ? this.rich(desc) : nothing}
      <p class="qd-poll__kicker">
        ${[this.t('questionCount', { count: c.questions.length }), this.dates(c)].filter(Boolean).join(' · ')}
      </p>
      ${required ? html`<p class="qd-poll__hint">${this.t('requiredHint')}</p>` : nothing}
      ${
        c.privacy
          ? html`<div class="qd-poll__privacy" part="privacy">
              <h3>${this.t('privacyTitle')}</h3>
              ${this.rich(c.privacy)}
            </div>`
          : nothing
      }
      <div class="qd-poll__actions">
        <button
          type="button"
          class="qd-button qd-button--primary"
          @pointerenter=${this.screens.prefetch}
          @pointerdown=${this.screens.prefetch}
          @focus=${this.screens.prefetch}
          @click=${() => this.start()}
        >
          ${this.t('start')}
        </button>
      </div>
    </section>`;
  }

  protected renderClosed(c: PollContent, period: 'before' | 'after'): TemplateResult {
    const date = formatDay(period === 'before' ? c.opensAt! : c.closesAt!, this.i18n.intl);
    return html`<section part="closed" aria-labelledby="closed-heading">
      <h2 id="closed-heading" tabindex="-1">${this.inline(c.title)}</h2>
      <p class="qd-poll__closed">
        <strong>${this.t(period === 'before' ? 'notOpenYet' : 'closed', { date })}</strong>
      </p>
      ${period === 'after' ? this.renderResultsLink() : nothing}
    </section>`;
  }

  protected renderResultsLink(): TemplateResult | typeof nothing {
    return this.resultsSrc && !this.kioskMode
      ? html`<qd-poll-results
          src=${this.resultsSrc}
          today=${this.day}
          lang=${this.i18n.locale}
          .voted=${this.stores.voted}
        ></qd-poll-results>`
      : nothing;
  }

  /** What this device remembers, and the button that forgets it. */
  protected renderErase(): TemplateResult | typeof nothing {
    return this.stores.votedFlag
      ? html`<div class="qd-poll__privacy qd-no-print" part="data-tools">
          <p>${this.t('rememberedHere')}</p>
          <button type="button" class="qd-button" @click=${() => void this.erase()}>
            ${this.t('eraseData')}
          </button>
        </div>`
      : nothing;
  }

  protected renderVoted(c: PollContent): TemplateResult {
    return html`<section part="thanks" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading" tabindex="-1">${this.inline(c.title)}</h2>
      <p>${this.t('alreadyVoted')}</p>
      ${this.renderResultsLink()} ${this.renderErase()}
    </section>`;
  }
}
