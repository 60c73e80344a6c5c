import { ReadAloud } from '@quartiers-douai/core';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as z from 'zod/mini';
import {
  contentFileUrl,
  QdContentElement,
  baseStyles,
  easyReadToggle,
  int,
  PrintController,
  richTextToPlain,
  type ContentSpec,
  type DeviceStoreBase,
  StorageController,
} from '@quartiers-douai/core';
import { tutoMessages, type TutoKey } from '../messages.js';
import type { Tutorial, TutoStep } from '../tutorial-schema.js';
import { licenceUrl, tutoContentSpec } from '../tuto-content.js';
import { tutoStyles } from './tuto.styles.js';

/** `qd-step`: the reader moved to a step (`index` from 0; `-1` the overview, `total` the end). */
export interface TutoStepDetail {
  index: number;
  total: number;
}

/** `qd-success`: the reader marked a step as done (or not). */
export interface TutoSuccessDetail {
  index: number;
  done: boolean;
  /** How many steps are done, out of `total`. */
  count: number;
  total: number;
}

/** What is kept on the device with `storage`: the indexes of the steps marked « J'ai réussi ». */
export const PROGRESS_VERSION = 1;
const progressSchema = z.array(int(0, 99));

/**
 * `<qd-tuto>` — a tutorial made by a resident (« ce que j'apprends, je le partage »): the overview
 * (what one will know how to do, level, duration, what you need), then the steps one at a time or
 * all at once, each with its photo and its text, the author's voice with what is said written
 * out, « Écouter » and « Facile à lire ». « J'ai réussi » marks a step; with `storage`, the marks
 * are kept on the device. Prints every step, one block each, with the licence and the credit.
 *
 * @summary Tuto pas à pas fait par un habitant : photos, texte, voix transcrite, impression.
 * @attr {boolean} all - Shows every step at once (otherwise one at a time, with « Étape suivante »).
 * @fires qd-step - The reader moved to a step. `detail: { index, total }` (`-1`: the overview; `total`: the end).
 * @fires qd-success - A step was marked « J'ai réussi » (or unmarked). `detail: { index, done, count, total }`.
 * @csspart overview - Title, summary, level, duration and what you need.
 * @csspart steps - The list of steps.
 * @csspart step - Each step.
 * @csspart end - « Bravo » at the end (one step at a time).
 * @csspart credit - Author, centre and licence.
 * @cssprop --qd-color-primary - Buttons and the step numbers.
 * @cssprop --qd-color-success - Steps marked « J'ai réussi ».
 * @cssprop --qd-tuto-image-height - Largest height of a step's photo on screen (default 24rem).
 */
export class QdTuto extends QdContentElement<Tutorial, TutoKey> {
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);
  /** « Imprimer »: the print CSS shows every step (the focus comes back after). */
  private readonly printer = new PrintController(this);

  static override styles = [baseStyles, tutoStyles];
  static override messages = [tutoMessages];

  static override properties: PropertyDeclarations = {
    all: { type: Boolean, reflect: true },
    current: { state: true },
    done: { state: true },
    said: { state: true },
  };

  /** Shows every step at once (otherwise one at a time, with « Étape suivante »). */
  all = false;

  /** One at a time: `-1` the overview, `0…n-1` a step, `n` the end. */
  private current = -1;
  /** Steps marked « J'ai réussi ». */
  private done: ReadonlySet<number> = new Set();
  /** What the polite live region says. */
  private said = '';
  private store?: DeviceStoreBase<number[]>;

  protected override get contentSpec(): ContentSpec<Tutorial> {
    return tutoContentSpec;
  }

  protected override readAloudDefault(): boolean {
    return true;
  }

  protected override contentChanged(content: Tutorial): void {
    this.current = -1;
    this.done = new Set();
    this.said = '';
    this.store = undefined;
    this.device.keep(
      { type: 'tuto-progress', id: content.id, version: PROGRESS_VERSION, schema: progressSchema },
      (store, saved) => {
        this.store = store;
        this.done = new Set((saved ?? []).filter((i) => i < content.steps.length));
      },
    );
  }

  protected override resetSession(): void {
    this.current = -1;
    this.done = new Set();
    this.store?.clear();
    void this.focusAfterRender('#title');
  }

  /** Goes to step `index` (one at a time) and puts the focus on its heading. */
  go(index: number): void {
    const total = this.data?.steps.length ?? 0;
    const i = Math.max(-1, Math.min(total, index));
    this.speech.stop();
    this.current = i;
    this.dispatchEvent(
      new CustomEvent<TutoStepDetail>('qd-step', {
        bubbles: true,
        composed: true,
        detail: { index: i, total },
      }),
    );
    void this.focusAfterRender(i < 0 ? '#title' : i >= total ? '#end-heading' : `#s-${i}-h`);
  }

  private toggleDone(index: number): void {
    const total = this.data?.steps.length ?? 0;
    const next = new Set(this.done);
    const done = !next.has(index);
    if (done) next.add(index);
    else next.delete(index);
    this.done = next;
    const count = next.size;
    this.said = this.t('progress', { count, total });
    if (this.store)
      this.device.save(
        this.store,
        [...next].sort((a, b) => a - b),
      );
    this.dispatchEvent(
      new CustomEvent<TutoSuccessDetail>('qd-success', {
        bubbles: true,
        composed: true,
        detail: { index, done, count, total },
      }),
    );
  }

  private setAll(all: boolean): void {
    this.all = all;
    this.said = '';
    if (!all && this.current < 0) return;
    void this.focusAfterRender(all ? '[part="steps"]' : `#s-${this.current}-h`);
  }

  private erase(): void {
    this.store?.clear();
    this.done = new Set();
    this.announce(this.t('erased'));
  }

  private async importProgress(text: string): Promise<void> {
    const total = this.data?.steps.length ?? 0;
    await this.device.importInto(this.store, text, (saved) => {
      if (saved.some((i) => i >= total)) return false;
      this.done = new Set(saved);
      return true;
    });
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: Tutorial): TemplateResult {
    const total = c.steps.length;
    const hasEasy = !!c.easy || c.steps.some((s) => s.easy);
    const oneByOne = !this.all;
    const at = this.current;
    return html`<article class="qd-tuto" lang=${c.lang} aria-labelledby="title">
      <div class="qd-toolbar qd-no-print">
        ${
          hasEasy
            ? easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))
            : nothing
        }
        <div class="qd-toolbar qd-tuto__view" role="group" aria-label=${this.t('view')}>
          <button
            type="button"
            class="qd-button"
            aria-pressed=${oneByOne}
            @click=${() => this.setAll(false)}
          >
            ${this.t('oneByOne')}
          </button>
          <button
            type="button"
            class="qd-button"
            aria-pressed=${!oneByOne}
            @click=${() => this.setAll(true)}
          >
            ${this.t('allSteps')}
          </button>
        </div>
        <button type="button" class="qd-button" @click=${() => void this.printer.print()}>
          ${this.t('print')}
        </button>
      </div>
      ${this.renderOverview(c)}
      <ol
        class="qd-steps"
        part="steps"
        tabindex="-1"
        aria-label=${this.t('stepCount', { count: total })}
      >
        ${c.steps.map((s, i) => this.renderStep(s, i, total))}
      </ol>
      ${
        oneByOne && at >= total
          ? html`<section class="qd-tuto__end qd-no-print" part="end" aria-labelledby="end-heading">
              <h3 id="end-heading" tabindex="-1">${this.t('doneTitle')}</h3>
              <p>${this.t('progress', { count: this.done.size, total })}</p>
              <p>${this.t('doneText')}</p>
              <div class="qd-toolbar">
                <button type="button" class="qd-button" @click=${() => this.go(total - 1)}>
                  ${this.t('prev')}
                </button>
                <button type="button" class="qd-button" @click=${() => this.go(-1)}>
                  ${this.t('backToStart')}
                </button>
              </div>
            </section>`
          : nothing
      }
      ${this.renderCredit(c)}
      ${
        this.storage !== 'none'
          ? html`<p class="qd-tuto__hint qd-no-print">${this.t('kept')}</p>
              ${this.device.tools({
                onExport: () => this.store?.download([...this.done], `tuto-${c.id}.json`),
                onImport: (t) => this.importProgress(t),
                onErase: () => this.erase(),
              })}`
          : nothing
      }
      <div class="qd-visually-hidden" aria-live="polite">${this.said}</div>
    </article>`;
  }

  private renderOverview(c: Tutorial): TemplateResult {
    const summary = this.easyRead.pick(c.summary, c.easy) ?? c.summary;
    const meta = [
      this.t('meta', { level: this.t(c.level) }),
      c.duration ? this.t('minutes', { n: c.duration }) : '',
      this.t('stepCount', { count: c.steps.length }),
    ].filter(Boolean);
    const count = this.done.size;
    return html`<header class="qd-tuto__overview" part="overview">
      <h2 id="title" tabindex="-1">${this.inline(c.title)}</h2>
      <p class="qd-tuto__meta">${meta.join(' · ')}</p>
      ${this.rich(c.summary, c.easy)}
      ${this.speech.listen('overview', [c.title, richTextToPlain(summary)].join('. '))}
      ${
        c.materials.length > 0
          ? html`<h3>${this.t('materials')}</h3>
              <ul class="qd-tuto__materials">
                ${c.materials.map((m) => html`<li>${this.inline(m)}</li>`)}
              </ul>`
          : nothing
      }
      ${
        count > 0
          ? html`<p class="qd-tuto__progress qd-no-print">
              ${this.t('progress', { count, total: c.steps.length })}
            </p>`
          : nothing
      }
      ${
        !this.all && this.current < 0
          ? html`<button
              type="button"
              class="qd-button qd-button--primary qd-no-print"
              @click=${() => this.go(0)}
            >
              ${this.t('start')}
            </button>`
          : nothing
      }
    </header>`;
  }

  private renderStep(s: TutoStep, i: number, total: number): TemplateResult {
    const off = !this.all && this.current !== i;
    const done = this.done.has(i);
    const id = `s-${i}`;
    const text = this.easyRead.pick(s.text, s.easy) ?? s.text;
    return html`<li
      class="qd-step ${off ? 'qd-step--off' : ''} ${done ? 'qd-step--done' : ''}"
      part="step"
    >
      <h3 id="${id}-h" tabindex="-1">
        <span class="qd-step__n">${this.t('stepOf', { n: i + 1, total })}</span>
        <span class="qd-visually-hidden"> : </span>
        <span class="qd-step__title">${this.inline(s.title)}</span>
      </h3>
      ${
        s.image
          ? html`<img
              class="qd-step__image"
              src=${contentFileUrl(s.image.src, this.loader.state, this.src)}
              alt=${s.image.decorative ? '' : s.image.alt}
              width=${ifDefined(s.image.width)}
              height=${ifDefined(s.image.height)}
              loading="lazy"
            />`
          : nothing
      }
      <div class="qd-step__text">${this.rich(s.text, s.easy)}</div>
      ${this.speech.listen(id, [s.title, richTextToPlain(text)].join('. '))}
      ${
        s.audio
          ? html`<div class="qd-step__voice">
              <audio
                class="qd-no-print"
                controls
                preload="none"
                src=${contentFileUrl(s.audio.src, this.loader.state, this.src)}
                aria-label=${this.t('voice', { n: i + 1 })}
              ></audio>
              <p class="qd-step__transcript">
                <strong>${this.t('transcript')}</strong> ${s.audio.transcript}
              </p>
            </div>`
          : nothing
      }
      <div class="qd-toolbar qd-no-print">
        <button
          type="button"
          class="qd-button qd-step__done"
          aria-pressed=${done}
          @click=${() => this.toggleDone(i)}
        >
          <span aria-hidden="true">${done ? '✓' : '○'}</span> ${this.t('success')}
        </button>
      </div>
      ${
        off || this.all
          ? nothing
          : html`<div class="qd-toolbar qd-step__nav qd-no-print">
              <button type="button" class="qd-button" @click=${() => this.go(i - 1)}>
                ${this.t('prev')}
              </button>
              <button
                type="button"
                class="qd-button qd-button--primary"
                @click=${() => this.go(i + 1)}
              >
                ${i + 1 < total ? this.t('next') : this.t('finish')}
              </button>
            </div>`
      }
    </li>`;
  }

  private renderCredit(c: Tutorial): TemplateResult {
    const who = [c.author, c.centre].filter(Boolean).join(', ');
    const url = licenceUrl(c.licence);
    return html`<footer class="qd-tuto__credit" part="credit">
      ${who ? html`<p>${this.t('madeBy', { who })}</p>` : nothing}
      <p>
        ${
          url
            ? html`<a href=${url} target="_blank" rel="noopener noreferrer"
                >${this.t('licence', { licence: c.licence })}<span class="qd-visually-hidden">
                  ${this.t('newTab')}</span
                ></a
              >`
            : this.t('licence', { licence: c.licence })
        }
      </p>
    </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-tuto': QdTuto;
  }
}
