import {
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import {
  easyReadToggle,
  errorPanel,
  eraseKitData,
  LoadController,
  StaffPanelController,
  loadingPanel,
  richTextToPlain,
  StorageController,
} from '@quartiers-douai/core';
import { type Answer, type Ballot, type PollContent, type PollQuestion } from '../schema.js';
import { periodOf } from '../dates.js';
import { AnswerSheet } from './answer-sheet.js';
import { BallotStores } from './ballot-stores.js';
import { loadStaff } from './staff.js';
import type { PollStaffView } from './staff.part.js';
import { LaterScreens } from './later-screens.js';
import { loadPollResults } from '../poll-results/load.js';
import { PollFirstScreens } from './first-screens.js';
import { loadShowIf, shownNews, usesShowIf } from './show-if.js';
import { setupProblem, type SendState } from './submit.js';

/** `qd-submit`: the ballot — the poll id and the answers, nothing about the person, no date. */
export type PollSubmitDetail = Ballot;

type Screen = 'intro' | 'form' | 'review' | 'thanks' | 'voted';

export { DEFAULT_KIOSK_TIMEOUT } from './poll-attributes.js';

/**
 * A civic poll ("expression citoyenne"): single and multiple choice, ranking, scale and free text;
 * on one page or step by step, a review before sending, a thank-you screen. Collects nothing
 * personal. On a shared tablet (`kiosk`) it resets for the next person, can keep the ballots on the
 * device (`keep-ballots`) and lets staff export them (`staff-pin`).
 *
 * @summary Sondage citoyen accessible : choix, classement, échelle et texte libre, sur un site ou une tablette.
 *
 * @fires qd-submit - The ballot was sent. `detail: { pollId, answers }` (bubbles, composed, cancelable: `preventDefault()` says the page took the ballot — no POST to `action`; with `collect="event"`, a ballot no listener took is not thanked).
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
 * @attr collect - Where the ballots go when neither `action` nor `keep-ballots` says: `event` (the page takes each `qd-submit` and calls `preventDefault()`), `demo` (a demonstration that says nothing is kept). Without any destination the poll shows its author what to add, never a thank-you for a ballot that goes nowhere.
 * @attr {boolean} kiosk - Shared tablet: resets for the next person after the thank-you screen or after inactivity.
 * @attr {boolean} keep-ballots - Kiosk: keep the ballots on this device (random order, no dates) for the staff export.
 * @attr staff-pin - Kiosk: code that opens the staff panel (export CSV/JSON). A courtesy lock, not a security boundary.
 * @attr {number} reset-delay - Kiosk: seconds the thank-you screen stays before the reset (0 = until "Voter à nouveau").
 * @attr results-src - Address of a results file (`<qd-poll-results>`) shown after voting or after the close, as the content allows.
 * @attr today - The day used for the opening dates, `AAAA-MM-JJ` (preview a poll before it opens); default: today.
 * @attr seed - Same seed, same order of shuffled choices (tests, stories).
 */
export class QdPoll extends PollFirstScreens {
  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);
  /** The queue, the ballot box, the "already voted" flag and the answers in progress. */
  protected readonly stores = new BallotStores(
    this,
    this.device,
    this.voice,
    () => this.data && this.contentChanged(this.data),
    (count) => {
      if (this.screen === 'thanks' && this.sendState === 'queued') this.sendState = 'sent';
      else this.announce(this.t('queueSent', { count }));
    },
  );

  /** The later screens (`screens.part.ts`), when « Répondre au sondage » or answers taken back need them. */
  protected readonly screens = new LaterScreens(this);
  /** The staff area (`staff-pin`, kiosk): its panel (`staff.part.ts`) comes when it opens. */
  private readonly staff = new StaffPanelController<PollStaffView>(this, this.voice, {
    load: () => loadStaff(),
    pin: () => this.staffPin,
    locale: () => this.i18n.locale,
    view: () => ({
      poll: this.data!,
      title: this.inline(this.data?.title),
      ballots: this.keepBallots ? this.stores.ballots : undefined,
      pending: this.action ? this.stores.waiting : undefined,
      flush: () => void this.stores.flush(),
    }),
    close: () => this.resetSession(),
    empty: () => this.stores.box?.clear(),
  });
  /** The author's explanation of a poll without destination (`no-destination.lazy.ts`). */
  private readonly noDestination = new LoadController(
    this,
    () => import('./no-destination.lazy.js'),
    undefined,
    true, // (the first screen waits for it)
  );

  static override properties: PropertyDeclarations = {
    ...PollFirstScreens.properties,
    screen: { state: true },
    sheet: { state: true },
    sendState: { state: true },
  };

  private screen: Screen = 'intro';
  /** The answers of the person answering (`answer-sheet.ts`). */
  private sheet = new AnswerSheet([]);
  private sendState: SendState | undefined;

  /** The results' code was asked for ahead (`results-src`). */
  private resultsFetched = false;
  /** The staff panel's code was asked for ahead (kiosk with a staff code). */
  private staffFetched = false;
  /** What the later screens render the content's texts with (easy-read, read-aloud). */
  private readonly inlineText = (text?: string, easy?: string) => this.inline(text, easy);
  private readonly plainText = (text?: string, easy?: string) =>
    richTextToPlain(this.easyRead.pick(text, easy) ?? '');
  private readonly listenText = (key: string, text: string) => this.speech.listen(key, text);

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.data) void this.stores.flush();
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
    // A kiosk must go on offline: it fetches the later screens as soon as it shows.
    if (this.kioskMode && this.data) this.screens.ahead();
    // A kiosk with a staff code fetches the panel ahead: it then opens even offline later.
    if (!this.staffFetched && this.kioskMode && this.staffPin && this.data) {
      this.staffFetched = true;
      this.staff.prefetch();
    }
  }

  // --- state ----------------------------------------------------------------------------------

  protected override contentChanged(c: PollContent): void {
    // A poll that asks some questions only after given answers waits for that code (small).
    if (usesShowIf(c)) this.holdUntil(loadShowIf().catch(() => undefined));
    this.staff.close();
    this.sheet = new AnswerSheet(c.questions, this.seed);
    this.sendState = undefined;
    const kept = this.stores.open(
      c.id,
      (work) => this.holdUntil(work),
      () => {
        if (this.data === c) this.contentChanged(c);
      },
    );
    if (!kept) return;
    this.screen = this.stores.voted ? 'voted' : 'intro';
    if (kept.draft && this.sheet.restore(kept.draft, this.layout === 'steps')) {
      this.screen = 'form';
      this.announce(this.t('resumed'));
      this.withScreens();
    }
  }

  /** The answers changed: shown again, and kept where the page opted in. */
  private persist(): void {
    this.stores.keepDraft(this.sheet.draft);
    this.requestUpdate();
  }

  private readonly setAnswer = (q: PollQuestion, a: Answer | undefined): void => {
    const before = this.sheet.shown;
    this.screens.code.setAnswer(this.sheet, q, a);
    this.persist();
    // Questions that come or go with this answer are said (politely); the focus stays on the
    // answer given, which comes before them.
    const news = shownNews(before, this.sheet.shown);
    if (news.length) this.announce(news.map(([k, count]) => this.t(k, { count })).join(' '));
  };

  private readonly setOrder = (q: PollQuestion, order: string[]): void => {
    this.screens.code.setOrder(this.sheet, q, order);
    this.persist();
  };

  /**
   * "Répondre au sondage". The questions come with the later screens (a part of the bundle, ADR
   * 0016): the first time, the first screen stays (focus too) while a status says it loads; if
   * they cannot come (offline), it says so, and nothing is lost.
   */
  protected start(): void {
    if (!this.screens.here) {
      const data = this.data;
      this.screens.run(
        this.voice,
        'screensFailed',
        () => this.start(),
        () => this.data === data && this.screen === 'intro',
      );
      return;
    }
    this.screen = 'form';
    this.sheet.step = 0;
    this.persist();
    void this.focusAfterRender(this.layout === 'steps' ? '.qd-q h2' : '#form-heading');
  }

  /**
   * Answers in progress taken back at load show the questions at once: the first screen waits
   * for the later screens' code, like it waits for the storage code; offline, back to the first
   * screen, with a message.
   */
  private withScreens(): void {
    if (this.screens.here) return;
    this.holdUntil(
      this.screens.load().then((here) => {
        if (here || this.screen !== 'form') return;
        this.screen = 'intro';
        this.announce(this.t('screensFailed'), 'error');
        void this.focusAfterRender('#intro-heading');
      }),
    );
  }

  private readonly focusQuestion = (q: PollQuestion): void => {
    const first = this.renderRoot.querySelector<HTMLElement>(
      `#q-${q.id} :is(input, textarea, button)`,
    );
    first?.focus();
  };

  private readonly onFormSubmit = (e: Event): void => {
    e.preventDefault();
    const next = this.screens.code.submit(this.sheet, this.layout === 'steps');
    this.requestUpdate();
    if (next.to === 'fix') void this.updateComplete.then(() => this.focusQuestion(next.question));
    else if (next.to === 'step') {
      this.persist();
      void this.focusAfterRender('.qd-q h2');
    } else if (next.to === 'summary') void this.focusAfterRender('#summary-heading');
    else {
      this.screen = 'review';
      void this.focusAfterRender('#review-heading');
    }
  };

  private readonly back = (): void => {
    this.requestUpdate();
    if (this.sheet.back()) {
      this.persist();
      void this.focusAfterRender('.qd-q h2');
    }
  };

  private edit(index: number): void {
    const q = this.sheet.shown[index]!;
    const steps = this.layout === 'steps';
    this.screen = 'form';
    this.sheet.edit(index, steps);
    void this.focusAfterRender(steps ? '.qd-q h2' : `#h-${q.id}`);
  }

  private async send(): Promise<void> {
    const c = this.data;
    if (!c || this.screen !== 'review') return;
    const wrong = this.screens.code.firstWrong(this.sheet, this.layout === 'steps');
    if (wrong !== undefined) {
      this.edit(wrong);
      return;
    }
    const ballot = this.screens.code.toBallot(c, this.sheet.answers);
    const go = this.dispatchEvent(
      new CustomEvent<PollSubmitDetail>('qd-submit', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: ballot,
      }),
    );
    const code = this.screens.code;
    const next = code.afterSubmit(!go, this.destination, this.action);
    if (next === 'refused') {
      this.announce(this.t('notTaken'), 'error');
      return;
    }
    const queue = next.queue;
    if (!code.keepBallot(this.stores, ballot, queue, this.kioskMode))
      this.announce(this.t('quota'), 'error');
    this.sheet = new AnswerSheet(c.questions, this.seed);
    this.screen = 'thanks';
    this.sendState = undefined;
    void this.focusAfterRender('#thanks-heading');
    if (queue && this.stores.outbox) {
      this.sendState = 'sending';
      const r = await this.stores.send();
      if (this.screen === 'thanks' && this.sendState === 'sending')
        this.sendState = code.afterSending(r);
    }
  }

  /** "Effacer mes données": everything the kit kept on this device (personal devices only, never in kiosk mode). */
  protected async erase(): Promise<void> {
    await eraseKitData();
    if (this.data) this.contentChanged(this.data);
    this.announce(this.t('erased'));
    void this.focusAfterRender('#intro-heading');
  }

  // --- kiosk ----------------------------------------------------------------------------------

  /** "Voter à nouveau": a clean poll for the next person. */
  private nextPerson(): void {
    this.resetSession();
    this.announce(this.t('kioskDone'));
  }

  protected override resetSession(): void {
    this.stores.draft?.clear();
    if (this.data) this.contentChanged(this.data);
    void this.focusAfterRender('#intro-heading');
  }

  /** Also waits for the later screens' own render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.screens.rendered();
    return done;
  }

  // --- render ---------------------------------------------------------------------------------

  protected override renderContent(c: PollContent): unknown {
    if (!this.destination) return this.renderNoDestination();
    const setup = setupProblem({
      blocks: this.stores.blocks,
      keepBallots: this.keepBallots,
      action: this.action,
      privacy: c.privacy,
    });
    if (setup)
      return errorPanel(
        [{ path: setup.path, message: this.t(setup.message, { action: this.action ?? '' }) }],
        this.tr,
      );
    const period = periodOf(c, this.day);
    const staffScreen = this.staff.isOpen;
    return html`<div class="qd-poll" lang=${c.lang}>
      ${this.hasEasy ? html`<div class="qd-toolbar">${easyReadToggle(this.easyRead.on, this.tr, () => (this.easy = !this.easyRead.on))}</div>` : nothing}
      ${staffScreen ? (this.staff.panel() ?? loadingPanel(false, this.tr)) : period !== 'open' ? this.renderClosed(c, period) : this.renderScreen(c)}
      ${
        this.kioskMode && this.staffPin && !staffScreen
          ? html`<div class="qd-poll__footer">
              <button
                type="button"
                class="qd-button qd-button--quiet"
                @click=${() => void this.staff.open()}
              >
                ${this.t('staffOpen')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  /** No destination: the author's explanation (French, fetched now), never a poll that drops ballots. */
  private renderNoDestination(): unknown {
    const m = this.noDestination.value;
    if (m) return m.help(this.collect);
    void this.noDestination.load(); // (offline: asked again at the next render)
    return loadingPanel(false, this.tr);
  }

  private renderScreen(c: PollContent): unknown {
    switch (this.screen) {
      case 'intro':
        return this.renderIntro(c);
      case 'form':
        return this.renderForm(c);
      case 'review':
        return this.renderReview();
      case 'thanks':
        return this.renderThanks();
      default:
        return this.renderVoted(c);
    }
  }

  /** The questions (`<qd-poll-form>`, a later screen): on one page, or one per screen. */
  private renderForm(c: PollContent): TemplateResult {
    return html`<qd-poll-form
      .heading=${c.title}
      .questions=${this.sheet.shown}
      .steps=${this.layout === 'steps'}
      .step=${this.sheet.step}
      .answers=${this.sheet.answers}
      .orders=${this.sheet.orders}
      .errors=${this.sheet.errors}
      .summary=${this.sheet.showSummary}
      .t=${this.tr}
      .locale=${this.i18n.locale}
      .easy=${this.easyRead.on}
      .inline=${this.inlineText}
      .plain=${this.plainText}
      .listen=${this.listenText}
      .submit=${this.onFormSubmit}
      .back=${this.back}
      .fix=${this.focusQuestion}
      .set=${this.setAnswer}
      .reorder=${this.setOrder}
    ></qd-poll-form>`;
  }

  private renderReview(): TemplateResult {
    return html`<qd-poll-review
      .questions=${this.sheet.shown}
      .answers=${this.sheet.answers}
      .willBeSent=${!!this.action}
      .t=${this.tr}
      .locale=${this.i18n.locale}
      .easy=${this.easyRead.on}
      .inline=${this.inlineText}
      .edit=${(i: number) => this.edit(i)}
      .send=${() => void this.send()}
      .back=${() => this.edit(this.layout === 'steps' ? this.sheet.shown.length - 1 : 0)}
    ></qd-poll-review>`;
  }

  private renderThanks(): TemplateResult {
    const status = this.screens.code.thanksStatus(
      this.sendState,
      !!this.stores.box,
      this.destination,
    );
    return html`<qd-poll-thanks
      .status=${status ? this.t(status) : ''}
      .kiosk=${this.kioskMode}
      .resetDelay=${this.resetDelay}
      .extra=${html`${this.renderResultsLink()} ${this.renderErase()}`}
      .t=${this.tr}
      .locale=${this.i18n.locale}
      .easy=${this.easyRead.on}
      .next=${() => this.nextPerson()}
    ></qd-poll-thanks>`;
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
