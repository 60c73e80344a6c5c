/**
 * The device-storage code an element needs only when the embedder opts in (`storage="local"` or
 * `"session"`): fetched by the element's `StorageController` on first use, so a page that keeps
 * nothing never downloads it (docs/decisions/0015). zod's checks are given by `storeNow()`
 * (device-store.ts): a store's schema is the element's.
 */
export { DeviceStoreBase, eraseAllKitData } from './records.js';
export { dataTools, importInto } from './data-tools.js';
