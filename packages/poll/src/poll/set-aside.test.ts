/**
 * Ballots set aside as damaged (core's quarantine) were never in an export: sending the queue or
 * « Vider les réponses » must not delete them (issue 21, « Set-aside data deleted »).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../define.js';
import type { QdPoll } from './poll.js';
import { boxStore, enqueue, flushOutbox, outboxStore } from './device.js';
import { clone, openDay, samples } from '../fixtures.js';
import { loadStoreCode } from '@quartiers-douai/core';

const POLL = 'fete-quartier-2027';
const damaged = '{"kit":"quartiers-douai","type":"x","version":1,"data":{"items":"deux"}}';
const setAsideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('qd:quarantine:'));

const mounted: HTMLElement[] = [];
afterEach(() => {
  mounted.splice(0).forEach((e) => e.remove());
  localStorage.clear();
  sessionStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function settle(el: QdPoll): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}
function button(el: QdPoll, name: string): HTMLButtonElement {
  const all = [...el.shadowRoot!.querySelectorAll('button')];
  const b = all.find((x) => (x.textContent ?? '').replace(/\s+/g, ' ').trim() === name);
  if (!b) throw new Error(`no button "${name}" in: ${all.map((x) => x.textContent).join(' | ')}`);
  return b;
}
async function click(el: QdPoll, name: string): Promise<void> {
  button(el, name).click();
  await settle(el);
}

describe('qd-poll · ballots set aside are never deleted without being named', () => {
  it('sending the queue (flushOutbox) leaves the copy set aside', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await loadStoreCode()).toBe(true);
    localStorage.setItem(`qd:poll-outbox:${POLL}`, damaged);
    const outbox = outboxStore(POLL)!;
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
    const el = document.createElement('qd-poll');
    const attrs = {
      today: openDay.fete,
      kiosk: '',
      'keep-ballots': '',
      'staff-pin': '2468',
      'reset-delay': '0',
    };
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.content = clone(samples.fete);
    document.body.append(el);
    mounted.push(el);
    await settle(el);

    await click(el, 'Espace équipe');
    el.shadowRoot!.querySelector<HTMLInputElement>('#pin')!.value = '2468';
    await click(el, 'Ouvrir');
    await click(el, 'Vider les réponses de cet appareil');
    await click(el, 'Oui, effacer les réponses');
    expect(localStorage.getItem(`qd:poll-ballots:${POLL}`)).toBeNull();
    expect(localStorage.getItem(copy)).toBe(damaged);
  });
});
