/**
 * What `<qd-poll>` keeps on the device, and why (see README "Vie privée"):
 *  - `qd:poll-voted:<poll>`   a flag "this device has voted" (courtesy guard), only with
 *                             `storage="session|local"` and not in kiosk mode;
 *  - `qd:poll-outbox:<poll>`  with `action` only: ballots waiting to be sent (offline), removed once sent;
 *  - `qd:poll-ballots:<poll>` kiosk ballot box (`keep-ballots`), in random order, no dates;
 *  - `qd:poll-draft:<poll>`   answers in progress, only with `storage="session|local"`.
 * None holds a name, an address or a time. The stores exist once the storage code is here
 * (core's `loadStoreCode()`, docs/decisions/0015): a poll that keeps nothing never fetches it.
 * Each is opened through a `StorageController` (`ballot-stores.ts`): the flag and the draft in the
 * poll's `storage` area, the queue and the box always in `local` (whatever that attribute says).
 */
import * as z from 'zod/mini';
import { int, storeNow, type DeviceStoreBase, type StorageArea } from '@quartiers-douai/core';
import { answersSchema, ballotSchema } from '../schema.js';

export const DEVICE_VERSION = 1;

export const votedSchema = z.object({ voted: z.boolean() });
export const outboxSchema = z.object({
  items: z.array(z.object({ key: z.string(), ballot: ballotSchema })),
});
export const boxSchema = z.object({ ballots: z.array(z.object({ answers: answersSchema })) });
export const draftSchema = z.object({
  answers: answersSchema,
  /** Order of the choices shown to this person, by question id. */
  orders: z.custom<Record<string, string[]>>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      Object.values(v).every((o) => Array.isArray(o) && o.every((x) => typeof x === 'string')),
  ),
  step: int(0),
});

export type Outbox = z.infer<typeof outboxSchema>;
export type Box = z.infer<typeof boxSchema>;
export type Draft = z.infer<typeof draftSchema>;

/** The "already voted" flag of a poll, opened in the poll's `storage` area (`StorageController`). */
export const votedRecord = (pollId: string) => ({
  type: 'poll-voted',
  id: pollId,
  version: DEVICE_VERSION,
  schema: votedSchema,
});

/** The flag in one area (`<qd-poll-results>` reads both). */
export const votedStore = (pollId: string, area: StorageArea) =>
  storeNow({ ...votedRecord(pollId), area });

/**
 * Has this device voted (flag kept in this tab or on this device)? False until the storage code
 * is here (`loadStoreCode()`, docs/decisions/0015).
 */
export const hasVoted = (pollId: string): boolean =>
  (['session', 'local'] as const).some((a) => votedStore(pollId, a)?.load().status === 'ok');
/**
 * Ballots waiting to be sent, always in `local`. On a kiosk they are other people's ballots, kept
 * for the centre (`owner: 'centre'`: a resident's "Effacer mes données" in another prototype on
 * the same device leaves them); on a personal device, the person's own.
 */
export const outboxRecord = (pollId: string, kiosk = false) => ({
  type: 'poll-outbox',
  id: pollId,
  version: DEVICE_VERSION,
  schema: outboxSchema,
  owner: kiosk ? ('centre' as const) : ('person' as const),
});
/** A kiosk's ballot box, always in `local`: the centre's, emptied only from the staff panel. */
export const boxRecord = (pollId: string) => ({
  type: 'poll-ballots',
  id: pollId,
  version: DEVICE_VERSION,
  schema: boxSchema,
  owner: 'centre' as const,
});
/** The ballot box as `<qd-poll-results local>` reads it (an element without a `storage` area). */
export const boxStore = (pollId: string) => storeNow({ ...boxRecord(pollId), area: 'local' });
/** The answers in progress, opened in the poll's `storage` area (`StorageController`). */
export const draftRecord = (pollId: string) => ({
  type: 'poll-draft',
  id: pollId,
  version: DEVICE_VERSION,
  schema: draftSchema,
});

export type FlushResult = { sent: number; left: number };

const flushing = new Map<string, Promise<FlushResult>>();

/**
 * Sends the queued ballots of `store` to `action`, one by one, oldest first; a ballot leaves the
 * queue only once the server said 2xx, so it is never lost and never sent twice by this device
 * (one flush at a time per queue, across tabs too with the Web Locks API).
 */
export function flushOutbox(store: DeviceStoreBase<Outbox>, action: string): Promise<FlushResult> {
  const running = flushing.get(store.key);
  if (running) return running;
  const run = async (): Promise<FlushResult> => {
    let sent = 0;
    for (;;) {
      const r = store.load();
      const items = r.status === 'ok' ? r.data.items : [];
      const next = items[0];
      if (!next) return { sent, left: 0 };
      let ok = false;
      try {
        const res = await fetch(action, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': next.key },
          body: JSON.stringify(next.ballot),
          credentials: 'omit',
          cache: 'no-store',
        });
        ok = res.ok;
      } catch {
        ok = false; // offline, or the server is unreachable
      }
      if (!ok) return { sent, left: items.length };
      const now = store.load();
      const rest = (now.status === 'ok' ? now.data.items : []).filter((i) => i.key !== next.key);
      if (rest.length > 0) store.save({ items: rest });
      else store.clear();
      sent++;
    }
  };
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  const p = (locks ? locks.request(`qd:${store.key}`, run).then((r) => r) : run()).finally(() =>
    flushing.delete(store.key),
  );
  flushing.set(store.key, p);
  return p;
}
