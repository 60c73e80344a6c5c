import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  contentFileUrl,
  baseStyles,
  easyReadToggle,
  loadingPanel,
  normalizeAnswer,
  richTextToPlain,
  nextTask,
} from '@quartiers-douai/core';
import { DemarcheElement, longDate } from '../shared.js';
import { readingOrder, type DemarcheContent, type Field, type Step } from '../schema.js';
import { sharedStyles } from '../styles.js';
import { demarcheStyles } from './demarche.styles.js';

export type DemarcheMode = 'guided' | 'practice';

/** The first screen is built in this many short tasks after the first (see `built`). */
const BUILD_PARTS = 2;

/** `01/12/2026` (or `1.12.2026`, `01-12-2026`) → `2026-12-01`; anything else as written. */
const isoOf = (s: string): string => {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : s.trim();
};

/**
 * What was typed is the sample: letter case, accents and spaces around do not count. A `date`
 * field gives `AAAA-MM-JJ` whatever the phone shows, so a sample written `JJ/MM/AAAA` (as the person
 * reads it) is compared as a date: without this, the step could never be passed.
 */
function isSample(type: Field['type'], value: string, expected: string): boolean {
  if (normalizeAnswer(value) === normalizeAnswer(expected)) return true;
  return type === 'date' && value.trim() !== '' && value.trim() === isoOf(expected);
}

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
    misses: { state: true },
    wrong: { state: true },
    feedback: { state: true },
    values: { state: true },
    errors: { state: true },
  };

  /** Which start button comes first; the one pressed sets the mode of the session. */
  mode: DemarcheMode = 'guided';

  /** -1: start screen; 0…n-1: a step; n: the end. */
  private at = -1;
  /** The mode of the session in progress. */
  private running: DemarcheMode = 'guided';
  /** Wrong tries at this step. */
  private misses = 0;
  private total = 0;
  /** The zone wrongly pressed last (its number in `hotspots`). */
  private wrong?: number;
  /** What the status region says. */
  private feedback = '';
  /** The sample form's values, and its errors once sent. */
  private values: string[] = [];
  private errors: Array<string | undefined> = [];
  /**
   * How much of the first screen is built (see `BUILD_PARTS`). The first time content is shown,
   * the start screen is built top to bottom in a few tasks, hidden until it is whole, the loading
   * message staying meanwhile (as the CV builder does): a page with four simulators never holds
   * the main thread for long (Total Blocking Time, docs/quality.md gate 7). Later renders are whole.
   */
  private built = 0;
  /** The next part of the first build, while it waits for its task. */
  private building?: Promise<void>;

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

  /** Goes to screen `at` (-1 start, n end), clearing what the last step said. */
  private go(at: number): void {
    this.speech.stop();
    this.at = at;
    this.misses = 0;
    this.wrong = undefined;
    this.values = (this.data?.steps[at]?.screen.mock?.fields ?? []).map(() => '');
    this.errors = [];
    if (at < 0) {
      this.total = 0;
      this.feedback = '';
    }
  }

  private begin(mode: DemarcheMode): void {
    this.running = mode;
    this.go(0);
    void this.focusAfterRender('#step-title');
  }

  /** The step is done: on to the next one (or the end), the focus on its title. */
  private done(said: string): void {
    const c = this.data;
    const step = this.step;
    if (!c || !step) return;
    const index = this.at;
    this.total += this.misses;
    const detail: DemarcheStepDetail = {
      step: step.id,
      index,
      mode: this.running,
      misses: this.misses,
    };
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

  /** A zone was pressed. */
  private press(i: number): void {
    const h = this.step?.hotspots[i];
    if (!h) return;
    if (h.correct) {
      this.done([this.t('right'), h.feedback ?? ''].join(' ').trim());
      return;
    }
    this.misses++;
    this.wrong = i;
    const hint = this.hinted ? ` ${this.hintText()}` : '';
    this.feedback = `${h.feedback ?? this.t('wrong')}${hint}`;
  }

  /** Practice mode, after two wrong tries: the hint shows, the right zone is circled. */
  private get hinted(): boolean {
    return this.running === 'practice' && this.misses >= 2;
  }

  private get circled(): boolean {
    return this.running === 'guided' || this.hinted;
  }

  private hintText(): string {
    const s = this.step;
    const right = s?.hotspots.find((h) => h.correct);
    return s?.hint ?? this.t('hint', { label: right?.label ?? '' });
  }

  /** The sample form is sent: only the sample values are accepted; nothing leaves the page. */
  private submit(e: Event, fields: readonly Field[]): void {
    e.preventDefault();
    this.errors = fields.map((f, k) => {
      const v = this.values[k] ?? '';
      if (v.trim() === '') return this.t('fieldEmpty');
      if (f.expected !== undefined && !isSample(f.type, v, f.expected))
        return this.t('fieldWrong', { value: f.expected });
      return undefined;
    });
    const first = this.errors.findIndex((x) => x !== undefined);
    if (first < 0) {
      this.done(this.t('right'));
      return;
    }
    this.misses++;
    this.feedback = this.t('fixFields');
    void this.focusAfterRender(`#f-${first}`);
  }

  private input(k: number, value: string): void {
    const next = [...this.values];
    next[k] = value;
    this.values = next;
  }

  private toggleEasy(): void {
    this.easy = !this.easyRead.on;
  }

  /**
   * The next part of the first build, in a task of its own. Zones are placed in % of the picture,
   * with physical `left`/`top` (the picture is never mirrored).
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.built < BUILD_PARTS && !this.building && this.renderRoot.querySelector('.qd-demarche'))
      this.building = nextTask().then(() => {
        this.building = undefined;
        this.built++;
        this.requestUpdate();
      });
    const step = this.step;
    if (!step) return;
    for (const b of this.renderRoot.querySelectorAll<HTMLElement>('.qd-hotspot')) {
      const h = step.hotspots[Number(b.dataset.i)];
      if (!h) continue;
      b.style.left = `${h.x}%`;
      b.style.top = `${h.y}%`;
      b.style.width = `${h.w}%`;
      b.style.height = `${h.h}%`;
    }
  }

  /** Resolves once the first screen is whole (its build included). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    while (this.building) {
      await this.building;
      settled = await super.getUpdateComplete();
    }
    return settled;
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
    const whole = this.built >= BUILD_PARTS;
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
          this.built < 1
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
              @click=${() => this.begin(m)}
            >
              ${this.t(m === 'guided' ? 'startGuided' : 'startPractice')}
            </button>`,
        )}
      </div>
      ${this.built < BUILD_PARTS ? nothing : html`${this.renderChecklist(c, 'h3')} ${this.renderGlossary(c)}`}
    </section>`;
  }

  private renderStep(c: DemarcheContent): TemplateResult {
    const step = this.step!;
    const n = c.steps.length;
    const key = `s${this.at}`;
    const text = this.easyRead.pick(step.instruction, step.easy);
    const image = step.screen.image;
    const right = step.hotspots.find((h) => h.correct);
    const guide = image && this.circled;
    return html`<section class="qd-step" part="step" aria-labelledby="step-title">
      <p class="qd-progress" part="progress">
        ${this.t('progress', { n: this.at + 1, total: n })}
        <progress max=${n} .value=${this.at + 1} aria-hidden="true"></progress>
      </p>
      <h3 id="step-title" tabindex="-1">${step.title}</h3>
      <div class="qd-instruction" part="instruction">${this.glossed(key, text, c.glossary)}</div>
      ${this.speech.listen(key, richTextToPlain(text))}
      ${
        step.warning
          ? html`<p class="qd-box qd-box--warning">
              <strong>${this.t('warning')} :</strong> ${step.warning}
            </p>`
          : nothing
      }
      ${step.tip ? html`<p class="qd-box"><strong>${this.t('tip')} :</strong> ${step.tip}</p>` : nothing}
      ${
        guide
          ? html`<p class="qd-guide" id="guide">
              ${this.running === 'guided' ? this.t('guidedDo', { label: right?.label ?? '' }) : this.hintText()}
            </p>`
          : nothing
      }
      ${image ? this.renderScreen(step, guide) : this.renderMock(step)}
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

  private renderScreen(step: Step, guide: boolean | undefined): TemplateResult {
    const img = step.screen.image!;
    return html`<div class="qd-shot" part="screen" role="group" aria-label=${this.t('screen')}>
      <img
        src=${contentFileUrl(img.src, this.loader.state, this.src)}
        alt=${img.alt}
        width=${img.width}
        height=${img.height}
      />
      ${readingOrder(step.hotspots).map(({ h, i }) => {
        const target = guide && h.correct;
        return html`<button
          type="button"
          class="qd-hotspot ${target ? 'qd-hotspot--target' : ''} ${this.wrong === i ? 'qd-hotspot--wrong' : ''}"
          part="hotspot"
          data-i=${i}
          aria-describedby=${target ? 'guide' : nothing}
          @click=${() => this.press(i)}
        >
          <span class="qd-visually-hidden">${h.label}</span>
        </button>`;
      })}
    </div>`;
  }

  private renderMock(step: Step): TemplateResult | typeof nothing {
    const mock = step.screen.mock;
    if (!mock) return nothing;
    return html`<form
      class="qd-mock"
      part="mock"
      novalidate
      autocomplete="off"
      @submit=${(e: Event) => this.submit(e, mock.fields)}
    >
      <p class="qd-sample" id="sample">${this.t('sample')}</p>
      ${mock.fields.map((f, k) => {
        const err = this.errors[k];
        const ids = ['sample', f.expected !== undefined ? `ex-${k}` : '', err ? `err-${k}` : '']
          .filter(Boolean)
          .join(' ');
        return html`<div class="qd-field">
          <label for=${`f-${k}`}>${f.label}</label>
          ${
            f.expected !== undefined
              ? html`<p class="qd-example" id=${`ex-${k}`}>
                  ${this.t('typeThis', { value: f.expected })}
                </p>`
              : nothing
          }
          <input
            id=${`f-${k}`}
            type=${f.type}
            placeholder=${ifDefined(f.placeholder)}
            autocomplete=${f.type === 'password' ? 'new-password' : 'off'}
            spellcheck="false"
            .value=${this.values[k] ?? ''}
            aria-invalid=${err ? 'true' : 'false'}
            aria-describedby=${ids}
            @input=${(e: Event) => this.input(k, (e.target as HTMLInputElement).value)}
          />
          ${err ? html`<p class="qd-error" id=${`err-${k}`} role="alert">${err}</p>` : nothing}
        </div>`;
      })}
      <button type="submit" class="qd-button qd-button--primary">
        ${mock.submit ?? this.t('validate')}
      </button>
    </form>`;
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
