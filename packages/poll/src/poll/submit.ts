/**
 * What a submit does, decided without a page (`<qd-poll>` sends the event and keeps the ballot):
 * whether the poll may take ballots at all, whether a sent ballot is thanked and queued for
 * `action`, and what the thank-you screen says about it.
 */
import { isSafeAssetUrl } from '@quartiers-douai/core';
import type { PollKey } from '../messages.js';

/** Where a ballot goes (`PollAttributes.destination`). */
export type Destination = 'action' | 'box' | 'event' | 'demo' | undefined;
/** Where a ballot sent to `action` is. */
export type SendState = 'sending' | 'sent' | 'queued';

/** Why the poll cannot take ballots as the page set it up, if it cannot. */
export interface SetupProblem {
  /** The attribute or content field to fix. */
  path: 'keep-ballots' | 'action' | 'privacy';
  message: PollKey;
}

/**
 * The embedding page asks to send answers: it must say where they go. Without the storage code
 * (`blocks`), a ballot could be neither queued nor put in the box: no vote.
 */
export function setupProblem(setup: {
  blocks: boolean;
  keepBallots: boolean;
  action?: string;
  privacy?: string;
}): SetupProblem | undefined {
  if (setup.blocks)
    return { path: setup.keepBallots ? 'keep-ballots' : 'action', message: 'storeFailed' };
  if (!setup.action) return undefined;
  if (!isSafeAssetUrl(setup.action)) return { path: 'action', message: 'badAction' };
  if (!setup.privacy?.trim()) return { path: 'privacy', message: 'privacyRequired' };
  return undefined;
}

/**
 * After `qd-submit` (`taken`: a listener called `preventDefault()`): with `collect="event"`, a
 * ballot no listener took is refused (not thanked, the answers stay); otherwise it is thanked,
 * and queued for `action` unless the page took it.
 */
export function afterSubmit(
  taken: boolean,
  destination: Destination,
  action: string | undefined,
): 'refused' | { queue: boolean } {
  if (!taken && destination === 'event') return 'refused';
  return { queue: !!action && !taken };
}

/** After a try to send the queue: sent, or still waiting (offline, a server error). */
export const afterSending = (r: { left: number } | undefined): SendState =>
  r && r.left > 0 ? 'queued' : 'sent';

/** What the thank-you screen says about the ballot: where it is, if anything needs saying. */
export function thanksStatus(
  state: SendState | undefined,
  inBox: boolean,
  destination: Destination,
): PollKey | undefined {
  if (state) return state;
  if (inBox) return 'keptHere';
  return destination === 'demo' ? 'demoKept' : undefined;
}
