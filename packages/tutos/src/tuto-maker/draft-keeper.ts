/**
 * Keeping the maker's draft on the device while the resident works (`qd:tuto-draft:<id>`, in the
 * area of the `storage` attribute): saved after a pause in typing, at once when a change is
 * committed, and at once when the page is left or hidden (a phone switching to another app, a tab
 * closed: the page may never come back to run the timer). The saved format is the draft as typed
 * (`Draft`, version `DRAFT_VERSION`), made well-formed again by `normalizeDraft` when it comes
 * back.
 */
import type { ReactiveController } from 'lit';
import * as z from 'zod/mini';
import {
  obj,
  type DeviceStoreBase,
  type StorageController,
  type StorageHost,
} from '@quartiers-douai/core';
import { normalizeDraft, type Draft } from '../draft.js';

/** What the draft store checks (the draft is then made well-formed by `normalizeDraft`). */
const draftSchema = obj({ steps: z.array(obj({})) });
export const DRAFT_VERSION = 1;

/** How long typing pauses before the draft is saved, in milliseconds. */
const PAUSE = 400;

export class DraftKeeper implements ReactiveController {
  /**
   * What the form says about it: `saved` « Brouillon enregistré sur cet appareil », `none` « …
   * n’est pas gardé… » (`storage="none"`), `idle` nothing yet.
   */
  state: 'idle' | 'saved' | 'none' = 'idle';
  private store?: DeviceStoreBase<Draft>;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: StorageHost,
    private readonly device: StorageController,
    /** The draft to save, as it is now. */
    private readonly draft: () => Draft,
  ) {
    host.addController(this);
  }

  private readonly leaving = (e: Event): void => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') this.saveWaiting();
  };

  hostConnected(): void {
    window.addEventListener('pagehide', this.leaving);
    document.addEventListener('visibilitychange', this.leaving);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.leaving);
    document.removeEventListener('visibilitychange', this.leaving);
    this.saveWaiting();
  }

  private setState(state: DraftKeeper['state']): void {
    this.state = state;
    this.host.requestUpdate();
  }

  /** Opens the draft's place on the device; `resume` gets the draft kept there, if any. */
  open(id: string, resume: (draft: Draft) => void): void {
    this.store = undefined;
    this.setState(this.host.storage === 'none' ? 'none' : 'idle');
    this.device.keep(
      { type: 'tuto-draft', id, version: DRAFT_VERSION, schema: draftSchema },
      (store, saved) => {
        this.store = store as unknown as DeviceStoreBase<Draft>;
        if (saved) {
          this.setState('saved');
          resume(normalizeDraft(saved));
        }
      },
    );
  }

  /** Saves the draft now. */
  save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.store || this.host.storage === 'none') return;
    const r = this.device.save(this.store, this.draft());
    this.setState(r.ok ? 'saved' : 'idle');
  }

  /** Saves the draft after a pause in typing. */
  saveSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), PAUSE);
  }

  /** Saves now what waits for a pause, if anything. */
  private saveWaiting(): void {
    if (this.timer !== undefined) this.save();
  }

  /** Removes the draft from the device (« Tout effacer »). */
  erase(): void {
    this.store?.clear();
    this.setState(this.host.storage === 'none' ? 'none' : 'idle');
  }
}
