/**
 * The attributes of `<qd-poll>` (poll.ts, which documents them for the manifest): where the ballots
 * go, the kiosk, the staff code, the layout, the dates; the content it reads, its styles and texts.
 * The poll's screens and what it does are in poll.ts.
 */
import type { PropertyDeclarations } from 'lit';
import { QdContentElement, baseStyles, collectMode, type ContentSpec } from '@quartiers-douai/core';
import { POLL_CONTENT_VERSION, pollContentSchema, type PollContent } from '../schema.js';
import { pollMessages, type PollKey } from '../messages.js';
import { localDay } from '../dates.js';
import { pollStyles } from './poll.styles.js';

/** Seconds without activity before a kiosk resets when `kiosk-timeout` is not set. */
export const DEFAULT_KIOSK_TIMEOUT = 120;

export abstract class PollAttributes extends QdContentElement<PollContent, PollKey> {
  static override properties: PropertyDeclarations = {
    layout: {},
    action: {},
    collect: {},
    kioskMode: { type: Boolean, attribute: 'kiosk' },
    keepBallots: { type: Boolean, attribute: 'keep-ballots' },
    staffPin: { attribute: 'staff-pin' },
    resetDelay: { type: Number, attribute: 'reset-delay' },
    resultsSrc: { attribute: 'results-src' },
    today: {},
    seed: {},
  };

  static override styles = [baseStyles, pollStyles];
  static override messages = [pollMessages];

  /** `page`: every question on one page; `steps`: one question per screen. */
  layout: 'page' | 'steps' = 'page';

  /** Address the ballot is POSTed to as JSON (relative or https). Requires the content's `privacy` text. */
  action?: string;

  /** Shared tablet: resets for the next person after the thank-you screen or after inactivity. */
  kioskMode = false;

  /**
   * Where the ballots go when neither `action` nor `keep-ballots` says: `event` (the page takes
   * each `qd-submit` and calls `preventDefault()`), `demo` (says on screen that nothing is kept).
   */
  collect?: string;

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

  /** Where a ballot goes; none: the author is shown what to add (`no-destination.lazy.ts`). */
  protected get destination(): 'action' | 'box' | 'event' | 'demo' | undefined {
    return this.action ? 'action' : this.keepBallots ? 'box' : collectMode(this.collect);
  }
  protected override get contentSpec(): ContentSpec<PollContent> {
    return {
      schema: pollContentSchema,
      version: POLL_CONTENT_VERSION,
      packageName: '@quartiers-douai/poll',
      texts: () => import('../texts.lazy.js'),
    };
  }

  /** Kiosk mode resets the screen after `DEFAULT_KIOSK_TIMEOUT` unless `kiosk-timeout` says otherwise. */
  protected override kioskSeconds(): number {
    return this.kioskTimeout > 0 ? this.kioskTimeout : this.kioskMode ? DEFAULT_KIOSK_TIMEOUT : 0;
  }

  /** The day of the opening dates: `today`, or this device's. */
  protected get day(): string {
    return this.today && /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localDay();
  }

  /** The content has easy-read texts (the « Facile à lire » button shows). */
  protected get hasEasy(): boolean {
    const c = this.data;
    return (
      !!c &&
      (!!c.easyDescription ||
        c.questions.some((q) => !!q.easy || q.choices?.some((ch) => !!ch.easy)))
    );
  }
}
