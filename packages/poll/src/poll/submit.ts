/**
 * What a submit does, decided without a page (`<qd-poll>` sends the event and keeps the ballot):
 * whether the poll may take ballots at all. What follows a submit is in `after-submit.ts` (with
 * the later screens: a first screen needs none of it).
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
