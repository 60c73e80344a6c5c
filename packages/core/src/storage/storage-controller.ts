/**
 * The device storage of an element, one door (docs/decisions/0015, 0019): the element that keeps
 * something creates `new StorageController(this, voice)` and opens its stores through it, in the
 * area chosen by its `storage` attribute. With `storage="none"` (the default) nothing is kept and
 * the storage code is never fetched; otherwise it comes on first use, and the element's first
 * screen waits for it (its loading message shows, `updateComplete` waits). Loading reports data
 * set aside as damaged, saving reports a full device, a file taken back says how it went — in the
 * element's status region, in its language.
 *
 * Stores whose area is not the `storage` attribute (the poll's queue and ballot box) are opened
 * with core's `loadStoreCode()` / `storeNow()` (storage/on-demand.ts), the same code.
 */
import { nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { WaitController } from '../element/pending.js';
import type { Voice } from '../element/voice.js';
import type { DataToolsHandlers } from './data-tools.js';
import { eraseKitData, loadStoreCode, storeCode, storeNow } from './on-demand.js';
import type {
  DeviceStoreBase,
  DeviceStoreOptions,
  LoadResult,
  SaveResult,
  StorageArea,
} from './records.js';

export type { DataToolsHandlers };
type Options<T> = Omit<DeviceStoreOptions<T>, 'area'>;

/** The element: its `storage` attribute says where its data may be kept. */
export type StorageHost = ReactiveElement & { storage: StorageArea };

/** While the page's first store opens, the element's first screen waits (`holds`). */
export class StorageController extends WaitController<StorageHost> {
  constructor(
    host: StorageHost,
    private readonly voice: Voice,
    /**
     * Where the element keeps its data, when it is not its `storage` attribute as it is (a CV on a
     * shared computer keeps its draft in the tab only).
     */
    private readonly area = () => host.storage,
  ) {
    super(host, true);
  }

  /**
   * Opens a store in the element's area; `undefined` with `storage="none"`. The code comes on first
   * use; if it cannot (offline), the resident is told nothing will be kept, and it gives `undefined`.
   */
  open<T>(options: Options<T>): Promise<DeviceStoreBase<T> | undefined> | undefined {
    if (this.area() === 'none') return undefined;
    return loadStoreCode().then((here) => {
      if (!here) this.voice.say(this.voice.t('storageFailed'), 'error');
      return this.now(options);
    });
  }

  /** The store, when the storage code is already here (see `open`). */
  now<T>(options: Options<T>): DeviceStoreBase<T> | undefined {
    const area = this.area();
    return area === 'none' ? undefined : storeNow({ ...options, area });
  }

  /**
   * Opens the element's store and gives `resume` the store and what it kept. Only the page's first
   * store waits for the storage code (with the first screen). A newer call wins (the content or
   * `storage` changed meanwhile).
   */
  keep<T>(
    options: Options<T>,
    resume: (store: DeviceStoreBase<T>, saved: T | undefined) => void,
  ): void {
    const now = this.now(options);
    const token = (this.token = {});
    if (now) {
      this.wait();
      resume(now, this.load(now));
      return;
    }
    this.wait(
      this.open(options)?.then((store) => {
        if (this.token === token && store) resume(store, this.load(store));
      }),
    );
  }
  private token?: object;

  /** Loads from a store and reports data set aside as damaged. */
  load<T>(store: DeviceStoreBase<T>): T | undefined {
    const r: LoadResult<T> = store.load();
    if (r.status === 'quarantined') this.voice.say(this.voice.t('quarantined'), 'error');
    return r.status === 'ok' ? r.data : undefined;
  }

  /**
   * Saves to a store and reports a full device (also when damaged data the device could not set
   * aside holds the record's place: nothing is saved over it).
   */
  save<T>(store: DeviceStoreBase<T>, data: T): SaveResult {
    const r = store.save(data);
    if (!r.ok && r.reason !== 'unavailable') this.voice.say(this.voice.t('quota'), 'error');
    return r;
  }

  /**
   * « Effacer mes données »: what every element of the kit kept on this device for the person (the
   * centre's data too with `centre`), whatever their area; copies set aside as damaged stay (the
   * store's `discard`). The storage code comes first if this page has not fetched it. Resolves to the
   * number of records erased.
   */
  erase(options?: { centre?: boolean }): Promise<number> {
    return eraseKitData(options);
  }

  /**
   * "Reprendre depuis un fichier": checks the file, lets `apply` take its data (false: the file is
   * for other content, nothing changes), then keeps it and says how it went.
   */
  async importInto<T>(
    store: DeviceStoreBase<T> | undefined,
    text: string,
    apply: (data: T) => boolean,
  ): Promise<void> {
    // A store of the element's own (`new DeviceStore`, storage="none") may exist before the
    // storage code: the file is taken all the same, and its code says how it went.
    if (!(await loadStoreCode())) {
      this.voice.say(this.voice.t('importFailed', { reason: '—' }), 'error');
      return;
    }
    await storeCode()?.importInto(store, text, apply, this.voice);
  }

  /**
   * Download / resume-from-file / erase, and the copies set aside (named, offered as downloads,
   * erased by name), once the storage code is here.
   */
  tools(handlers: DataToolsHandlers): TemplateResult | typeof nothing {
    return storeCode()?.dataTools(handlers, this.host, this.voice) ?? nothing;
  }
}
