/**
 * Ballots set aside as damaged (core's quarantine) were never in an export: sending the queue or
 * « Vider les réponses » must not delete them (issue 21, « Set-aside data deleted »).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, click, mount } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { boxStore, flushOutbox, outboxRecord } from './device.js';
import { enqueue } from './keep-ballot.js';
import { openDay, samples } from '../fixtures.js';
import { loadStoreCode, storeNow } from '@quartiers-douai/core';

const POLL = 'fete-quartier-2027';
const damaged = '{"kit":"quartiers-douai","type":"x","version":1,"data":{"items":"deux"}}';
const setAsideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('qd:quarantine:'));

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('qd-poll · ballots set aside are never deleted without being named', () => {
  it('sending the queue (flushOutbox) leaves the copy set aside', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadStoreCode()).toBe(true);
    localStorage.setItem(`qd:poll-outbox:${POLL}`, damaged);
    const outbox = storeNow({ ...outboxRecord(POLL), area: 'local' })!;
    expect(outbox.load().status).toBe('quarantined');
    const [copy] = setAsideKeys();
    expect(copy).toMatch(new RegExp(`^qd:quarantine:poll-outbox:${POLL}:`));

    enqueue(outbox, { pollId: POLL, answers: { date: '12-juin' } });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 201 })),
    );
    expect(await flushOutbox(outbox, 'https://centre.example/api/ballots')).toEqual({
      sent: 1,
      left: 0,
    });
    expect(localStorage.getItem(`qd:poll-outbox:${POLL}`)).toBeNull();
    expect(localStorage.getItem(copy!)).toBe(damaged);
  });

  it('« Vider les réponses de cet appareil » empties the box and leaves the copy set aside', async () => {
    expect(await loadStoreCode()).toBe(true);
    boxStore(POLL)!.save({ ballots: [{ answers: { date: '12-juin' } }] });
    const copy = `qd:quarantine:poll-ballots:${POLL}:1765000000000`;
    localStorage.setItem(copy, damaged);
    const el = await mount('qd-poll', samples.fete, {
      today: openDay.fete,
      kiosk: '',
      'keep-ballots': '',
      'staff-pin': '2468',
      'reset-delay': '0',
    });

    await click(el, 'Espace équipe');
    el.shadowRoot!.querySelector<HTMLInputElement>('#pin')!.value = '2468';
    await click(el, 'Ouvrir');
    await click(el, 'Vider les réponses de cet appareil');
    await click(el, 'Oui, effacer les réponses');
    expect(localStorage.getItem(`qd:poll-ballots:${POLL}`)).toBeNull();
    expect(localStorage.getItem(copy)).toBe(damaged);
  });
});
