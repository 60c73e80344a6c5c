import { LoadController, ReadAloud } from '@quartiers-douai/core';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles, easyReadToggle, richTextToPlain } from '@quartiers-douai/core';
import { ScenarioElement } from '../scenario-element.js';
import type { Character, ScenarioContent, StoryMessage, StoryNode } from '../schema.js';
import { memoryCode, progressCode, usesMemory } from './memory.js';
import type { Mind, Offer, Vars } from './memory.part.js';
import type { Progress } from './progress.js';
import type { ProgressKeeper } from './progress.part.js';
import type { ScenarioChoiceDetail, ScenarioEndDetail } from './events.js';
import { scenarioStyles } from './scenario.styles.js';

export type { ScenarioChoiceDetail, ScenarioEndDetail } from './events.js';

/** One node on the way: the choice made there, once made. */
type Step = Progress['steps'][number];

const END_LABEL = { good: 'endGood', neutral: 'endNeutral', bad: 'endBad' } as const;

/**
 * `<qd-scenario>` — an interactive prevention story, as a chat thread: the characters' messages
 * appear one after another (a short "… écrit" pause when motion is allowed, skippable), then the
 * player's choices as buttons; the ending shows what happened, what to remember and the way taken.
 * In `group` mode (projected for a workshop), text is larger and each choice is first voted by a
 * show of hands, then revealed.
 *
 * @summary Histoire interactive de prévention (« Dans la rue numérique »), seul ou en groupe.
 * @attr {boolean} group - Projected session: large text, vote by show of hands, then "Révéler la suite".
 * A story with a memory (variables set by choices, conditions on choices and steps, a score per
 * ending) fetches the code that plays it only then (`memory.part.ts`). With `storage` opted in, the
 * way taken and the variables are kept and the story resumes where it was.
 *
 * @attr {number} typing-delay - Milliseconds between two messages when motion is allowed (default 900; 0 = all at once).
 * @fires qd-choice - The player chose. `detail: { node, choice, next, tag? }`.
 * @fires qd-end - The story reached an ending. `detail: { kind, path, score? }` (node ids).
 * @csspart thread - The conversation (a list of messages).
 * @csspart choices - The choices of the current step.
 * @csspart end - The ending: what happened, what to remember, the way taken.
 * @cssprop --qd-color-primary - Buttons and the player's messages.
 * @cssprop --qd-color-surface - The characters' messages.
 */
export class QdScenario extends ScenarioElement {
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /**
   * Where the way taken is kept (the `storage` attribute opted in): its code comes then, and the
   * first screen waits for it.
   */
  private readonly progressPart = new LoadController(this, progressCode.load, undefined, true);
  private keeper?: ProgressKeeper;

  /** The memory's code, fetched only for a story that has one (the first screen waits for it). */
  private readonly memoryPart = new LoadController(
    this,
    memoryCode.load,
    (m) => (this.mind = new m.Mind(this.voice, (t, e) => this.easyRead.pick(t, e))),
    true,
  );
  private mind?: Mind;

  static override styles = [baseStyles, scenarioStyles];

  static override properties: PropertyDeclarations = {
    group: { type: Boolean, reflect: true },
    typingDelay: { type: Number, attribute: 'typing-delay' },
    steps: { state: true },
    shown: { state: true },
    picked: { state: true },
    spoken: { state: true },
  };

  /** Projected session: large text, vote by show of hands, then "Révéler la suite". */
  group = false;

  /**
   * Milliseconds between two messages when motion is allowed (0 = all at once).
   * @attr typing-delay
   */
  typingDelay = 900;

  /** The way taken; empty on the start screen. */
  private steps: Step[] = [];
  /** How many messages of the current node are shown. */
  private shown = 0;
  /** Group mode: the choice the group voted for, before it is revealed. */
  private picked?: number;
  /** What the polite live region says: the messages that just appeared. */
  private spoken = '';
  private timer?: ReturnType<typeof setTimeout>;
  /** The ending already announced by `qd-end` (not again on the next render). */
  private ended?: Step[];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override contentChanged(): void {
    this.toStart();
    this.keeper?.close();
    const c = this.data;
    if (!c) return;
    // A story with a memory: its code comes (the first screen waits), and with it the rules of
    // the memory, which the story is checked against before it is shown.
    if (usesMemory(c)) void this.memoryPart.load().then((m) => m?.recheck(this.loader, c));
    // With `storage` opted in, the first screen waits for the way taken (if any).
    if (this.storage !== 'none')
      // (a story with a memory waits for its code too: the way is played again with it)
      void Promise.all([this.progressPart.load(), usesMemory(c) && this.memoryPart.load()]).then(
        ([m]) => {
          if (!m || this.data !== c) return;
          this.keeper ??= new m.ProgressKeeper(this, this.voice, {
            now: () => ({ steps: this.steps, vars: this.varsNow }),
            // (offline, a story with a memory has no code to play it again: it starts afresh)
            resume: (steps) => (!usesMemory(this.data!) || !!this.mind) && this.takeBack(steps),
            reset: () => this.toStart(),
          });
          this.keeper.open(c);
        },
      );
  }

  /** Takes back a way that fits the story (`progress.part.ts` checks it). */
  private takeBack(steps: Progress['steps']): boolean {
    clearTimeout(this.timer);
    this.steps = steps;
    this.ended = steps; // (an ending taken back is not announced again by `qd-end`)
    this.shown = this.current?.messages.length ?? 0;
    this.picked = undefined;
    return true;
  }

  /** The values of the story's variables along the way taken (a story with a memory). */
  private get varsNow(): Vars | undefined {
    const c = this.data;
    return c && this.mind?.vars(c, this.steps);
  }

  protected override resetSession(): void {
    this.keeper?.clear();
    this.toStart();
    void this.focusAfterRender('#title');
  }

  private toStart(): void {
    clearTimeout(this.timer);
    this.steps = [];
    this.shown = 0;
    this.picked = undefined;
    this.spoken = '';
    this.ended = undefined;
  }

  private get current(): StoryNode | undefined {
    const last = this.steps[this.steps.length - 1];
    return last ? this.data?.nodes[last.node] : undefined;
  }

  /** Messages appear one by one only when motion is allowed and a delay is set. */
  private get animated(): boolean {
    return this.typingDelay > 0 && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  }

  private who(m: StoryMessage): Character | undefined {
    return m.from === undefined ? undefined : this.data?.characters.find((c) => c.id === m.from);
  }

  private plain(m: StoryMessage): string {
    const text = richTextToPlain(this.easyRead.pick(m.text, m.easy) ?? m.text);
    const who = this.who(m);
    return who ? `${who.name} : ${text}` : text;
  }

  /** Goes to `node`: its messages appear (one by one, or all at once). */
  private enter(node: string, steps: Step[]): void {
    clearTimeout(this.timer);
    this.steps = [...steps, { node }];
    this.picked = undefined;
    this.shown = 0;
    this.reveal(this.animated ? 1 : Infinity);
  }

  /** Shows `count` more messages of the current node, then schedules the next one. */
  private reveal(count: number): void {
    clearTimeout(this.timer);
    // "Tout afficher" leaves with the wait: the focus then goes on to what comes next.
    const skipping = !!this.renderRoot.querySelector?.('.qd-typing button:focus');
    const messages = this.current?.messages ?? [];
    const from = this.shown;
    this.shown = Math.min(messages.length, from + count);
    this.spoken = messages
      .slice(from, this.shown)
      .map((m) => this.plain(m))
      .join(' ');
    if (this.shown < messages.length)
      this.timer = setTimeout(() => this.reveal(1), this.typingDelay);
    else {
      this.arrived();
      if (skipping)
        void this.focusAfterRender(this.current?.end ? '#end-heading' : '[part="choices"] button');
    }
  }

  /** Every message of the current node is shown: its choices, or its ending. */
  private arrived(): void {
    const end = this.current?.end;
    if (!end || this.ended === this.steps) return;
    this.ended = this.steps;
    const detail: ScenarioEndDetail = { kind: end.kind, path: this.steps.map((s) => s.node) };
    this.dispatchEvent(
      new CustomEvent<ScenarioEndDetail>('qd-end', { bubbles: true, composed: true, detail }),
    );
  }

  private begin(): void {
    const c = this.data;
    if (!c) return;
    const go = () => {
      this.speech.stop();
      this.enter(c.start, []);
      this.keeper?.save();
      void this.focusAfterRender('#m-0-0');
    };
    // A story with a memory starts once its code is here (offline: said, and tried again).
    if (usesMemory(c)) this.memoryPart.run(this.voice, 'memoryFailed', go, () => this.data === c);
    else go();
  }

  /** What the current step offers: every choice, or, with a memory, those its conditions allow. */
  private offered(c: ScenarioContent): Offer[] {
    const last = this.steps[this.steps.length - 1];
    const vars = this.varsNow;
    if (!last) return [];
    if (vars) return this.mind!.offers(c, last.node, vars);
    return (c.nodes[last.node]?.choices ?? []).map((choice, index) => ({
      index,
      choice,
      locked: false,
    }));
  }

  private choose(index: number): void {
    const c = this.data;
    const last = this.steps[this.steps.length - 1];
    const offer = c && this.offered(c).find((o) => o.index === index);
    if (!last || !offer) return;
    const choice = offer.choice;
    // (the reason is written under the choice; it is said too, where the press was)
    if (offer.locked) return this.mind?.refuse(choice);
    this.speech.stop();
    const steps = [...this.steps.slice(0, -1), { node: last.node, choice: index }];
    this.enter(choice.next, steps);
    this.keeper?.save();
    const detail: ScenarioChoiceDetail = {
      node: last.node,
      choice: index,
      next: choice.next,
      ...(choice.tag ? { tag: choice.tag } : {}),
    };
    this.dispatchEvent(
      new CustomEvent<ScenarioChoiceDetail>('qd-choice', { bubbles: true, composed: true, detail }),
    );
    void this.focusAfterRender(`#you-${steps.length - 1}`);
  }

  /** Back to the previous choice: the last node is taken back, its choices are offered again. */
  private back(): void {
    if (this.steps.length < 2) return;
    clearTimeout(this.timer);
    this.speech.stop();
    const steps = this.steps.slice(0, -1);
    const last = steps[steps.length - 1]!;
    this.steps = [...steps.slice(0, -1), { node: last.node }];
    this.shown = this.current?.messages.length ?? 0;
    this.picked = undefined;
    this.spoken = '';
    this.ended = undefined;
    this.keeper?.save();
    void this.focusAfterRender('[part="choices"] button');
  }

  private restart(): void {
    this.toStart();
    this.begin();
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: ScenarioContent): TemplateResult {
    const hasEasy =
      !!c.easyDescription ||
      Object.values(c.nodes).some(
        (n) => n.messages.some((m) => m.easy) || n.choices?.some((ch) => ch.easy),
      );
    return html`<div class="qd-scenario" lang=${c.lang}>
      ${
        hasEasy
          ? html`<div class="qd-toolbar">
              ${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}
            </div>`
          : nothing
      }
      <h2 id="title" tabindex="-1">${this.inline(c.title)}</h2>
      ${this.steps.length === 0 ? this.renderStart(c) : this.renderStory(c)}
      <div class="qd-visually-hidden" aria-live="polite">${this.spoken}</div>
    </div>`;
  }

  private renderStart(c: ScenarioContent): TemplateResult {
    const desc = this.easyRead.pick(c.description, c.easyDescription);
    return html`<section part="start" aria-labelledby="title">
      ${this.speech.listen('intro', [c.title, desc ? richTextToPlain(desc) : ''].join('. '))}
      ${desc ? this.rich(desc) : nothing}
      ${
        c.characters.length > 0
          ? html`<p class="qd-scenario__cast">
              ${this.t('characters', { names: c.characters.map((ch) => ch.name).join(', ') })}
            </p>`
          : nothing
      }
      <button type="button" class="qd-button qd-button--primary" @click=${() => this.begin()}>
        ${this.t('start')}
      </button>
      ${this.renderTools(c)}
    </section>`;
  }

  private renderStory(c: ScenarioContent): TemplateResult {
    const node = this.current;
    const last = this.steps.length - 1;
    const messages = node?.messages ?? [];
    const waiting = this.shown < messages.length;
    const writer = messages[this.shown] && this.who(messages[this.shown]!);
    return html`<ol class="qd-thread" part="thread" aria-label=${this.t('thread')}>
        ${this.steps.map((step, i) => {
          const n = c.nodes[step.node];
          if (!n) return nothing;
          const list = i === last ? n.messages.slice(0, this.shown) : n.messages;
          const chosen = step.choice === undefined ? undefined : n.choices?.[step.choice];
          return html`${list.map((m, j) => this.renderMessage(m, `m-${i}-${j}`))}
          ${
            chosen
              ? html`<li class="qd-msg qd-msg--you" id=${`you-${i}`} tabindex="-1">
                  <div class="qd-msg__bubble">
                    <p class="qd-msg__who">${this.t('you')}</p>
                    <p>${this.inline(chosen.text, chosen.easy)}</p>
                  </div>
                </li>`
              : nothing
          }`;
        })}
      </ol>
      ${
        waiting
          ? html`<div class="qd-typing qd-no-print">
              <p aria-hidden="true">
                <span class="qd-typing__dots"></span>
                ${writer ? this.t('typing', { name: writer.name }) : '…'}
              </p>
              <button type="button" class="qd-button" @click=${() => this.reveal(Infinity)}>
                ${this.t('showAll')}
              </button>
            </div>`
          : node?.end
            ? this.renderEnd(c)
            : this.renderChoices(c)
      }
      <div class="qd-toolbar qd-scenario__nav qd-no-print">
        ${
          this.steps.length > 1
            ? html`<button type="button" class="qd-button" @click=${() => this.back()}>
                ${this.t('back')}
              </button>`
            : nothing
        }
        <button type="button" class="qd-button" @click=${() => this.restart()}>
          ${this.t('restart')}
        </button>
      </div>`;
  }

  private renderMessage(m: StoryMessage, key: string): TemplateResult {
    const who = this.who(m);
    if (!who)
      return html`<li class="qd-msg qd-msg--narration" id=${key} tabindex="-1">
        <div>${this.rich(m.text, m.easy)}</div>
        ${this.renderImage(m)} ${this.speech.listen(key, this.plain(m))}
      </li>`;
    const avatar = who.avatar;
    return html`<li class="qd-msg qd-msg--them" id=${key} tabindex="-1">
      ${
        avatar
          ? html`<img class="qd-avatar" src=${avatar.src} alt="" width="40" height="40" />`
          : html`<span class="qd-avatar" aria-hidden="true">${[...who.name][0]}</span>`
      }
      <div class="qd-msg__bubble">
        <p class="qd-msg__who">${who.name}</p>
        <div>${this.rich(m.text, m.easy)}</div>
        ${this.renderImage(m)} ${this.speech.listen(key, this.plain(m))}
      </div>
    </li>`;
  }

  private renderImage(m: StoryMessage): TemplateResult | typeof nothing {
    const img = m.image;
    if (!img) return nothing;
    return html`<img
      class="qd-msg__image"
      src=${img.src}
      alt=${img.decorative ? '' : img.alt}
      width=${ifDefined(img.width)}
      height=${ifDefined(img.height)}
    />`;
  }

  private renderChoices(c: ScenarioContent): TemplateResult | typeof nothing {
    const offers = this.offered(c);
    if (offers.length === 0) return nothing;
    const group = this.group;
    const picked = this.picked;
    const spoken = offers
      .filter((o) => !o.locked)
      .map((o) =>
        richTextToPlain(this.easyRead.pick(o.choice.text, o.choice.easy) ?? o.choice.text),
      )
      .join('. ');
    return html`<div class="qd-choices" part="choices" role="group" aria-labelledby="choose">
      <h3 id="choose">${this.t('choose')}</h3>
      ${group ? html`<p class="qd-hint">${this.t('chooseGroup')}</p>` : nothing}
      ${this.speech.listen('choices', spoken)}
      <ul class="qd-choices__list">
        ${offers.map(({ index: i, choice: ch, locked }, n) => {
          const why = locked ? `why-${i}` : undefined;
          return html`<li>
            <button
              type="button"
              class="qd-button qd-choice"
              aria-disabled=${ifDefined(locked ? 'true' : undefined)}
              aria-describedby=${ifDefined(why)}
              aria-pressed=${ifDefined(group ? (picked === i ? 'true' : 'false') : undefined)}
              @click=${() => (group && !locked ? (this.picked = i) : this.choose(i))}
            >
              ${
                group
                  ? html`<span class="qd-choice__n">${this.t('option', { n: n + 1 })}</span>`
                  : nothing
              }
              <span>${this.inline(ch.text, ch.easy)}</span>
            </button>
            ${why ? this.mind?.why(ch, why) : nothing}
          </li>`;
        })}
      </ul>
      ${
        group && picked !== undefined
          ? html`<button
              type="button"
              class="qd-button qd-button--primary"
              @click=${() => this.choose(picked)}
            >
              ${this.t('reveal')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderEnd(c: ScenarioContent): TemplateResult {
    const end = this.current?.end;
    if (!end) return html``;
    const taken = this.steps.flatMap((s) => {
      const ch = s.choice === undefined ? undefined : c.nodes[s.node]?.choices?.[s.choice];
      return ch ? [ch] : [];
    });
    return html`<section
      class="qd-end qd-end--${end.kind}"
      part="end"
      aria-labelledby="end-heading"
    >
      <h3 id="end-heading" tabindex="-1">${this.t('endTitle')} : ${this.t(END_LABEL[end.kind])}</h3>
      ${this.varsNow ? this.mind?.score(end, this.varsNow) : nothing}
      ${this.rich(end.summary, end.easySummary)}
      <h4>${this.t('advice')}</h4>
      ${this.rich(end.advice, end.easyAdvice)}
      ${
        taken.length > 0
          ? html`<h4>${this.t('pathTitle')}</h4>
              <ol>
                ${taken.map((ch) => html`<li>${this.inline(ch.text, ch.easy)}</li>`)}
              </ol>`
          : nothing
      }
      ${this.renderTools(c)}
    </section>`;
  }

  /** Download / resume from a file / erase what this story kept (with `storage` opted in). */
  private renderTools(c: ScenarioContent): TemplateResult | typeof nothing {
    return this.storage === 'none' ? nothing : (this.keeper?.tools(c) ?? nothing);
  }
}
