/**
 * The queue of unsent ballots and a kiosk's ballot box are always kept in `local`, whatever the
 * `storage` attribute says: what a poll saved there in today's format is still read (the same keys,
 * version and records), and added to without losing anything.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, click, mount, qa, settle } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { openDay, samples } from '../fixtures.js';

const POLL = 'fete-quartier-2027';
const saved = (type: string, data: unknown, owner?: 'centre') =>
  JSON.stringify({
    kit: 'quartiers-douai',
    type,
    version: 1,
    ...(owner ? { owner } : {}),
    savedAt: '2026-12-10',
    data,
  });
const waiting = { pollId: POLL, answers: { date: '12-juin', idees: 'Une buvette' } };

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

describe('qd-poll · ballots saved in today’s format', () => {
  it('a queue saved on this device is sent to `action` once, then removed (storage="none")', async () => {
    localStorage.setItem(
      `qd:poll-outbox:${POLL}`,
      saved('poll-outbox', { items: [{ key: 'a'.repeat(32), ballot: waiting }] }),
    );
    const bodies: unknown[] = [];
    const keys: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
        bodies.push(JSON.parse(String(init?.body)));
        keys.push((init?.headers as Record<string, string>)['Idempotency-Key']!);
        return new Response(null, { status: 201 });
      }),
    );
    const el = await mount('qd-poll', samples.fete, {
      today: openDay.fete,
      action: '/api/ballots',
    });
    await vi.waitFor(() => expect(localStorage.getItem(`qd:poll-outbox:${POLL}`)).toBeNull());
    expect(bodies).toEqual([waiting]);
    expect(keys).toEqual(['a'.repeat(32)]);
    await vi.waitFor(() =>
      expect(el.shadowRoot!.textContent).toContain('La réponse en attente a été envoyée.'),
    );
  });

  it("a kiosk's ballot box saved on this device keeps its ballots when the next one joins it", async () => {
    const old = [{ answers: { date: '12-juin' } }, { answers: { date: '19-juin' } }];
    localStorage.setItem(
      `qd:poll-ballots:${POLL}`,
      saved('poll-ballots', { ballots: old }, 'centre'),
    );
    const el = await mount('qd-poll', samples.fete, {
      today: openDay.fete,
      kiosk: '',
      'keep-ballots': '',
      'reset-delay': '0',
      storage: 'session',
    });
    await click(el, 'Répondre au sondage');
    for (const label of ['Samedi 12 juin', 'Une scène ouverte']) {
      qa(el, 'label')
        .find((l) => l.textContent!.includes(label))!
        .querySelector('input')!
        .click();
      await settle(el);
    }
    await click(el, 'Vérifier mes réponses');
    await click(el, 'Envoyer mes réponses');
    const box = JSON.parse(localStorage.getItem(`qd:poll-ballots:${POLL}`)!);
    expect(box).toMatchObject({
      kit: 'quartiers-douai',
      type: 'poll-ballots',
      version: 1,
      owner: 'centre',
    });
    expect(box.data.ballots).toHaveLength(3);
    expect(box.data.ballots).toEqual(expect.arrayContaining(old));
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('qd:'))).toEqual([]);
  });
});
