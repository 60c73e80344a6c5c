/**
 * Device storage with zod's check built in: what code that builds its stores itself uses (the
 * poll's ballot box, the CV's draft). Elements that keep data only when `storage` is opted in
 * open theirs with `QdContentElement.openStore()`, which fetches `records.ts` on demand.
 */
import type { $ZodType } from 'zod/v4/core';
import * as z from 'zod/mini';
import type { ZodIssueLike } from '../content/problems.js';
import { DeviceStoreBase, type DeviceStoreOptions, type Parse } from './records.js';

export * from './records.js';

/** zod's check of a store's data (issues with their input, for the French explanations). */
export function zodParse<T>(schema: $ZodType<T>): Parse<T> {
  return (data) => {
    const r = z.safeParse(schema, data, { reportInput: true });
    return r.success
      ? { ok: true, data: r.data }
      : { ok: false, issues: r.error.issues as unknown as ZodIssueLike[] };
  };
}

/** A store that checks its data against `options.schema` with zod. */
export class DeviceStore<T> extends DeviceStoreBase<T> {
  constructor(options: DeviceStoreOptions<T>) {
    super(options, zodParse(options.schema));
  }
}
