import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  contentFileUrl,
  baseStyles,
  easyReadToggle,
  LoadController,
  loadingPanel,
  ProgressiveBuild,
  richTextToPlain,
} from '@quartiers-douai/core';
import { DemarcheElement, longDate } from '../demarche-element.js';
import type { DemarcheContent, Step } from '../schema.js';
import { sharedStyles } from '../styles.js';
import { demarcheStyles } from './demarche.styles.js';
import { loadSteps, stepsHere } from './steps.js';

export type DemarcheMode = 'guided' | 'practice';

/** `qd-step`: a step was done (the right zone pressed, or the sample form filled in). */
export interface DemarcheStepDetail {
  /** The step's `id`. */
  step: string;
  /** Its number (from 0). */
  index: number;
  mode: DemarcheMode;
  /** Wrong tries before getting it right. */
  misses: number;
}

/** `qd-complete`: every step was done. */
export interface DemarcheCompleteDetail {
  mode: DemarcheMode;
  steps: number;
  /** Wrong tries over all the steps. */
  misses: number;
}

/**
 * `<qd-demarche>` — rehearse an online procedure safely: each step shows a screen (a mock-up or a
 * screenshot with zones to press, or a sample form) and says what to do, in plain or easy French,
 * read aloud on demand; the words of the glossary are explained in the text. Guided mode circles
 * the zone to press and says it; practice mode lets the person find it, with a hint after two
 * wrong tries. The sample forms never send anything and accept only the sample data. The start
 * and end screens show the printable "à préparer" list and the link to the real service.
 *
 * @summary Simulateur de démarche en ligne : s'entraîner sans risque, guidé ou seul, avant de la faire pour de vrai.
 * @attr {'guided'|'practice'} mode - Which start button comes first (default `guided`).
 * @fires qd-step - A step was done. `detail: { step, index, mode, misses }`.
 * @fires qd-complete - Every step was done. `detail: { mode, steps, misses }`.
 * @fires qd-check - An item of the "à préparer" list was ticked or unticked. `detail: { item, checked }`.
 * @csspart training - The "maquette d'entraînement" notice.
 * @csspart checklist - The "à préparer" list.
 * @csspart step - The current step.
 * @csspart progress - "Étape 3 sur 8".
 * @csspart instruction - What to do at this step.
 * @csspart screen - The picture of the screen and its zones.
 * @csspart hotspot - Each zone to press (a button).
 * @csspart mock - The sample form.
 * @csspart end - The end screen.
 * @cssprop --qd-demarche-target - Colour of the zone to press in guided mode (default: the primary colour).
 * @cssprop --qd-color-primary - Buttons, zones, progress.
 */
export class QdDemarche extends DemarcheElement {
  static override styles = [baseStyles, sharedStyles, demarcheStyles];

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    at: { state: true },
    running: { state: true },
    feedback: { state: true },
  };

  /** Which start button comes first; the one pressed sets the mode of the session. */
  mode: DemarcheMode = 'guided';

  /** -1: start screen; 0…n-1: a step; n: the end. */
  private at = -1;
  /** The mode of the session in progress. */
  private running: DemarcheMode = 'guided';
  /** Wrong tries over the steps done. */
  private total = 0;
  /** What the status region says. */
  private feedback = '';
  /** The steps' code (`step.part.ts`), when someone starts (ahead on a pointer or the focus). */
  private readonly steps = new LoadController(this, loadSteps);
  private readonly prefetchSteps = () => void loadSteps().catch(() => undefined);
  /**
   * The first time content is shown, the title, then the screen, then its lists (the « à préparer »
   * list and the glossary), one task each, hidden behind the loading message until whole (core's
   * ProgressiveBuild, as the CV builder): a page with four simulators never holds the main thread
   * for long (Total Blocking Time, docs/quality.md gate 7). Later renders are whole.
   */
  private readonly build = new ProgressiveBuild(this, ['screen', 'lists']);

  protected override readAloudDefault(): boolean {
    return true;
  }

  protected override contentChanged(c: DemarcheContent): void {
    super.contentChanged(c);
    this.go(-1);
  }

  protected override resetSession(): void {
    super.resetSession();
    this.go(-1);
    void this.focusAfterRender('#title');
  }

  private get step(): Step | undefined {
    return this.data?.steps[this.at];
  }

  /** Goes to screen `at` (-1 start, n end); a new step starts afresh (`<qd-demarche-step>`). */
  private go(at: number): void {
    this.speech.stop();
    this.at = at;
    if (at < 0) {
      this.total = 0;
      this.feedback = '';
    }
  }

  /**
   * A start button. The steps come with their code (a part of the bundle, ADR 0016): the first
   * time, the start screen stays (focus too) while the status region says it loads; if they cannot
   * come (offline), it says so, and the next press tries again.
   */
  private begin(mode: DemarcheMode): void {
    if (!stepsHere()) {
      const data = this.data;
      this.steps.run(
        this.voice,
        'stepsFailed',
        () => this.begin(mode),
        () => this.data === data && this.at < 0,
      );
      return;
    }
    this.running = mode;
    this.go(0);
    void this.focusAfterRender('#step-title');
  }

  /** The step is done, after `misses` wrong tries: on to the next one (or the end), the focus on its title. */
  private done(said: string, misses: number): void {
    const c = this.data;
    const step = this.step;
    if (!c || !step) return;
    const index = this.at;
    this.total += misses;
    const detail: DemarcheStepDetail = { step: step.id, index, mode: this.running, misses };
    this.dispatchEvent(new CustomEvent('qd-step', { bubbles: true, composed: true, detail }));
    this.go(index + 1);
    this.feedback = said;
    if (index + 1 >= c.steps.length) {
      const end: DemarcheCompleteDetail = {
        mode: this.running,
        steps: c.steps.length,
        misses: this.total,
      };
      this.dispatchEvent(
        new CustomEvent('qd-complete', { bubbles: true, composed: true, detail: end }),
      );
      void this.focusAfterRender('#end-title');
    } else void this.focusAfterRender('#step-title');
  }

  private toggleEasy(): void {
    this.easy = !this.easyRead.on;
  }

  /** Also waits for the step's own render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.renderRoot.querySelector('qd-demarche-step')?.updateComplete;
    return done;
  }

  // --- render ---------------------------------------------------------------------------------

  private get hasEasy(): boolean {
    const c = this.data;
    return (
      !!c &&
      (!!c.easyDescription ||
        c.steps.some((s) => !!s.easy) ||
        c.prepare.some((p) => !!p.easy) ||
        c.glossary.some((g) => !!g.easy))
    );
  }

  protected override renderContent(c: DemarcheContent): TemplateResult {
    const n = c.steps.length;
    const whole = this.build.done;
    return html`${whole ? nothing : loadingPanel(false, this.tr)}
      <div class="qd-demarche" lang=${c.lang} ?hidden=${!whole}>
        ${
          this.hasEasy
            ? html`<div class="qd-toolbar">
                ${easyReadToggle(this.easyRead.on, this.tr, () => this.toggleEasy())}
              </div>`
            : nothing
        }
        <h2 id="title" tabindex="-1">${c.title}</h2>
        <p class="qd-training" part="training">${this.t('training')}</p>
        ${
          !this.build.has('screen')
            ? nothing
            : this.at < 0
              ? this.renderStart(c)
              : this.at >= n
                ? this.renderEnd(c)
                : this.renderStep(c)
        }
      </div>`;
  }

  private renderOfficial(c: DemarcheContent): TemplateResult {
    return html`<p class="qd-official">
        <a href=${c.officialUrl} target="_blank" rel="noopener noreferrer"
          >${this.t('official', { org: c.organisation })}<span class="qd-visually-hidden">
            ${this.t('newTab')}</span
          ></a
        >
      </p>
      <p class="qd-checked">
        ${this.t('checkedOn', { date: longDate(c.lastChecked, this.i18n.locale) })}
      </p>`;
  }

  private renderStart(c: DemarcheContent): TemplateResult {
    const desc = this.easyRead.pick(c.description, c.easyDescription);
    const order: DemarcheMode[] =
      this.mode === 'practice' ? ['practice', 'guided'] : ['guided', 'practice'];
    return html`<section part="start" aria-labelledby="title">
      ${desc ? html`${this.speech.listen('intro', richTextToPlain(desc))} ${this.rich(desc)}` : nothing}
      ${this.renderOfficial(c)}
      <div class="qd-toolbar qd-start qd-no-print">
        ${order.map(
          (m, k) =>
            html`<button
              type="button"
              class="qd-button ${k === 0 ? 'qd-button--primary' : ''}"
              @pointerenter=${this.prefetchSteps}
              @pointerdown=${this.prefetchSteps}
              @focus=${this.prefetchSteps}
              @click=${() => this.begin(m)}
            >
              ${this.t(m === 'guided' ? 'startGuided' : 'startPractice')}
            </button>`,
        )}
      </div>
      ${this.build.has('lists') ? html`${this.renderChecklist(c, 'h3')} ${this.renderGlossary(c)}` : nothing}
    </section>`;
  }

  private renderStep(c: DemarcheContent): TemplateResult {
    const step = this.step!;
    const n = c.steps.length;
    return html`<section class="qd-step" part="step" aria-labelledby="step-title">
      <p class="qd-progress" part="progress">
        ${this.t('progress', { n: this.at + 1, total: n })}
        <progress max=${n} .value=${this.at + 1} aria-hidden="true"></progress>
      </p>
      <h3 id="step-title" tabindex="-1">${step.title}</h3>
      <qd-demarche-step
        .step=${step}
        .key=${`s${this.at}`}
        .glossary=${c.glossary}
        .running=${this.running}
        .open=${this.open}
        .t=${this.tr}
        .pick=${(text: string, easy?: string) => this.easyRead.pick(text, easy)}
        .listen=${(key: string, text: string) => this.speech.listen(key, text)}
        .asset=${(path: string) => contentFileUrl(path, this.loader.state, this.src)}
        .toggleTerm=${(id: string) => this.toggleTerm(id)}
        .done=${(said: string, misses: number) => this.done(said, misses)}
        .say=${(text: string) => (this.feedback = text)}
      ></qd-demarche-step>
      <p class="qd-feedback" role="status">${this.feedback}</p>
      <div class="qd-toolbar qd-no-print">
        ${
          this.at > 0
            ? html`<button type="button" class="qd-button" @click=${() => this.back()}>
                ${this.t('previous')}
              </button>`
            : nothing
        }
        <button type="button" class="qd-button" @click=${() => this.restart()}>
          ${this.t('restart')}
        </button>
      </div>
    </section>`;
  }

  private back(): void {
    this.go(this.at - 1);
    this.feedback = '';
    void this.focusAfterRender('#step-title');
  }

  private restart(): void {
    this.go(-1);
    void this.focusAfterRender('#title');
  }

  private renderEnd(c: DemarcheContent): TemplateResult {
    return html`<section part="end" aria-labelledby="end-title">
      <h3 id="end-title" tabindex="-1">${this.t('endTitle')}</h3>
      <p class="qd-feedback" role="status">${this.feedback}</p>
      <p>${this.t('endText')}</p>
      ${this.renderOfficial(c)} ${this.renderChecklist(c, 'h3')} ${this.renderGlossary(c)}
      <div class="qd-toolbar qd-no-print">
        <button type="button" class="qd-button" @click=${() => this.restart()}>
          ${this.t('restart')}
        </button>
      </div>
    </section>`;
  }
}
