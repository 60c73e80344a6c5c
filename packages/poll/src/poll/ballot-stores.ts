/**
 * What a poll keeps on the device for its ballots (device.ts says what and why): the queue of
 * ballots waiting for `action`, a kiosk's ballot box (`keep-ballots`), the "already voted" flag and
 * the answers in progress (`storage`), and sending the queue. A poll that keeps nothing never
 * fetches the storage code; one that does shows its first screen once the code is here, and
 * without it (offline) a poll with a queue or a box takes no vote (a ballot would be lost).
 *
 * The flag and the draft are kept in the poll's `storage` area, through its storage door
 * (`StorageController`); the queue and the box are always this device's, whatever the `storage`
 * attribute says: they are opened through a door of their own, in `local`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import {
  isSafeAssetUrl,
  loadStoreCode,
  StorageController,
  type DeviceStoreBase,
  type StorageArea,
  type Voice,
} from '@quartiers-douai/core';
import {
  boxRecord,
  draftRecord,
  flushOutbox,
  outboxRecord,
  votedRecord,
  type Box,
  type Draft,
  type FlushResult,
  type Outbox,
} from './device.js';

/** The poll, as its stores see it: its attributes. */
export interface BallotsHost extends ReactiveElement {
  action?: string;
  keepBallots: boolean;
  kioskMode: boolean;
  storage: StorageArea;
}

export class BallotStores implements ReactiveController {
  /** This device has voted (the flag, kept where the page opted in). */
  voted = false;
  votedFlag?: DeviceStoreBase<{ voted: boolean }>;
  outbox?: DeviceStoreBase<Outbox>;
  box?: DeviceStoreBase<Box>;
  draft?: DeviceStoreBase<Draft>;
  /** The storage code could not come (offline): nothing is kept. */
  private failed = false;
  /** A store this poll needs is missing because the storage code could not come. */
  private missing = false;
  /** The queue and the box: always this device's (`local`), whatever `storage` says. */
  readonly local: StorageController;

  constructor(
    private readonly host: BallotsHost,
    readonly device: StorageController,
    private readonly voice: Voice,
    /** Back online after the storage code could not come: open again. */
    private readonly reopen: () => void,
    /** Ballots of the queue were sent (not on the thank-you screen). */
    private readonly sent: (count: number) => void,
  ) {
    host.addController(this);
    this.local = new StorageController(host, voice, () => 'local');
  }

  private readonly onOnline = () => {
    if (this.blocks) {
      this.failed = false;
      this.reopen();
    }
    void this.flush();
  };

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** The queue or the ballot box is missing (no storage code): a ballot would be lost, so no vote. */
  get blocks(): boolean {
    return this.missing && !!(this.host.action || this.host.keepBallots);
  }

  /**
   * Opens the stores of poll `pollId`; gives the answers in progress kept here, if any. Returns
   * `false` while the storage code comes: `hold` gets that wait, and `again` runs once it is over.
   */
  open(
    pollId: string,
    hold: (work: Promise<unknown>) => void,
    again: () => void,
  ): { draft?: Draft } | false {
    const h = this.host;
    // Kept only where the page opted in (`storage`); a shared kiosk never remembers who voted.
    const remember = h.storage !== 'none' && !h.kioskMode;
    this.outbox = h.action ? this.local.now(outboxRecord(pollId, h.kioskMode)) : undefined;
    this.box = h.keepBallots ? this.local.now(boxRecord(pollId)) : undefined;
    this.votedFlag = remember ? this.device.now(votedRecord(pollId)) : undefined;
    this.draft = remember ? this.device.now(draftRecord(pollId)) : undefined;
    // The stores exist once the storage code is here (fetched on first need, ADR 0015).
    const missing =
      (h.action && !this.outbox) || (h.keepBallots && !this.box) || (remember && !this.draft);
    this.missing = !!missing && this.failed;
    if (missing && !this.failed) {
      hold(
        loadStoreCode().then((here) => {
          this.failed = !here;
          // (with a queue or a ballot box, the poll's own panel says it: `blocks`)
          if (!here && !h.action && !h.keepBallots)
            this.voice.say(this.voice.t('storageFailed'), 'error');
          again();
        }),
      );
      return false;
    }
    if (this.outbox) this.local.load(this.outbox);
    if (this.box) this.local.load(this.box);
    this.voted = !!this.votedFlag && this.device.load(this.votedFlag) !== undefined;
    const draft = this.draft && !this.voted ? this.device.load(this.draft) : undefined;
    void this.flush();
    return { draft };
  }

  /** Keeps the answers in progress (where the page opted in). */
  keepDraft(draft: Draft): void {
    if (this.draft) this.device.save(this.draft, draft);
  }

  /** Sends what waits in the queue; undefined when there is nothing to send or nowhere to. */
  async send(): Promise<FlushResult | undefined> {
    const action = this.host.action;
    if (!action || !this.outbox || !isSafeAssetUrl(action) || this.waiting === 0) return;
    return flushOutbox(this.outbox, new URL(action, document.baseURI).href);
  }

  /** Sends the queue (on load, when the connection comes back, from the staff panel). */
  async flush(): Promise<void> {
    const r = await this.send();
    if (!r) return;
    if (r.sent > 0 && r.left === 0) this.sent(r.sent);
    this.host.requestUpdate();
  }

  /** Ballots waiting to be sent. */
  get waiting(): number {
    const r = this.outbox?.load();
    return r?.status === 'ok' ? r.data.items.length : 0;
  }

  /** The ballots in this device's box. */
  get ballots(): Box['ballots'] {
    const r = this.box?.load();
    return r?.status === 'ok' ? r.data.ballots : [];
  }
}
