import type { PollContent } from '../schema.js';
import { periodOf } from '../dates.js';

/** Why results are hidden, or `undefined` when they may be shown. */
export type Hidden = 'never' | 'until-close' | 'until-vote';

/**
 * The content's `results` rule: `never` (staff only), `after-close` (the day after `closesAt`),
 * `after-vote` (once this device has voted, and for everyone after the close).
 */
export function hiddenBecause(
  poll: Pick<PollContent, 'results' | 'opensAt' | 'closesAt'>,
  today: string,
  votedHere: boolean,
  staff = false,
): Hidden | undefined {
  if (staff) return undefined;
  if (poll.results === 'never') return 'never';
  const closed = !!poll.closesAt && periodOf(poll, today) === 'after';
  if (closed) return undefined;
  if (poll.results === 'after-vote') return votedHere ? undefined : 'until-vote';
  return 'until-close';
}
