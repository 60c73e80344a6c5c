/**
 * The centre's anonymous counts on a centre tablet (`storage="local"` + `staff-pin`): how many
 * people reached each level of each area (area × level, nothing else: `aggregate.ts`), kept through
 * the element's storage controller. They belong to the centre: a resident's « Effacer mes données »
 * leaves them; the staff panel shows, exports and empties them.
 */
import type { DeviceStoreBase, StorageController } from '@quartiers-douai/core';
import {
  COUNTS_TYPE,
  COUNTS_VERSION,
  addTo,
  countsSchema,
  undated,
  type Counts,
} from '../aggregate.js';

export class CentreCounts {
  private store?: DeviceStoreBase<Counts>;
  /** What this run added (taken back if the person changes answers and ends again). */
  private counted?: Record<string, string>;

  constructor(private readonly device: StorageController) {}

  /** Opens the counts of the diagnostic `id`; without an `id` (not a centre tablet), none. */
  open(id: string | undefined): void {
    this.store = undefined;
    this.counted = undefined;
    if (id === undefined) return;
    this.device.keep(
      { type: COUNTS_TYPE, id, version: COUNTS_VERSION, schema: countsSchema, owner: 'centre' },
      (store) => (this.store = undated(store)),
    );
  }

  /** The counts kept on this device (none yet: empty). */
  read(): Counts {
    return (this.store && this.device.load(this.store)) ?? { counts: {} };
  }

  /** One person reached `levels` (level id, or `-`, by area id): counted once per run. */
  add(levels: Record<string, string>): void {
    const store = this.store;
    if (!store) return;
    let counts = this.read();
    if (this.counted) counts = addTo(counts, this.counted, -1);
    this.device.save(store, addTo(counts, levels, 1));
    this.counted = levels;
  }

  /** A new person starts: what the last run added stays counted. */
  newRun(): void {
    this.counted = undefined;
  }

  /** Empties the counts of this device (« Remettre les compteurs à zéro »). */
  clear(): void {
    this.store?.clear();
  }
}
