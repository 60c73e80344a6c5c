/**
 * What a submit leads to, decided without a page: whether a sent ballot is thanked and queued for
 * `action`, and what the thank-you screen says about it. Part of the later screens
 * (`screens.part.ts`): only a form sent needs it.
 */
import type { PollKey } from '../messages.js';
import type { Destination, SendState } from './submit.js';

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
