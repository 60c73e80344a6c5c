/**
 * The device-storage code fetched on demand (docs/decisions/0015), for code that opens stores
 * of its own rather than through `QdContentElement.keep()`: a prototype with several stores
 * whose area is not the `storage` attribute (the poll's queue of unsent ballots, its kiosk
 * ballot box), or an element that reads another one's store (the poll's results). A page that
 * keeps nothing never downloads it.
 */
import { zodParse } from './device-store.js';
import type { DeviceStoreBase, DeviceStoreOptions } from './records.js';

type StoreCode = typeof import('./store.lazy.js');

let code: StoreCode | undefined;

/**
 * Fetches the storage code (once per page; after a failure, the next call tries again).
 * Resolves true when it is here, false when it could not come (offline).
 */
export function loadStoreCode(): Promise<boolean> {
  return code
    ? Promise.resolve(true)
    : import('./store.lazy.js').then(
        (m) => {
          code = m;
          return true;
        },
        () => false,
      );
}

/** The storage code, once here (`loadStoreCode()` resolved true). */
export const storeCode = (): StoreCode | undefined => code;

/** A store checked with zod, once the storage code is here; `undefined` before. */
export function storeNow<T>(options: DeviceStoreOptions<T>): DeviceStoreBase<T> | undefined {
  return code && new code.DeviceStoreBase<T>(options, zodParse(options.schema));
}

/**
 * `eraseAllKitData()` through the storage code: 0 when it is not here (then this page has
 * opened no store to erase from, and the code is fetched first).
 */
export async function eraseKitData(options: { centre?: boolean } = {}): Promise<number> {
  return (await loadStoreCode()) ? code!.eraseAllKitData(options) : 0;
}
