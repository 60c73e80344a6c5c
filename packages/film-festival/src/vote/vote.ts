import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  baseStyles,
  collectMode,
  contentFileUrl,
  LoadController,
  loadingPanel,
  type DeviceStoreBase,
  StorageController,
  StaffPanelController,
} from '@quartiers-douai/core';
import { FestivalElement, sentences } from '../festival-element.js';
import type { FestivalContent } from '../schema.js';
import { voteMessages, type VoteKey } from './messages.js';
import { voteStyles } from './vote.styles.js';
import { addVote, tallyRecord, votedRecord, type Tally, type Voted } from './guard.js';
import type { VoteStaffView } from './staff.part.js';

/** Seconds without activity before a kiosk resets when `kiosk-timeout` is not set. */
export const DEFAULT_KIOSK_TIMEOUT = 90;

type Screen = 'vote' | 'thanks' | 'voted';

/** `qd-vote`: someone voted. Nothing personal: which film. */
export interface VoteDetail {
  festival: string;
  film: string;
}

/**
 * `<qd-audience-vote>` — the audience award: a list of the films as radio buttons and a "Voter"
 * button. On a shared tablet (`kiosk`), each vote is added to the count (kept on the tablet as
 * the centre's with `storage="local"`),
 * the thank-you screen goes back to the vote for the next person (after `reset-delay` seconds,
 * which "Rester sur cet écran" stops, or "Au suivant"), the screen also resets after inactivity (core's kiosk reset), and the staff area
 * shows and downloads the count (CSV/JSON). On a personal device, the vote is an event the page
 * takes (`collect="event"`: it calls `preventDefault()` on `qd-vote`), and with `storage` the device
 * remembers it has voted (a courtesy guard). Without a destination (a kiosk with
 * `storage="local"`, `collect="event"`, or the demonstration `collect="demo"`), the author is
 * shown what to add: no one is thanked for a vote that goes nowhere (docs/decisions/0018).
 *
 * @summary Vote du public pour le prix du festival, sur une tablette partagée ou un téléphone.
 * @attr {boolean} kiosk - Shared tablet: counts the votes on the tablet (kept with `storage="local"`) and resets for the next person.
 * @attr collect - Where the votes go besides a kiosk's count: `event` (the page takes each `qd-vote` and calls `preventDefault()`; a vote no listener took is not thanked), `demo` (a demonstration that says nothing is kept).
 * @attr staff-pin - Kiosk: code that opens the staff area (a courtesy lock, not a security boundary).
 * @attr {number} reset-delay - Kiosk: seconds the thank-you screen stays (default 20, as the poll: WCAG 2.2.1; "Rester sur cet écran" stops it; 0 = until "Au suivant").
 * @fires qd-vote - Someone voted. `detail: { festival, film }` (bubbles, composed, cancelable: `preventDefault()` says the page took the vote).
 * @csspart films - The list of films to vote for.
 * @csspart thanks - The thank-you screen.
 * @csspart staff - The staff area (count, downloads).
 * @cssprop --qd-color-primary - The vote button and the chosen film.
 */
export class QdAudienceVote extends FestivalElement<VoteKey> {
  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);
  /** The staff area (kiosk): its panel (`staff.part.ts`) comes when « Espace de l’équipe » opens it. */
  private readonly staff = new StaffPanelController<VoteStaffView>(this, this.voice, {
    load: () => import('./staff.part.js'),
    pin: () => this.staffPin,
    locale: () => this.i18n.locale,
    view: () => ({ festival: this.data!, tally: this.counts }),
    close: () => this.nextPerson(),
    empty: () => {
      this.box?.clear();
      this.counts = { votes: {} };
    },
  });

  static override styles = [baseStyles, voteStyles];
  static override messages = [voteMessages];

  static override properties: PropertyDeclarations = {
    kioskMode: { type: Boolean, attribute: 'kiosk' },
    collect: {},
    staffPin: { attribute: 'staff-pin' },
    resetDelay: { type: Number, attribute: 'reset-delay' },
    screen: { state: true },
    choice: { state: true },
    error: { state: true },
    last: { state: true },
    left: { state: true },
    counts: { state: true },
  };

  /** Shared tablet: counts the votes here and resets for the next person. */
  kioskMode = false;
  /** Where the votes go besides a kiosk's count: `event` or `demo`. */
  collect?: string;
  /** Kiosk: code that opens the staff area. */
  staffPin?: string;
  /** Kiosk: seconds the thank-you screen stays (0 = until "Au suivant"); 20 leaves time to stop it. */
  resetDelay = 20;

  private screen: Screen = 'vote';
  private choice = '';
  private error = '';
  /** The film just voted for (thank-you screen). */
  private last = '';
  /** Seconds before the thank-you screen goes back to the vote. */
  private left = 0;
  /** The courtesy guard's flag (personal device, `storage` on). */
  private flag?: DeviceStoreBase<Voted>;
  /** This device has voted (courtesy guard). */
  private voted = false;
  /** The kiosk's count, and where it is kept (`storage` on). */
  private counts: Tally = { votes: {} };
  private box?: DeviceStoreBase<Tally>;
  private timer?: ReturnType<typeof setInterval>;
  /** The author's explanation of a vote without destination, once its file has come. */
  /** The author's explanation when the votes have nowhere to go (the first screen waits for it). */
  private readonly noDestination = new LoadController(
    this,
    () => import('./no-destination.lazy.js'),
    undefined,
    true,
  );

  /** Where a vote goes: a kiosk's count kept on the tablet, the page, a demonstration — or nowhere. */
  private get destination(): 'tally' | 'event' | 'demo' | undefined {
    return this.kioskMode && this.storage === 'local' ? 'tally' : collectMode(this.collect);
  }

  protected override kioskSeconds(): number {
    return this.kioskTimeout > 0 ? this.kioskTimeout : this.kioskMode ? DEFAULT_KIOSK_TIMEOUT : 0;
  }

  protected override contentChanged(c: FestivalContent): void {
    this.stopCountdown();
    this.flag = this.box = undefined;
    this.voted = false;
    this.counts = { votes: {} };
    this.screen = 'vote';
    this.choice = this.error = this.last = '';
    this.staff.close();
    if (this.kioskMode)
      this.device.keep(tallyRecord(c.id), (store, saved) => {
        this.box = store;
        if (saved) this.counts = saved;
      });
    else
      this.device.keep(votedRecord(c.id), (store, saved) => {
        this.flag = store;
        this.voted = saved?.voted === true;
        if (this.voted) this.screen = 'voted';
      });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (
      this.data &&
      ((changed.has('storage') && changed.get('storage') !== undefined) ||
        (changed.has('kioskMode') && changed.get('kioskMode') !== undefined))
    )
      this.contentChanged(this.data);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCountdown();
  }

  /** Kiosk reset (inactivity): back to the vote, nothing chosen. */
  protected override resetSession(): void {
    this.nextPerson(false);
  }

  /** The kiosk's count (kept on the tablet with `storage`). */
  get tally(): Tally {
    return this.counts;
  }

  private vote(c: FestivalContent): void {
    const film = c.films.find((f) => f.id === this.choice);
    if (!film) {
      this.error = this.t('pickFirst');
      void this.focusAfterRender('input[type="radio"]');
      return;
    }
    const taken = !this.dispatchEvent(
      new CustomEvent<VoteDetail>('qd-vote', {
        detail: { festival: c.id, film: film.id },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    // `collect="event"`: only a vote the page took (preventDefault) is thanked; the choice stays.
    if (this.destination === 'event' && !taken) {
      this.error = this.t('notTaken');
      void this.focusAfterRender('input[type="radio"]:checked');
      return;
    }
    this.error = '';
    if (this.kioskMode) {
      this.counts = addVote(this.counts, film.id);
      if (this.box) this.device.save(this.box, this.counts);
    } else if (this.flag) {
      this.voted = true;
      this.device.save(this.flag, { voted: true });
    }
    this.last = film.title;
    this.choice = '';
    this.screen = 'thanks';
    if (this.kioskMode && this.resetDelay > 0) this.startCountdown();
    void this.focusAfterRender('#thanks');
  }

  private startCountdown(): void {
    this.stopCountdown();
    this.left = this.resetDelay;
    this.timer = setInterval(() => {
      this.left -= 1;
      if (this.left <= 0) this.nextPerson();
    }, 1000);
  }

  private stopCountdown(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** "Rester sur cet écran": the thank-you screen stops counting down (WCAG 2.2.1). */
  private stay(): void {
    this.stopCountdown();
    this.left = 0;
    void this.focusAfterRender('#thanks');
  }

  /** Back to the vote for the next person. */
  private nextPerson(focus = true): void {
    this.stopCountdown();
    this.screen = this.voted ? 'voted' : 'vote';
    this.choice = this.error = this.last = '';
    this.staff.close();
    if (focus) void this.focusAfterRender('#title');
  }

  private eraseMine(): void {
    this.flag?.clear();
    this.voted = false;
    this.announce(this.t('erased'));
    this.nextPerson();
  }

  protected override renderContent(c: FestivalContent): unknown {
    if (!this.destination) return this.renderNoDestination();
    return html`<div class="qd-vote" lang=${c.lang}>
      ${this.destination === 'demo' ? html`<p class="qd-vote__demo" part="demo">${this.t('demo')}</p>` : nothing}
      <h2 id="title" tabindex="-1">${this.t('title', { title: c.title })}</h2>
      ${
        this.screen === 'thanks'
          ? this.renderThanks()
          : this.screen === 'voted'
            ? html`<p id="voted">${this.t('already')}</p>
                <div class="qd-toolbar">
                  <button type="button" class="qd-button" @click=${() => this.eraseMine()}>
                    ${this.t('eraseData')}
                  </button>
                </div>`
            : this.staff.isOpen
              ? (this.staff.panel() ?? loadingPanel(false, this.tr))
              : this.renderVote(c)
      }
    </div>`;
  }

  /** No destination: the author's explanation (French, fetched now), never a vote thanked for nothing. */
  private renderNoDestination(): unknown {
    const m = this.noDestination.value;
    if (m) return m.help(this.kioskMode, this.collect);
    void this.noDestination.load(); // (offline: asked again at the next render)
    return loadingPanel(false, this.tr);
  }

  private renderVote(c: FestivalContent): TemplateResult {
    return html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          this.vote(c);
        }}
      >
        ${this.speech.listen(
          'films',
          sentences([
            this.t('choose'),
            ...c.films.map(
              (f) =>
                `${f.title}, ${c.categories.find((k) => k.id === f.category)?.label ?? ''}, ${f.centre}`,
            ),
          ]),
        )}
        <fieldset part="films" aria-describedby=${this.error ? 'vote-error' : nothing}>
          <legend>${this.t('choose')}</legend>
          <ul class="qd-choices">
            ${c.films.map(
              (f) =>
                html`<li>
                  <label class=${this.choice === f.id ? 'qd-choice qd-choice--on' : 'qd-choice'}>
                    <input
                      type="radio"
                      name="film"
                      .value=${f.id}
                      .checked=${this.choice === f.id}
                      @change=${() => {
                        this.choice = f.id;
                        this.error = '';
                      }}
                    />
                    <img
                      src=${contentFileUrl(f.poster.src, this.loader.state, this.src)}
                      alt=""
                      loading="lazy"
                      width="96"
                      height="54"
                    />
                    <span class="qd-choice__title">${f.title}</span>
                    <span class="qd-choice__meta"
                      >${c.categories.find((k) => k.id === f.category)?.label ?? ''} ·
                      ${f.centre}</span
                    >
                  </label>
                </li>`,
            )}
          </ul>
        </fieldset>
        ${
          this.error
            ? html`<p id="vote-error" class="qd-error" role="alert">${this.error}</p>`
            : nothing
        }
        <div class="qd-toolbar">
          <button type="submit" class="qd-button qd-button--primary qd-vote__submit">
            ${this.t('vote')}
          </button>
        </div>
      </form>
      ${this.kioskMode ? this.renderStaffDoor() : nothing}`;
  }

  private renderStaffDoor(): TemplateResult {
    return html`<div class="qd-staff-door qd-no-print">
      <button
        type="button"
        class="qd-button qd-staff-button"
        @click=${() => void this.staff.open()}
      >
        ${this.t('staff')}
      </button>
    </div>`;
  }

  private renderThanks(): TemplateResult {
    const thanks =
      this.destination === 'demo' ? this.t('demo') : this.t('thanksText', { film: this.last });
    return html`<div part="thanks" class="qd-thanks">
      <h3 id="thanks" tabindex="-1">${this.t('thanks')}</h3>
      <p>${thanks}</p>
      ${this.speech.listen('thanks', sentences([this.t('thanks'), thanks]))}
      ${
        this.kioskMode
          ? html`${
                this.timer
                  ? html`<p class="qd-hint">${this.t('resetIn', { count: this.left })}</p>
                      <button type="button" class="qd-button" @click=${() => this.stay()}>
                        ${this.t('stay')}
                      </button>`
                  : nothing
              }
              <div class="qd-toolbar">
                <button
                  type="button"
                  class="qd-button qd-button--primary"
                  @click=${() => this.nextPerson()}
                >
                  ${this.t('next')}
                </button>
              </div>`
          : nothing
      }
    </div>`;
  }
}
