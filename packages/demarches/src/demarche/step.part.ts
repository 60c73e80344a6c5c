/**
 * The steps of `<qd-demarche>`, a *part* of the CDN bundle (docs/decisions/0016): what to do at a
 * step (with the words of the glossary explained in the text), the picture of the screen with its
 * zones to press, or the sample form. A page shows the start screen first; `<qd-demarche>` fetches
 * the steps when someone is about to start (ahead on a pointer or the focus on a start button).
 *
 * `<qd-demarche-step>` is an internal element of `<qd-demarche>`, rendered in its shadow root
 * without a shadow root of its own: the simulator's styles, ids (`aria-describedby`) and focus
 * reach inside. It keeps the state of the step in progress (wrong tries, the zone wrongly pressed,
 * the sample form's values and errors); the simulator keeps where the person is, and what its
 * status region says.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  defineElement,
  normalizeAnswer,
  parseRichText,
  richTextToPlain,
  type Catalog,
  type CoreKey,
  type Inline,
  type Params,
} from '@quartiers-douai/core';
import type { DemarcheKey, StepKey } from '../messages.js';
import { readingOrder, type Field, type GlossaryEntry, type Step } from '../schema.js';
import type { DemarcheMode } from './demarche.js';

/**
 * The French texts of the steps and of the end: they join the simulator's French catalog when the
 * steps come (nothing shows them before). English and Arabic are in the package's language files.
 */
export const stepFr: Catalog<StepKey> = {
  progress: 'Étape {n} sur {total}',
  screen: 'Écran (maquette)',
  guidedDo: 'À faire : appuyez sur « {label} », entouré en couleur sur l’écran.',
  wrong: 'Ce n’est pas là. Regardez encore l’écran.',
  right: 'Bien joué !',
  hint: 'Indice : cherchez « {label} », entouré en couleur sur l’écran.',
  sample: 'Données d’exemple — ne saisissez pas vos vraies informations.',
  typeThis: 'Exemple à taper : {value}',
  fieldEmpty: 'Remplissez ce champ avec l’exemple.',
  fieldWrong: 'Tapez l’exemple : {value}',
  validate: 'Valider',
  fixFields: 'Corrigez les champs signalés, avec les données d’exemple.',
  tip: 'Astuce',
  warning: 'Attention',
  previous: 'Étape précédente',
  restart: 'Recommencer',
  endTitle: 'Bravo, vous avez fait toutes les étapes !',
  endText:
    'C’était un entraînement : rien n’a été envoyé. Quand vous êtes prêt, faites la démarche pour de vrai.',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/**
 * One step of a procedure.
 *
 * @internal Rendered by `<qd-demarche>` only.
 */
export class QdDemarcheStep extends LitElement {
  static override properties: PropertyDeclarations = {
    step: { attribute: false },
    key: { attribute: false },
    glossary: { attribute: false },
    running: { attribute: false },
    open: { attribute: false },
    t: { attribute: false },
    pick: { attribute: false },
    listen: { attribute: false },
    asset: { attribute: false },
    toggleTerm: { attribute: false },
    done: { attribute: false },
    say: { attribute: false },
    misses: { state: true },
    wrong: { state: true },
    values: { state: true },
    errors: { state: true },
  };

  step!: Step;
  /** `s<number>`: the step's key (glossary buttons, read-aloud). */
  key = '';
  glossary: readonly GlossaryEntry[] = [];
  /** The mode of the session in progress. */
  running: DemarcheMode = 'guided';
  /** Open glossary definitions (`<text key>:<term number>`), kept by the simulator. */
  open: ReadonlySet<string> = new Set();
  /** The simulator's translator. */
  t: (key: DemarcheKey | CoreKey, params?: Params) => string = (key) => key;
  /** A text or its easy-read variant, as the simulator shows it. */
  pick: (text: string, easy?: string) => string = (text) => text;
  /** An « Écouter » button for a text (nothing when read-aloud is off). */
  listen: (key: string, text: string) => unknown = () => nothing;
  /** The address of a picture of the content. */
  asset: (path: string) => string = (path) => path;
  /** A glossary word pressed: its definition shows or hides. */
  toggleTerm: (id: string) => void = () => undefined;
  /** The step is done (`said` for the status region), after `misses` wrong tries. */
  done: (said: string, misses: number) => void = () => undefined;
  /** What the simulator's status region says now. */
  say: (text: string) => void = () => undefined;

  /** Wrong tries at this step. */
  private misses = 0;
  /** The zone wrongly pressed last (its number in `hotspots`). */
  private wrong?: number;
  /** The sample form's values, and its errors once sent. */
  private values: string[] = [];
  private errors: Array<string | undefined> = [];

  /** Rendered in the simulator's shadow root (its styles and ids apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The same element shows the next step: nothing of the last one stays. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('step')) {
      this.misses = 0;
      this.wrong = undefined;
      this.values = (this.step.screen.mock?.fields ?? []).map(() => '');
      this.errors = [];
    }
  }

  /** Practice mode, after two wrong tries: the hint shows, the right zone is circled. */
  private get hinted(): boolean {
    return this.running === 'practice' && this.misses >= 2;
  }

  private hintText(): string {
    const s = this.step;
    const right = s.hotspots.find((h) => h.correct);
    return s.hint ?? this.t('hint', { label: right?.label ?? '' });
  }

  /** A zone was pressed. */
  private press(i: number): void {
    const h = this.step.hotspots[i];
    if (!h) return;
    if (h.correct) {
      this.done([this.t('right'), h.feedback ?? ''].join(' ').trim(), this.misses);
      return;
    }
    this.misses++;
    this.wrong = i;
    const hint = this.hinted ? ` ${this.hintText()}` : '';
    this.say(`${h.feedback ?? this.t('wrong')}${hint}`);
  }

  /** The sample form is sent: only the sample values are accepted; nothing leaves the page. */
  private async submit(e: Event, fields: readonly Field[]): Promise<void> {
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
      this.done(this.t('right'), this.misses);
      return;
    }
    this.misses++;
    this.say(this.t('fixFields'));
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#f-${first}`)?.focus();
  }

  private input(k: number, value: string): void {
    const next = [...this.values];
    next[k] = value;
    this.values = next;
  }

  /** Zones are placed in % of the picture, with physical `left`/`top` (never mirrored). */
  protected override updated(): void {
    for (const b of this.querySelectorAll<HTMLElement>('.qd-hotspot')) {
      const h = this.step.hotspots[Number(b.dataset.i)];
      if (!h) continue;
      b.style.left = `${h.x}%`;
      b.style.top = `${h.y}%`;
      b.style.width = `${h.w}%`;
      b.style.height = `${h.h}%`;
    }
  }

  protected override render(): unknown {
    const step = this.step;
    const key = this.key;
    const text = this.pick(step.instruction, step.easy);
    const image = step.screen.image;
    const right = step.hotspots.find((h) => h.correct);
    const guide = image && (this.running === 'guided' || this.hinted);
    return html`<div class="qd-instruction" part="instruction">
        ${this.glossed(key, text, this.glossary)}
      </div>
      ${this.listen(key, richTextToPlain(text))}
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
      ${image ? this.renderScreen(step, guide) : this.renderMock(step)}`;
  }

  private renderScreen(step: Step, guide: boolean | undefined): unknown {
    const img = step.screen.image!;
    return html`<div class="qd-shot" part="screen" role="group" aria-label=${this.t('screen')}>
      <img src=${this.asset(img.src)} alt=${img.alt} width=${img.width} height=${img.height} />
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

  private renderMock(step: Step): unknown {
    const mock = step.screen.mock;
    if (!mock) return nothing;
    return html`<form
      class="qd-mock"
      part="mock"
      novalidate
      autocomplete="off"
      @submit=${(e: Event) => void this.submit(e, mock.fields)}
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

  /**
   * A content text (the kit's rich-text subset) where the first time each word of the glossary
   * appears, it is a disclosure button (`aria-expanded`) that shows its definition below the
   * text (the easy variant when easy-read is on). Text stays text: nothing is parsed as HTML.
   */
  private glossed(key: string, src: string, glossary: readonly GlossaryEntry[]): unknown {
    const terms = glossary
      .map((g, j) => ({ g, j }))
      .filter(({ g }) => g.term.trim() !== '')
      .sort((a, b) => b.g.term.length - a.g.term.length);
    const re =
      terms.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(${terms.map(({ g }) => escape(g.term)).join('|')})(?![\\p{L}\\p{N}])`,
            'giu',
          )
        : undefined;
    const used = new Set<number>();
    const byText = (word: string) =>
      terms.find(({ g }) => g.term.toLocaleLowerCase() === word.toLocaleLowerCase());
    const split = (s: string): unknown[] => {
      if (!re) return [s];
      const out: unknown[] = [];
      let last = 0;
      for (const m of s.matchAll(re)) {
        const found = byText(m[0]);
        if (!found || used.has(found.j)) continue;
        used.add(found.j);
        const id = `${key}:${found.j}`;
        const expanded = this.open.has(id);
        out.push(
          s.slice(last, m.index),
          html`<button
            type="button"
            class="qd-term"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${`def-${key}-${found.j}`}
            @click=${() => this.toggleTerm(id)}
          >
            ${m[0]}
          </button>`,
        );
        last = m.index + m[0].length;
      }
      out.push(s.slice(last));
      return out;
    };
    // Inside a link a word stays text: a button inside a link could not be pressed on its own.
    const inline = (nodes: Inline[], inLink = false): unknown[] =>
      nodes.map((n) =>
        n.kind === 'text'
          ? inLink
            ? n.text
            : split(n.text)
          : n.kind === 'br'
            ? html`<br />`
            : n.kind === 'strong'
              ? html`<strong>${inline(n.children, inLink)}</strong>`
              : n.kind === 'em'
                ? html`<em>${inline(n.children, inLink)}</em>`
                : html`<a href=${n.href} target="_blank" rel="noopener noreferrer"
                    >${inline(n.children, true)}<span class="qd-visually-hidden">
                      ${this.t('newTab')}</span
                    ></a
                  >`,
      );
    // prettier-ignore
    const body = parseRichText(src).map((b) =>
      b.kind === 'p'
        ? html`<p>${inline(b.children)}</p>`
        : b.kind === 'ul'
          ? html`<ul>${b.items.map((it) => html`<li>${inline(it)}</li>`)}</ul>`
          : html`<ol start=${b.start}>${b.items.map((it) => html`<li>${inline(it)}</li>`)}</ol>`,
    );
    return html`${body}
    ${[...used].map((j) => {
      const g = glossary[j]!;
      return html`<p
        class="qd-def"
        id=${`def-${key}-${j}`}
        ?hidden=${!this.open.has(`${key}:${j}`)}
      >
        <strong>${g.term}</strong> : ${this.pick(g.definition, g.easy)}
      </p>`;
    })}`;
  }
}

defineElement('qd-demarche-step', QdDemarcheStep);

declare global {
  interface HTMLElementTagNameMap {
    'qd-demarche-step': QdDemarcheStep;
  }
}
