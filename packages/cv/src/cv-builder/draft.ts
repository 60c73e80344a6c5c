/**
 * The CV's draft on the device, through the element's one storage door (`StorageController`,
 * docs/decisions/0015): opened in the element's area, saved at once or after a pause in typing,
 * erased, and its damaged copies set aside. The record's key (`qd:cv-draft:<id>`, `brouillon`
 * by default) and its envelope are those of every draft saved so far: they are read as they are.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  DeviceStoreBase,
  LoadResult,
  SetAside,
  StorageController,
} from '@quartiers-douai/core';
import { cvSchema, type Cv } from '../schema.js';

/** The saved draft: its type, id and version (its key `qd:cv-draft:<id>`). */
export const draftRecord = (id: string) =>
  ({ type: 'cv-draft', id: id || 'brouillon', version: 1, schema: cvSchema }) as const;

/** A pause in typing before the draft is saved (a field left, an entry added: at once). */
export const SAVE_PAUSE_MS = 400;

/** What the save status says: nothing yet, saved, or not saved (the device is full). */
export type SaveState = 'idle' | 'saved' | 'quota';

export class CvDraft implements ReactiveController {
  private store?: DeviceStoreBase<Cv>;
  private timer?: ReturnType<typeof setTimeout>;
  /** The latest `open()`: a store opened for an earlier one is dropped. */
  private opening?: object;
  /** The save status. */
  state: SaveState = 'idle';

  constructor(
    private readonly host: ReactiveControllerHost & { id: string },
    private readonly device: StorageController,
    /** The CV to save. */
    private readonly cv: () => Cv,
  ) {
    host.addController(this);
  }

  /** Leaving the page: what waits for a pause is saved. */
  hostDisconnected(): void {
    if (this.timer !== undefined) this.save();
  }

  /**
   * Opens the draft (nothing with `storage="none"`) and gives `resume` what it kept. The page's
   * first store waits for the storage code, and the element's first screen with it.
   */
  open(resume: (r: LoadResult<Cv>) => void): void {
    this.state = 'idle';
    this.store = undefined;
    const token = (this.opening = {});
    const record = draftRecord(this.host.id);
    const take = (store: DeviceStoreBase<Cv> | undefined) => {
      if (this.opening !== token || !store) return;
      this.store = store;
      const r = store.load();
      if (r.status === 'ok') this.state = 'saved';
      resume(r);
    };
    const now = this.device.now(record);
    if (now) take(now);
    this.device.wait(now ? undefined : this.device.open(record)?.then(take));
  }

  /** Saves now (and says when the device is full). */
  save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.store) return;
    const r = this.device.save(this.store, this.cv());
    // ('held': a damaged CV the full device could not set aside is in its place)
    this.state = r.ok ? 'saved' : r.reason === 'unavailable' ? 'idle' : 'quota';
    this.host.requestUpdate();
  }

  /** Saves after a pause in typing. */
  saveSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), SAVE_PAUSE_MS);
  }

  /** Removes the draft (its damaged copies stay: `discard`) and every kit record of the person. */
  erase(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.store?.clear();
    void this.device.erase();
    this.state = 'idle';
  }

  /**
   * The damaged CVs set aside on this device: "Effacer mes données" keeps them; they go only with
   * "Effacer le CV abîmé", next to their download.
   */
  get setAside(): SetAside[] {
    return this.store?.quarantined() ?? [];
  }

  /**
   * Erases exactly these copies. When one was left in the draft's place (a full device), the CV
   * written meanwhile is saved at last.
   */
  discard(copies: SetAside[]): void {
    this.store?.discard(copies);
    if (copies.some((c) => c.key === this.store?.key)) this.save();
  }
}
