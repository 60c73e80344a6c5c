/**
 * What `<qd-audience-vote>` keeps on the device, and why (docs/festival.md, « Vie privée »):
 *  - `qd:film-voted:<festival>` a "this device has voted" flag, the one-vote-per-device courtesy
 *    guard of the poll (packages/poll/src/poll/device.ts) in a few lines of its own: only where
 *    the page opted in (`storage="session|local"`) and never on a shared kiosk, where every vote
 *    resets the screen for the next person. A courtesy, not a security: clearing the browser's
 *    data votes again. It could move to core (a `courtesyGuard` for the poll and this vote).
 *  - `qd:film-votes:<festival>` a kiosk's count: votes by film, nothing else (no order, no time of
 *    each vote), the centre's (`owner: 'centre'`): a resident's « Effacer mes données » on the
 *    same tablet leaves it; only the staff area empties it.
 * Both are opened with core's `keep()`, whose storage code is fetched only when `storage` is on
 * (docs/decisions/0015).
 */
import * as z from 'zod/mini';
import { int } from '@quartiers-douai/core';

export const votedSchema = z.object({ voted: z.boolean() });
export type Voted = z.infer<typeof votedSchema>;

export const tallySchema = z.object({ votes: z.record(z.string(), int(0)) });
export type Tally = z.infer<typeof tallySchema>;

/** The courtesy guard's flag (a person's device: their « Effacer mes données » removes it). */
export const votedRecord = (festival: string) => ({
  type: 'film-voted',
  id: festival,
  version: 1,
  schema: votedSchema,
});

/** A kiosk's count (the centre's). */
export const tallyRecord = (festival: string) => ({
  type: 'film-votes',
  id: festival,
  version: 1,
  schema: tallySchema,
  owner: 'centre' as const,
});

/** Adds one vote for `film` to a count. */
export const addVote = (t: Tally, film: string): Tally => ({
  votes: { ...t.votes, [film]: (t.votes[film] ?? 0) + 1 },
});
