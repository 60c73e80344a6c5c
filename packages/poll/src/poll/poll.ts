import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  QdContentElement,
  baseStyles,
  easyReadToggle,
  errorPanel,
  eraseKitData,
  loadStoreCode,
  isSafeAssetUrl,
  loadingPanel,
  richTextToPlain,
  translate,
  type ContentSpec,
  type DeviceStoreBase,
} from '@quartiers-douai/core';
import {
  POLL_CONTENT_VERSION,
  pollContentSchema,
  type Answer,
  type Ballot,
  type PollContent,
  type PollQuestion,
} from '../schema.js';
import { pollMessages, type PollKey } from '../messages.js';
import { formatDay, localDay, periodOf } from '../dates.js';
import {
  choiceOrder,
  isAnswered,
  lengthOf,
  maxLengthOf,
  moveItem,
  problemOf,
  toBallot,
  type AnswerProblem,
  type Answers,
} from './answers.js';
import {
  boxStore,
  draftStore,
  enqueue,
  flushOutbox,
  insertRandomly,
  outboxStore,
  votedStore,
  type Box,
  type Draft,
  type Outbox,
} from './device.js';
import { loadStaff, prefetchStaff, type StaffPanel } from './staff.js';
import { loadPollResults } from '../poll-results/load.js';
import { pollStyles } from './poll.styles.js';

/** `qd-submit`: the ballot — the poll id and the answers, nothing about the person, no date. */
export type PollSubmitDetail = Ballot;

type Screen = 'intro' | 'form' | 'review' | 'thanks' | 'voted' | 'staff';
type SendState = 'sending' | 'sent' | 'queued';

/** Seconds without activity before a kiosk resets when `kiosk-timeout` is not set. */
export const DEFAULT_KIOSK_TIMEOUT = 120;

/**
 * A civic poll ("expression citoyenne"): single and multiple choice, ranking, scale and free text;
 * on one page or step by step, a review before sending, a thank-you screen. Collects nothing
 * personal. On a shared tablet (`kiosk`) it resets for the next person, can keep the ballots on the
 * device (`keep-ballots`) and lets staff export them (`staff-pin`).
 *
 * @summary Sondage citoyen accessible : choix, classement, échelle et texte libre, sur un site ou une tablette.
 *
 * @fires qd-submit - The ballot was sent. `detail: { pollId, answers }` (bubbles, composed, cancelable: `preventDefault()` stops the POST to `action`).
 * @fires qd-content-ready - Lifecycle (does not bubble): valid content is shown.
 * @fires qd-content-error - Lifecycle (does not bubble): content could not be loaded or is invalid.
 *
 * @slot - An inline `<script type="application/json">` with the content (not displayed).
 *
 * @csspart base - The root wrapper (carries `dir` and `lang`).
 * @csspart intro - The first screen (title, dates, privacy text, start button).
 * @csspart privacy - The privacy text.
 * @csspart question - Each question (a fieldset).
 * @csspart error-summary - The list of answers to correct (role="alert").
 * @csspart review - The review screen.
 * @csspart thanks - The thank-you screen.
 * @csspart closed - The "not open yet" / "closed" message.
 * @csspart staff - The staff panel (kiosk).
 * @csspart error - The error panel (invalid content, failed loading).
 * @csspart notice - Status messages.
 * @csspart read-aloud - Each "Écouter" button.
 *
 * @cssprop --qd-color-primary - Buttons, selected choices, progress.
 * @cssprop --qd-color-danger - Errors.
 * @cssprop --qd-color-surface - Background of the privacy text, review and ranking items.
 * @cssprop --qd-font-size - Base text size.
 * @cssprop --qd-target-size - Minimum height of choices and buttons (44 px by default).
 *
 * @attr layout - `page`: every question on one page; `steps`: one question per screen.
 * @attr action - Address the ballot is POSTed to as JSON (relative or https). Requires the content's `privacy` text.
 * @attr {boolean} kiosk - Shared tablet: resets for the next person after the thank-you screen or after inactivity.
 * @attr {boolean} keep-ballots - Kiosk: keep the ballots on this device (random order, no dates) for the staff export.
 * @attr staff-pin - Kiosk: code that opens the staff panel (export CSV/JSON). A courtesy lock, not a security boundary.
 * @attr {number} reset-delay - Kiosk: seconds the thank-you screen stays before the reset (0 = until "Voter à nouveau").
 * @attr results-src - Address of a results file (`<qd-poll-results>`) shown after voting or after the close, as the content allows.
 * @attr today - The day used for the opening dates, `AAAA-MM-JJ` (preview a poll before it opens); default: today.
 * @attr seed - Same seed, same order of shuffled choices (tests, stories).
 */
export class QdPoll extends QdContentElement<PollContent, PollKey> {
  static override properties: PropertyDeclarations = {
    layout: {},
    action: {},
    kioskMode: { type: Boolean, attribute: 'kiosk' },
    keepBallots: { type: Boolean, attribute: 'keep-ballots' },
    staffPin: { attribute: 'staff-pin' },
    resetDelay: { type: Number, attribute: 'reset-delay' },
    resultsSrc: { attribute: 'results-src' },
    today: {},
    seed: {},
    screen: { state: true },
    answers: { state: true },
    orders: { state: true },
    errors: { state: true },
    showSummary: { state: true },
    step: { state: true },
    sendState: { state: true },
    countdown: { state: true },
    countdownPaused: { state: true },
    staff: { state: true },
    live: { state: true },
  };

  static override styles = [baseStyles, pollStyles];
  static override messages = [pollMessages];

  /** `page`: every question on one page; `steps`: one question per screen. */
  layout: 'page' | 'steps' = 'page';

  /** Address the ballot is POSTed to as JSON (relative or https). Requires the content's `privacy` text. */
  action?: string;

  /** Shared tablet: resets for the next person after the thank-you screen or after inactivity. */
  kioskMode = false;

  /** Kiosk: keep the ballots on this device (random order, no dates) for the staff export. */
  keepBallots = false;

  /** Kiosk: code that opens the staff panel (export CSV/JSON). A courtesy lock, not a security boundary. */
  staffPin?: string;

  /** Kiosk: seconds the thank-you screen stays before the reset (0 = until "Voter à nouveau"). */
  resetDelay = 20;

  /** Address of a results file (`<qd-poll-results>`) shown after voting or after the close, as the content allows. */
  resultsSrc?: string;

  /** The day used for the opening dates, `AAAA-MM-JJ` (preview a poll before it opens); default: today. */
  today?: string;

  /** Same seed, same order of shuffled choices (tests, stories). */
  seed?: string;

  private screen: Screen = 'intro';
  private answers: Answers = {};
  /** Order in which each question's choices are shown (and, for a ranking, the current ranking). */
  private orders: Record<string, string[]> = {};
  private errors: Record<string, AnswerProblem | undefined> = {};
  private showSummary = false;
  private step = 0;
  private sendState: SendState | undefined;
  private countdown = 0;
  private countdownPaused = false;
  /** The staff panel, once its file has come (`staff.lazy.ts`, fetched on "Espace équipe"). */
  private staff: StaffPanel | undefined;
  /** Announcements of the ranking and of the character counts, by question id. */
  private live: Record<string, string> = {};

  private voted = false;
  /** The storage code could not come (offline): nothing is kept, see `setupProblem`. */
  private storeFailed = false;
  /** A store this poll needs is missing because the storage code could not come. */
  private storeMissing = false;
  private votedFlag: DeviceStoreBase<{ voted: boolean }> | undefined;
  private outbox: DeviceStoreBase<Outbox> | undefined;
  private box: DeviceStoreBase<Box> | undefined;
  private draft: DeviceStoreBase<Draft> | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private drag: { qid: string; id: string } | undefined;
  private staffLoad: Promise<void> | undefined;
  /** The results' code was asked for ahead (`results-src`). */
  private resultsFetched = false;
  /** The staff panel's file was asked for ahead (kiosk with a staff code). */
  private staffFetched = false;
  private readonly onOnline = () => {
    // Back online after the storage code could not come: try again (the poll was not usable).
    if (this.storeMissing && (this.action || this.keepBallots) && this.data) {
      this.storeFailed = false;
      this.contentChanged(this.data);
    }
    void this.flush();
  };

  protected override get contentSpec(): ContentSpec<PollContent> {
    return {
      schema: pollContentSchema,
      version: POLL_CONTENT_VERSION,
      packageName: '@quartiers-douai/poll',
      texts: () => import('../texts.lazy.js'),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    if (this.data) void this.flush();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    this.stopCountdown();
    clearTimeout(this.countTimer);
  }

  /** Kiosk mode resets the screen after `DEFAULT_KIOSK_TIMEOUT` unless `kiosk-timeout` says otherwise. */
  protected override kioskSeconds(): number {
    return this.kioskTimeout > 0 ? this.kioskTimeout : this.kioskMode ? DEFAULT_KIOSK_TIMEOUT : 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      this.hasUpdated &&
      this.data &&
      (changed.has('storage') ||
        changed.has('kioskMode') ||
        changed.has('keepBallots') ||
        changed.has('action'))
    )
      this.contentChanged(this.data);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The results' code (a part of the bundle, ADR 0016) is fetched ahead once a poll that will
    // show them is on screen: they then appear right after the vote, even offline.
    if (!this.resultsFetched && this.resultsSrc && !this.kioskMode && this.data) {
      this.resultsFetched = true;
      loadPollResults().catch(() => undefined);
    }
    if (!this.staffFetched && this.kioskMode && this.staffPin && this.data) {
      this.staffFetched = true;
      prefetchStaff();
    }
  }

  private get day(): string {
    return this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localDay();
  }

  private get hasEasy(): boolean {
    const c = this.data;
    return (
      !!c &&
      (!!c.easyDescription ||
        c.questions.some((q) => !!q.easy || q.choices?.some((ch) => !!ch.easy)))
    );
  }

  // --- state ----------------------------------------------------------------------------------

  protected override contentChanged(c: PollContent): void {
    this.stopCountdown();
    clearTimeout(this.countTimer);
    this.answers = {};
    this.errors = {};
    this.live = {};
    this.showSummary = false;
    this.step = 0;
    this.sendState = undefined;
    this.orders = Object.fromEntries(c.questions.map((q) => [q.id, choiceOrder(q, this.seed)]));
    // Kept only where the page opted in (`storage`); a shared kiosk never remembers who voted.
    const remember = this.storage !== 'none' && !this.kioskMode;
    this.outbox = this.action ? outboxStore(c.id, this.kioskMode) : undefined;
    this.box = this.keepBallots ? boxStore(c.id) : undefined;
    this.votedFlag = remember ? votedStore(c.id, this.storage) : undefined;
    this.draft = remember ? draftStore(c.id, this.storage) : undefined;
    // The stores exist once the storage code is here (fetched on first need, ADR 0015): the
    // first screen waits for it, then this runs again.
    const missing =
      (this.action && !this.outbox) || (this.keepBallots && !this.box) || (remember && !this.draft);
    this.storeMissing = !!missing && this.storeFailed;
    if (missing && !this.storeFailed) {
      this.holdUntil(
        loadStoreCode().then((here) => {
          this.storeFailed = !here;
          // (with a queue or a ballot box, the poll's own panel says it: see `setupProblem`)
          if (!here && !this.action && !this.keepBallots)
            this.announce(this.t('storageFailed'), 'error');
          if (this.data === c) this.contentChanged(c);
        }),
      );
      return;
    }
    if (this.outbox) this.loadFrom(this.outbox);
    if (this.box) this.loadFrom(this.box);
    this.voted = !!this.votedFlag && this.loadFrom(this.votedFlag) !== undefined;
    this.screen = this.voted ? 'voted' : 'intro';
    const saved = this.draft && !this.voted ? this.loadFrom(this.draft) : undefined;
    if (saved && this.restore(c, saved)) this.announce(this.t('resumed'));
    void this.flush();
  }

  /** Takes back saved answers in progress; false when they no longer match the content. */
  private restore(c: PollContent, d: Draft): boolean {
    for (const q of c.questions) {
      const order = d.orders[q.id];
      const ids = (q.choices ?? []).map((ch) => ch.id);
      if (!order || order.length !== ids.length || !ids.every((id) => order.includes(id)))
        return false;
    }
    const steps = this.layout === 'steps' ? c.questions.length : 1;
    this.answers = d.answers;
    this.orders = d.orders;
    this.step = Math.min(d.step, steps - 1);
    this.screen = 'form';
    return true;
  }

  private persist(): void {
    if (this.draft)
      this.saveTo(this.draft, {
        answers: this.answers as Draft['answers'],
        orders: this.orders,
        step: this.step,
      });
  }

  private setAnswer(q: PollQuestion, a: Answer | undefined): void {
    this.answers = { ...this.answers, [q.id]: a };
    if (this.errors[q.id]) {
      const p = problemOf(q, a);
      this.errors = { ...this.errors, [q.id]: p };
    }
    this.persist();
  }

  private toggleChoice(q: PollQuestion, id: string, checked: boolean): void {
    if (q.type === 'single') {
      this.setAnswer(q, id);
      return;
    }
    const prev = Array.isArray(this.answers[q.id]) ? (this.answers[q.id] as string[]) : [];
    const next = checked ? [...new Set([...prev, id])] : prev.filter((x) => x !== id);
    this.setAnswer(q, next.length ? next : undefined);
  }

  private plainChoice(q: PollQuestion, id: string): string {
    const ch = q.choices?.find((c) => c.id === id);
    return ch ? richTextToPlain(this.easyRead.pick(ch.text, ch.easy)) : id;
  }

  /** Moves a ranked choice by `delta` places (buttons) and says where it is now. */
  private move(q: PollQuestion, id: string, delta: number): void {
    const order = this.orders[q.id]!;
    const from = order.indexOf(id);
    const to = from + delta;
    if (to < 0 || to >= order.length) {
      this.say(
        q,
        this.t(delta < 0 ? 'alreadyFirst' : 'alreadyLast', { item: this.plainChoice(q, id) }),
      );
      return;
    }
    this.setOrder(q, moveItem(order, from, to));
    this.sayPosition(q, id);
    void this.focusAfterRender(`#${delta < 0 ? 'up' : 'down'}-${q.id}-${id}`);
  }

  private setOrder(q: PollQuestion, order: string[]): void {
    this.orders = { ...this.orders, [q.id]: order };
    this.setAnswer(q, order);
  }

  private sayPosition(q: PollQuestion, id: string): void {
    const order = this.orders[q.id]!;
    this.say(
      q,
      this.t('rankedAt', {
        item: this.plainChoice(q, id),
        position: order.indexOf(id) + 1,
        total: order.length,
      }),
    );
  }

  private say(q: PollQuestion, text: string): void {
    this.live = { ...this.live, [q.id]: text };
  }

  // Pointer: drag a choice by its handle (the buttons do the same with one tap or the keyboard).
  private dragStart(e: PointerEvent, q: PollQuestion, id: string): void {
    if (e.button !== 0) return;
    e.preventDefault();
    try {
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
    } catch {
      // synthetic pointer without capture: the moves still arrive on the handle
    }
    this.drag = { qid: q.id, id };
  }

  private dragMove(e: PointerEvent, q: PollQuestion): void {
    const d = this.drag;
    if (!d || d.qid !== q.id) return;
    const order = this.orders[q.id]!;
    const from = order.indexOf(d.id);
    const items = [...this.renderRoot.querySelectorAll(`#rank-${q.id} > li`)];
    let to = items.findIndex((li) => {
      const r = li.getBoundingClientRect();
      return e.clientY < r.top + r.height / 2;
    });
    if (to === -1) to = items.length - 1;
    else if (to > from) to -= 1;
    if (to !== from) this.setOrder(q, moveItem(order, from, to));
  }

  private dragEnd(q: PollQuestion): void {
    const d = this.drag;
    if (!d || d.qid !== q.id) return;
    this.drag = undefined;
    this.setAnswer(q, this.orders[q.id]);
    this.sayPosition(q, d.id);
  }

  private onText(q: PollQuestion, value: string): void {
    this.setAnswer(q, value === '' ? undefined : value);
    // The visible count changes as one types; screen readers hear it once typing pauses.
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.say(q, this.countText(q)), 800);
  }

  private countText(q: PollQuestion): string {
    const a = this.answers[q.id];
    const left = maxLengthOf(q) - lengthOf(typeof a === 'string' ? a.trim() : '');
    return left >= 0 ? this.t('charsLeft', { count: left }) : this.t('charsOver', { count: -left });
  }

  private start(): void {
    this.screen = 'form';
    this.step = 0;
    this.persist();
    void this.focusAfterRender(this.layout === 'steps' ? '.qd-q h2' : '#form-heading');
  }

  /** Checks some questions; shows and returns their problems. */
  private check(questions: PollQuestion[]): PollQuestion[] {
    const errors: Record<string, AnswerProblem> = {};
    const wrong: PollQuestion[] = [];
    for (const q of questions) {
      const p = problemOf(q, this.answers[q.id]);
      if (p) {
        errors[q.id] = p;
        wrong.push(q);
      }
    }
    this.errors = errors;
    return wrong;
  }

  private focusQuestion(q: PollQuestion): void {
    const first = this.renderRoot.querySelector<HTMLElement>(
      `#q-${q.id} :is(input, textarea, button)`,
    );
    first?.focus();
  }

  private onFormSubmit(e: Event): void {
    e.preventDefault();
    const c = this.data!;
    if (this.layout === 'steps') {
      const q = c.questions[this.step]!;
      if (this.check([q]).length > 0) {
        void this.updateComplete.then(() => this.focusQuestion(q));
        return;
      }
      if (this.step + 1 < c.questions.length) {
        this.step++;
        this.persist();
        void this.focusAfterRender('.qd-q h2');
        return;
      }
    } else if (this.check(c.questions).length > 0) {
      this.showSummary = true;
      void this.focusAfterRender('#summary-heading');
      return;
    }
    this.showSummary = false;
    this.screen = 'review';
    void this.focusAfterRender('#review-heading');
  }

  private back(): void {
    this.errors = {};
    if (this.step > 0) {
      this.step--;
      this.persist();
      void this.focusAfterRender('.qd-q h2');
    }
  }

  private edit(index: number): void {
    const q = this.data!.questions[index]!;
    this.screen = 'form';
    if (this.layout === 'steps') {
      this.step = index;
      void this.focusAfterRender('.qd-q h2');
    } else {
      void this.focusAfterRender(`#h-${q.id}`);
    }
  }

  private async send(): Promise<void> {
    const c = this.data;
    if (!c || this.screen !== 'review') return;
    const wrong = this.check(c.questions);
    if (wrong.length > 0) {
      this.edit(c.questions.indexOf(wrong[0]!));
      this.showSummary = this.layout === 'page';
      return;
    }
    const ballot = toBallot(c, this.answers);
    const go = this.dispatchEvent(
      new CustomEvent<PollSubmitDetail>('qd-submit', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: ballot,
      }),
    );
    if (this.box) {
      const r = this.box.load();
      this.saveTo(this.box, {
        ballots: insertRandomly(r.status === 'ok' ? r.data.ballots : [], {
          answers: ballot.answers,
        }),
      });
    }
    this.voted = !this.kioskMode;
    if (this.votedFlag) this.saveTo(this.votedFlag, { voted: true });
    this.draft?.clear();
    this.answers = {};
    this.errors = {};
    this.live = {};
    this.screen = 'thanks';
    this.sendState = undefined;
    void this.focusAfterRender('#thanks-heading');
    if (this.kioskMode) this.startCountdown();
    if (this.action && go && this.outbox) {
      if (!enqueue(this.outbox, ballot)) this.announce(this.t('quota'), 'error');
      this.sendState = 'sending';
      const r = await flushOutbox(this.outbox, this.actionUrl!);
      if (this.screen === 'thanks' && this.sendState === 'sending')
        this.sendState = r.left > 0 ? 'queued' : 'sent';
    }
  }

  private get actionUrl(): string | undefined {
    return this.action ? new URL(this.action, document.baseURI).href : undefined;
  }

  /** Sends what waits in the queue (on load, when the connection comes back, from the staff panel). */
  private async flush(): Promise<void> {
    if (!this.action || !this.outbox || !isSafeAssetUrl(this.action)) return;
    const pending = this.pending;
    if (pending === 0) return;
    const r = await flushOutbox(this.outbox, this.actionUrl!);
    if (r.sent > 0 && r.left === 0) {
      if (this.screen === 'thanks' && this.sendState === 'queued') this.sendState = 'sent';
      else this.announce(this.t('queueSent', { count: r.sent }));
    }
    this.requestUpdate();
  }

  /** "Effacer mes données": everything the kit kept on this device (personal devices only, never in kiosk mode). */
  private async erase(): Promise<void> {
    await eraseKitData();
    if (this.data) this.contentChanged(this.data);
    this.announce(this.t('erased'));
    void this.focusAfterRender('#intro-heading');
  }

  private get pending(): number {
    const r = this.outbox?.load();
    return r?.status === 'ok' ? r.data.items.length : 0;
  }

  private get ballots(): Box['ballots'] {
    const r = this.box?.load();
    return r?.status === 'ok' ? r.data.ballots : [];
  }

  // --- kiosk ----------------------------------------------------------------------------------

  private startCountdown(): void {
    this.stopCountdown();
    if (!(this.resetDelay > 0)) return;
    this.countdown = this.resetDelay;
    this.countdownPaused = false;
    this.tick = setInterval(() => {
      if (this.countdownPaused) return;
      this.countdown--;
      if (this.countdown <= 0) this.nextPerson();
    }, 1000);
  }

  private stopCountdown(): void {
    clearInterval(this.tick);
    this.tick = undefined;
  }

  /** "Voter à nouveau": a clean poll for the next person. */
  private nextPerson(): void {
    this.resetSession();
    this.announce(this.t('kioskDone'));
  }

  protected override resetSession(): void {
    this.stopCountdown();
    this.draft?.clear();
    if (this.data) this.contentChanged(this.data);
    void this.focusAfterRender('#intro-heading');
  }

  /** "Espace équipe": fetches the panel (the first time), then asks for the code. */
  private openStaff(): void {
    this.stopCountdown();
    this.screen = 'staff';
    this.staff = undefined;
    this.staffLoad = loadStaff()
      .then(
        async (m) => {
          if (this.screen !== 'staff') return;
          this.staff = new m.StaffPanel({
            html,
            nothing,
            translate,
            toPlain: richTextToPlain,
            today: localDay,
            requestUpdate: () => this.requestUpdate(),
            focus: (selector) => void this.focusAfterRender(selector),
            flush: () => void this.flush(),
            close: () => this.resetSession(),
            emptyBox: () => this.box?.clear(),
            announce: (text) => this.announce(text),
          });
          // (not focusAfterRender: updateComplete waits for this very promise)
          await super.getUpdateComplete();
          this.renderRoot.querySelector<HTMLElement>('#pin')?.focus();
        },
        (error: unknown) => {
          console.warn(error);
          if (this.screen !== 'staff') return;
          this.resetSession();
          this.announce(this.t('staffFailed'), 'error');
        },
      )
      .finally(() => (this.staffLoad = undefined));
  }

  /** Also waits for the staff panel's file while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.staffLoad;
    return super.getUpdateComplete();
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: PollContent): unknown {
    const setup = this.setupProblem(c);
    if (setup) return errorPanel([setup], this.tr);
    const period = periodOf(c, this.day);
    const staffScreen = this.screen === 'staff';
    return html`<div class="qd-poll" lang=${c.lang}>
      ${this.hasEasy ? html`<div class="qd-toolbar">${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}</div>` : nothing}
      ${staffScreen ? this.renderStaff(c) : period !== 'open' ? this.renderClosed(c, period) : this.renderScreen(c)}
      ${
        this.kioskMode && this.staffPin && !staffScreen
          ? html`<div class="qd-poll__footer">
              <button
                type="button"
                class="qd-button qd-button--quiet"
                @click=${() => this.openStaff()}
              >
                ${this.t('staffOpen')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** The embedding page asks to send answers: it must say where they go. */
  private setupProblem(c: PollContent): { path: string; message: string } | undefined {
    // Without the storage code, a ballot could be neither queued nor put in the box: no vote.
    if (this.storeMissing && (this.action || this.keepBallots))
      return { path: this.keepBallots ? 'keep-ballots' : 'action', message: this.t('storeFailed') };
    if (!this.action) return undefined;
    if (!isSafeAssetUrl(this.action))
      return { path: 'action', message: this.t('badAction', { action: this.action }) };
    if (!c.privacy?.trim()) return { path: 'privacy', message: this.t('privacyRequired') };
    return undefined;
  }

  private renderScreen(c: PollContent): unknown {
    switch (this.screen) {
      case 'intro':
        return this.renderIntro(c);
      case 'form':
        return this.layout === 'steps' ? this.renderStep(c) : this.renderPage(c);
      case 'review':
        return this.renderReview(c);
      case 'thanks':
        return this.renderThanks();
      default:
        return this.renderVoted(c);
    }
  }

  private dates(c: PollContent): string {
    const d = (iso: string) => formatDay(iso, this.i18n.intl);
    return c.closesAt ? this.t('openUntil', { date: d(c.closesAt) }) : '';
  }

  private renderIntro(c: PollContent): TemplateResult {
    const desc = this.easyRead.pick(c.description, c.easyDescription);
    const required = c.questions.some((q) => q.required);
    return html`<section part="intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading" tabindex="-1">${this.inline(c.title)}</h2>
      ${this.listen('intro', [c.title, desc ? richTextToPlain(desc) : ''].join('. '))}
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
        <button type="button" class="qd-button qd-button--primary" @click=${() => this.start()}>
          ${this.t('start')}
        </button>
      </div>
    </section>`;
  }

  private renderClosed(c: PollContent, period: 'before' | 'after'): TemplateResult {
    const date = formatDay(period === 'before' ? c.opensAt! : c.closesAt!, this.i18n.intl);
    return html`<section part="closed" aria-labelledby="closed-heading">
      <h2 id="closed-heading" tabindex="-1">${this.inline(c.title)}</h2>
      <p class="qd-poll__closed">
        <strong>${this.t(period === 'before' ? 'notOpenYet' : 'closed', { date })}</strong>
      </p>
      ${period === 'after' ? this.renderResultsLink() : nothing}
    </section>`;
  }

  private renderResultsLink(): TemplateResult | typeof nothing {
    return this.resultsSrc && !this.kioskMode
      ? html`<qd-poll-results
          src=${this.resultsSrc}
          today=${this.day}
          lang=${this.i18n.locale}
          .voted=${this.voted}
        ></qd-poll-results>`
      : nothing;
  }

  /** What this device remembers, and the button that forgets it. */
  private renderErase(): TemplateResult | typeof nothing {
    return this.votedFlag
      ? html`<div class="qd-poll__privacy qd-no-print" part="data-tools">
          <p>${this.t('rememberedHere')}</p>
          <button type="button" class="qd-button" @click=${() => void this.erase()}>
            ${this.t('eraseData')}
          </button>
        </div>`
      : nothing;
  }

  private renderVoted(c: PollContent): TemplateResult {
    return html`<section part="thanks" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading" tabindex="-1">${this.inline(c.title)}</h2>
      <p>${this.t('alreadyVoted')}</p>
      ${this.renderResultsLink()} ${this.renderErase()}
    </section>`;
  }

  private renderPage(c: PollContent): TemplateResult {
    const wrong = c.questions.filter((q) => this.errors[q.id]);
    return html`<form
      novalidate
      @submit=${(e: Event) => this.onFormSubmit(e)}
      aria-labelledby="form-heading"
    >
      <h2 id="form-heading" tabindex="-1">${this.inline(c.title)}</h2>
      ${c.questions.some((q) => q.required) ? html`<p class="qd-poll__hint">${this.t('requiredHint')}</p>` : nothing}
      ${
        this.showSummary && wrong.length > 0
          ? html`<div class="qd-poll__summary" role="alert" part="error-summary">
              <h3 id="summary-heading" tabindex="-1">
                ${this.t('summaryTitle', { count: wrong.length })}
              </h3>
              <ul>
                ${wrong.map(
                  (q) =>
                    html`<li>
                      <button type="button" class="qd-link" @click=${() => this.focusQuestion(q)}>
                        ${this.t('questionN', { n: c.questions.indexOf(q) + 1 })} :
                        ${this.problemText(this.errors[q.id]!)}
                      </button>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
      ${c.questions.map((q, i) => this.renderQuestion(q, i, false))}
      <div class="qd-poll__actions">
        <button type="submit" class="qd-button qd-button--primary">${this.t('toReview')}</button>
      </div>
    </form>`;
  }

  private renderStep(c: PollContent): TemplateResult {
    const total = c.questions.length;
    const q = c.questions[this.step]!;
    return html`<form novalidate @submit=${(e: Event) => this.onFormSubmit(e)}>
      <p class="qd-poll__kicker">${this.inline(c.title)}</p>
      <div class="qd-poll__progress">
        <p>${this.t('progress', { current: this.step + 1, total })}</p>
        <progress
          max=${total}
          .value=${this.step + 1}
          aria-label=${this.t('progressLabel')}
        ></progress>
      </div>
      ${this.renderQuestion(q, this.step, true)}
      <div class="qd-poll__actions">
        ${this.step > 0 ? html`<button type="button" class="qd-button" @click=${() => this.back()}>${this.t('previous')}</button>` : nothing}
        <button type="submit" class="qd-button qd-button--primary">
          ${this.step + 1 < total ? this.t('next') : this.t('toReview')}
        </button>
      </div>
    </form>`;
  }

  private problemText(p: AnswerProblem): string {
    return this.t(p.key, p.params);
  }

  private renderQuestion(q: PollQuestion, index: number, step: boolean): TemplateResult {
    const problem = this.errors[q.id];
    const errId = problem ? `err-${q.id}` : '';
    const describedBy = [q.help ? `help-${q.id}` : '', errId].filter(Boolean).join(' ') || nothing;
    const prompt = html`${step ? nothing : html`<span class="qd-q__n">${index + 1}.</span> `}${this.inline(q.prompt, q.easy)}${
      q.required ? html` <span class="qd-q__required">${this.t('required')}</span>` : nothing
    }`;
    const invalid = problem ? 'true' : 'false';
    return html`<fieldset class="qd-q" id="q-${q.id}" part="question">
      <legend>
        ${step ? html`<h2 id="h-${q.id}" tabindex="-1">${prompt}</h2>` : html`<h3 id="h-${q.id}" tabindex="-1">${prompt}</h3>`}
      </legend>
      ${this.listen(`q-${q.id}`, [richTextToPlain(this.easyRead.pick(q.prompt, q.easy)), ...(q.choices ?? []).map((ch) => this.plainChoice(q, ch.id))].join('. '))}
      ${q.help ? html`<p class="qd-poll__hint" id="help-${q.id}">${this.inline(q.help)}</p>` : nothing}
      ${
        q.type === 'single' || q.type === 'multiple'
          ? this.renderChoices(q, describedBy, invalid)
          : q.type === 'ranking'
            ? this.renderRanking(q, describedBy)
            : q.type === 'scale'
              ? this.renderScale(q, describedBy, invalid)
              : this.renderText(q, describedBy, invalid)
      }
      ${problem ? html`<p class="qd-poll__error" id=${errId} role=${step ? 'alert' : nothing}>${this.problemText(problem)}</p>` : nothing}
    </fieldset>`;
  }

  private renderChoices(
    q: PollQuestion,
    describedBy: string | typeof nothing,
    invalid: string,
  ): TemplateResult {
    const a = this.answers[q.id];
    const multiple = q.type === 'multiple';
    const byId = new Map((q.choices ?? []).map((ch) => [ch.id, ch]));
    return html`${this.orders[q.id]!.map((id) => {
      const ch = byId.get(id)!;
      const checked = multiple ? Array.isArray(a) && a.includes(id) : a === id;
      return html`<label class="qd-choice">
        <input
          type=${multiple ? 'checkbox' : 'radio'}
          name="q-${q.id}"
          .value=${id}
          .checked=${checked}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.toggleChoice(q, id, (e.target as HTMLInputElement).checked)}
        />
        ${ch.image ? html`<img class="qd-choice__image" src=${ch.image.src} alt=${ch.image.alt} width=${ch.image.width ?? nothing} height=${ch.image.height ?? nothing} />` : nothing}
        <span>${this.inline(ch.text, ch.easy)}</span>
      </label>`;
    })}
    ${multiple && q.maxChoices ? html`<p class="qd-poll__hint">${this.t('maxChoicesHint', { count: q.maxChoices })}</p>` : nothing}`;
  }

  private renderRanking(q: PollQuestion, describedBy: string | typeof nothing): TemplateResult {
    const order = this.orders[q.id]!;
    const ranked = isAnswered(q, this.answers[q.id]);
    const byId = new Map((q.choices ?? []).map((ch) => [ch.id, ch]));
    return html`<ol class="qd-rank" id="rank-${q.id}">
        ${order.map((id, i) => {
          const ch = byId.get(id)!;
          const name = this.plainChoice(q, id);
          return html`<li
            class="qd-rank__item ${this.drag?.id === id ? 'qd-rank__item--drag' : ''}"
          >
            <span
              class="qd-rank__handle"
              aria-hidden="true"
              @pointerdown=${(e: PointerEvent) => this.dragStart(e, q, id)}
              @pointermove=${(e: PointerEvent) => this.dragMove(e, q)}
              @pointerup=${() => this.dragEnd(q)}
              @pointercancel=${() => this.dragEnd(q)}
              ><svg viewBox="0 0 24 24" focusable="false">
                <path
                  fill="currentColor"
                  d="M9 5a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM9 12a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0zM9 19a2 2 0 1 1-4 0 2 2 0 0 1 4 0zm10 0a2 2 0 1 1-4 0 2 2 0 0 1 4 0z"
                /></svg
            ></span>
            <span class="qd-rank__pos" aria-hidden="true">${i + 1}</span>
            ${ch.image ? html`<img class="qd-choice__image" src=${ch.image.src} alt=${ch.image.alt} />` : nothing}
            <span class="qd-rank__text">${this.inline(ch.text, ch.easy)}</span>
            <span class="qd-rank__buttons">
              <button
                type="button"
                class="qd-button"
                id="up-${q.id}-${id}"
                aria-disabled=${i === 0 ? 'true' : 'false'}
                aria-describedby=${describedBy}
                @click=${() => this.move(q, id, -1)}
              >
                <span aria-hidden="true">↑</span> ${this.t('moveUp')}<span
                  class="qd-visually-hidden"
                >
                  : ${name}</span
                >
              </button>
              <button
                type="button"
                class="qd-button"
                id="down-${q.id}-${id}"
                aria-disabled=${i === order.length - 1 ? 'true' : 'false'}
                aria-describedby=${describedBy}
                @click=${() => this.move(q, id, 1)}
              >
                <span aria-hidden="true">↓</span> ${this.t('moveDown')}<span
                  class="qd-visually-hidden"
                >
                  : ${name}</span
                >
              </button>
            </span>
          </li>`;
        })}
      </ol>
      <label class="qd-choice">
        <input
          type="checkbox"
          .checked=${ranked}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.setAnswer(q, (e.target as HTMLInputElement).checked ? [...order] : undefined)}
        />
        <span>${this.t('rankingDone')}</span>
      </label>
      <p class="qd-rank__live" role="status">${this.live[q.id] ?? ''}</p>`;
  }

  private renderScale(
    q: PollQuestion,
    describedBy: string | typeof nothing,
    invalid: string,
  ): TemplateResult {
    const s = q.scale!;
    const values = Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i);
    const a = this.answers[q.id];
    return html`<div class="qd-scale">
        ${values.map(
          (v) =>
            html`<label class="qd-scale__option">
              <input
                type="radio"
                name="q-${q.id}"
                .value=${String(v)}
                .checked=${a === v}
                aria-invalid=${invalid}
                aria-describedby=${describedBy}
                @change=${() => this.setAnswer(q, v)}
              />
              <span>${v}</span>
              ${v === s.min && s.minLabel ? html`<span class="qd-visually-hidden"> : ${s.minLabel}</span>` : nothing}
              ${v === s.max && s.maxLabel ? html`<span class="qd-visually-hidden"> : ${s.maxLabel}</span>` : nothing}
            </label>`,
        )}
      </div>
      ${
        s.minLabel || s.maxLabel
          ? html`<div class="qd-scale__ends" aria-hidden="true">
              <span>${s.min} : ${s.minLabel ?? ''}</span><span>${s.max} : ${s.maxLabel ?? ''}</span>
            </div>`
          : nothing
      }`;
  }

  private renderText(
    q: PollQuestion,
    describedBy: string | typeof nothing,
    invalid: string,
  ): TemplateResult {
    const a = this.answers[q.id];
    const over = lengthOf(typeof a === 'string' ? a.trim() : '') > maxLengthOf(q);
    const ids = [describedBy === nothing ? '' : describedBy, `count-${q.id}`]
      .filter(Boolean)
      .join(' ');
    return html`<div class="qd-text">
      <label for="t-${q.id}">${this.t('yourAnswer')}</label>
      <textarea
        id="t-${q.id}"
        rows="4"
        .value=${typeof a === 'string' ? a : ''}
        aria-invalid=${invalid}
        aria-describedby=${ids}
        @input=${(e: Event) => this.onText(q, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p id="count-${q.id}" class="qd-text__count ${over ? 'qd-text__count--over' : ''}">
        ${this.countText(q)}
      </p>
      <p class="qd-visually-hidden" role="status">${this.live[q.id] ?? ''}</p>
    </div>`;
  }

  private answerView(q: PollQuestion): TemplateResult | string {
    const a = this.answers[q.id];
    if (!isAnswered(q, a)) return this.t('noAnswer');
    const label = (id: string) => {
      const ch = q.choices?.find((c) => c.id === id);
      return ch ? this.inline(ch.text, ch.easy) : id;
    };
    if (q.type === 'ranking')
      return html`<ol>
        ${(a as string[]).map((id) => html`<li>${label(id)}</li>`)}
      </ol>`;
    if (q.type === 'multiple')
      return html`<ul>
        ${(q.choices ?? []).filter((ch) => (a as string[]).includes(ch.id)).map((ch) => html`<li>${label(ch.id)}</li>`)}
      </ul>`;
    if (q.type === 'single') return html`${label(a as string)}`;
    if (q.type === 'scale') return this.t('scaleAnswer', { value: a as number, max: q.scale!.max });
    return (a as string).trim();
  }

  private renderReview(c: PollContent): TemplateResult {
    return html`<section part="review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">${this.t('reviewTitle')}</h2>
      <p>${this.t('reviewIntro')}</p>
      <dl class="qd-review">
        ${c.questions.map(
          (q, i) =>
            html`<div class="qd-review__item">
              <dt>${i + 1}. ${this.inline(q.prompt, q.easy)}</dt>
              <dd>
                <div class="qd-review__answer">${this.answerView(q)}</div>
                <button type="button" class="qd-button" @click=${() => this.edit(i)}>
                  ${this.t('change')}<span class="qd-visually-hidden">
                    : ${this.t('questionN', { n: i + 1 })}</span
                  >
                </button>
              </dd>
            </div>`,
        )}
      </dl>
      ${this.action ? html`<p class="qd-poll__hint">${this.t('willBeSent')}</p>` : nothing}
      <div class="qd-poll__actions">
        <button type="button" class="qd-button qd-button--primary" @click=${() => void this.send()}>
          ${this.t('send')}
        </button>
        <button
          type="button"
          class="qd-button"
          @click=${() => this.edit(this.layout === 'steps' ? c.questions.length - 1 : 0)}
        >
          ${this.t('backToQuestions')}
        </button>
      </div>
    </section>`;
  }

  private renderThanks(): TemplateResult {
    const status =
      this.sendState === 'sending'
        ? this.t('sending')
        : this.sendState === 'sent'
          ? this.t('sent')
          : this.sendState === 'queued'
            ? this.t('queued')
            : this.box
              ? this.t('keptHere')
              : '';
    return html`<section part="thanks" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading" tabindex="-1">${this.t('thanksTitle')}</h2>
      <p>${this.t('thanksText')}</p>
      <p role="status" class="qd-poll__sent">${status}</p>
      ${
        this.kioskMode
          ? html`<div class="qd-poll__next">
              ${
                this.resetDelay > 0
                  ? html`<p>
                        ${this.t(this.countdownPaused ? 'countdownPaused' : 'nextPersonIn', { count: this.resetDelay })}
                      </p>
                      ${this.countdownPaused ? nothing : html`<p class="qd-poll__countdown" aria-hidden="true">${this.countdown} s</p>`}`
                  : nothing
              }
              <div class="qd-poll__actions">
                <button
                  type="button"
                  class="qd-button qd-button--primary"
                  @click=${() => this.nextPerson()}
                >
                  ${this.t('voteAgain')}
                </button>
                ${
                  this.resetDelay > 0
                    ? html`<button
                        type="button"
                        class="qd-button"
                        aria-pressed=${this.countdownPaused ? 'true' : 'false'}
                        @click=${() => (this.countdownPaused = !this.countdownPaused)}
                      >
                        ${this.t('pauseCountdown')}
                      </button>`
                    : nothing
                }
              </div>
            </div>`
          : html`${this.renderResultsLink()} ${this.renderErase()}`
      }
    </section>`;
  }

  private renderStaff(c: PollContent): unknown {
    return this.staff
      ? this.staff.render({
          poll: c,
          title: this.inline(c.title),
          locale: this.i18n.locale,
          staffPin: this.staffPin,
          ballots: this.keepBallots ? this.ballots : undefined,
          pending: this.action ? this.pending : undefined,
        })
      : loadingPanel(false, this.tr);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-poll': QdPoll;
  }
  interface HTMLElementEventMap {
    'qd-submit': CustomEvent<PollSubmitDetail>;
  }
}
