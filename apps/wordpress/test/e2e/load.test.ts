/**
 * The load run: 2,000 ballots posted to one poll by 20 concurrent clients on 127.0.0.1 (a bounded
 * loop, Node's fetch). Every ballot is accepted and stored exactly once. The rate is printed, not
 * asserted (a benchmark on a shared machine).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollContent } from './contents.js';
import { ballotCount, createContent, make, wpState, type WpState } from './wordpress.js';

const BALLOTS = 2000;
const CLIENTS = 20;

describe('load run', () => {
  let wp: WpState;
  let id: number;
  let pollId: string;

  beforeAll(() => {
    wp = wpState();
    pollId = `charge-${Date.now()}`;
    id = createContent(wp, 'poll', 'Sondage de charge', pollContent(pollId));
    // The per-content limit a minute (« Réglages », 600 by default) above the run's 2,000 ballots.
    expect(make(wp, ['option', 'qd_kit_rate_limit', '100000'])).toBe('100000');
  });

  afterAll(() => {
    if (wp) make(wp, ['option', 'qd_kit_rate_limit', '600']);
  });

  it(`${BALLOTS} ballots from ${CLIENTS} concurrent clients are all stored, once`, async () => {
    const url = `${wp.url}/wp-json/quartiers-douai/v1/polls/${id}/ballots`;
    let next = 0;
    const statuses = new Map<number, number>();
    const client = async () => {
      while (next < BALLOTS) {
        const n = next++;
        const r = await fetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': randomBytes(16).toString('hex'),
          },
          body: JSON.stringify({
            pollId,
            answers: { jour: n % 3 ? 'samedi' : 'dimanche', idee: `Idée n° ${n}` },
          }),
        });
        await r.arrayBuffer();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[load] ${BALLOTS} bulletins, ${CLIENTS} clients : ${seconds.toFixed(1)} s, ${(BALLOTS / seconds).toFixed(0)} bulletins/s`,
    );
    expect(Object.fromEntries(statuses)).toEqual({ 201: BALLOTS });
    expect(ballotCount(wp, id)).toBe(BALLOTS);
  }, 600_000); // bounded by its 2,000 requests; its time is printed, never asserted
});
