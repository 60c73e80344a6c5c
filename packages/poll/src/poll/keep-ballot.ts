/**
 * What a sent ballot does to the stores of this device (`ballot-stores.ts`): into the box at a
 * random place, the "already voted" flag, the draft forgotten, and into the queue when it goes to
 * `action`. Part of the later screens (`screens.part.ts`): only a sent ballot needs it.
 */
import type { DeviceStoreBase } from '@quartiers-douai/core';
import type { Ballot } from '../schema.js';
import type { BallotStores } from './ballot-stores.js';
import type { Outbox } from './device.js';

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

/** Adds a ballot to the queue; false when the device could not keep it. */
export function enqueue(store: DeviceStoreBase<Outbox>, ballot: Ballot): boolean {
  const r = store.load();
  const items = r.status === 'ok' ? r.data.items : [];
  return store.save({ items: [...items, { key: randomKey(), ballot }] }).ok;
}

/** Keeps a sent ballot; false when it goes to the queue (`queue`) and the device could not keep it there. */
export function keepBallot(
  s: BallotStores,
  ballot: Ballot,
  queue: boolean,
  kiosk: boolean,
): boolean {
  if (s.box) {
    const r = s.box.load();
    s.local.save(s.box, {
      ballots: insertRandomly(r.status === 'ok' ? r.data.ballots : [], {
        answers: ballot.answers,
      }),
    });
  }
  s.voted = !kiosk;
  if (s.votedFlag) s.device.save(s.votedFlag, { voted: true });
  s.draft?.clear();
  return !(queue && s.outbox) || enqueue(s.outbox, ballot);
}
