/**
 * The device-storage code an element needs only when the embedder opts in (`storage="local"` or
 * `"session"`): fetched by `QdContentElement.openStore()` on first use, so a page that keeps
 * nothing never downloads it (docs/decisions/0015). No Lit and no zod in here: both are given.
 */
export { DeviceStoreBase, eraseAllKitData } from './records.js';
export { dataToolsTemplate } from './data-tools.js';
