/**
 * What `<qd-poll>` keeps on the device, and why (see README "Vie privée"):
 *  - `qd:poll-voted:<poll>`   a flag "this device has voted" (courtesy guard), only with
 *                             `storage="session|local"` and not in kiosk mode;
 *  - `qd:poll-outbox:<poll>`  with `action` only: ballots waiting to be sent (offline), removed once sent;
 *  - `qd:poll-ballots:<poll>` kiosk ballot box (`keep-ballots`), in random order, no dates;
 *  - `qd:poll-draft:<poll>`   answers in progress, only with `storage="session|local"`.
 * None holds a name, an address or a time. The stores exist once the storage code is here
 * (core's `loadStoreCode()`, docs/decisions/0015): a poll that keeps nothing never fetches it.
 * The flag and the draft follow the `storage` attribute and are opened through the poll's
 * `StorageController` (`ballot-stores.ts`); the queue and the box are always `local`, whatever
 * that attribute says, so they are opened with core's `storeNow` (the same code and records).
 */
import * as z from 'zod/mini';
import { int, storeNow, type DeviceStoreBase, type StorageArea } from '@quartiers-douai/core';
import { answersSchema, ballotSchema, type Ballot } from '../schema.js';

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
 * Ballots waiting to be sent. On a kiosk they are other people's ballots, kept for the centre
 * (`owner: 'centre'`: a resident's "Effacer mes données" in another prototype on the same device
 * leaves them); on a personal device, the person's own.
 */
export const outboxStore = (pollId: string, kiosk = false) =>
  storeNow({
    type: 'poll-outbox',
    id: pollId,
    version: DEVICE_VERSION,
    schema: outboxSchema,
    area: 'local',
    owner: kiosk ? 'centre' : 'person',
  });
/** A kiosk's ballot box: the centre's, emptied only from the staff panel. */
export const boxStore = (pollId: string) =>
  storeNow({
    type: 'poll-ballots',
    id: pollId,
    version: DEVICE_VERSION,
    schema: boxSchema,
    area: 'local',
    owner: 'centre',
  });
/** The answers in progress, opened in the poll's `storage` area (`StorageController`). */
export const draftRecord = (pollId: string) => ({
  type: 'poll-draft',
  id: pollId,
  version: DEVICE_VERSION,
  schema: draftSchema,
});

/** A random number below `n` from the platform's cryptographic generator. */
export function randomBelow(n: number): number {
  const x = new Uint32Array(1);
  crypto.getRandomValues(x);
  return x[0]! % n;
}

/** A random identifier for a queued ballot (lets the server ignore a repeat), not a person. */
export function randomKey(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/**
 * Adds a ballot to the box at a random place: the order of the box says nothing about who voted
 * when (the last ballot is not the last voter's).
 */
export function insertRandomly<T>(
  list: readonly T[],
  item: T,
  random: (n: number) => number = randomBelow,
): T[] {
  const out = [...list];
  out.splice(random(out.length + 1), 0, item);
  return out;
}

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

/** Adds a ballot to the queue; false when the device could not keep it. */
export function enqueue(store: DeviceStoreBase<Outbox>, ballot: Ballot): boolean {
  const r = store.load();
  const items = r.status === 'ok' ? r.data.items : [];
  return store.save({ items: [...items, { key: randomKey(), ballot }] }).ok;
}
