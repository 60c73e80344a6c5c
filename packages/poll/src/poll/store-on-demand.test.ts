/**
 * The device-storage code is fetched only by polls that keep something (docs/decisions/0015):
 * a queue of unsent ballots (`action`), a kiosk ballot box (`keep-ballots`), the "already
 * voted" flag and the answers in progress (`storage`). Its first screen waits for it; if it
 * cannot come (offline), a poll that would lose ballots says so and takes none.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cleanup,
  mount as mountElement,
  norm,
  qa,
  root,
  text,
  track,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { QdPollResults } from '../poll-results/poll-results.js';
import { clone, openDay, samples } from '../fixtures.js';

/** Counts the requests for the storage code; `next` decides the next answer (default: the real code). */
const gate = vi.hoisted(() => ({
  calls: 0,
  next: undefined as undefined | (() => Promise<boolean>),
}));
vi.mock('@quartiers-douai/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@quartiers-douai/core')>();
  return {
    ...real,
    loadStoreCode: () => {
      gate.calls++;
      const next = gate.next;
      gate.next = undefined;
      return next ? next() : real.loadStoreCode();
    },
  };
});

afterEach(() => {
  gate.calls = 0;
  gate.next = undefined;
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

const mount = (attrs: Record<string, string> = {}) =>
  mountElement('qd-poll', samples.fete, { today: openDay.fete, collect: 'demo', ...attrs });
const buttons = (el: Element) => qa(el, 'button').map((b) => norm(b.textContent));

// The storage code stays once here: what happens before it comes is tested first.
describe('qd-poll · storage code on demand', () => {
  it('a poll that keeps nothing never asks for it', async () => {
    const el = await mount();
    expect(buttons(el)).toContain('Répondre au sondage');
    expect(gate.calls).toBe(0);
  });

  it('a kiosk that keeps ballots waits for it (role="status"); if it cannot come, says so in French and takes no vote; back online, it opens', async () => {
    let answer!: (here: boolean) => void;
    gate.next = () => new Promise<boolean>((r) => (answer = r));
    const el = document.createElement('qd-poll');
    el.setAttribute('today', openDay.fete);
    el.setAttribute('kiosk', '');
    el.setAttribute('keep-ballots', '');
    el.content = clone(samples.fete);
    document.body.append(track(el));
    await vi.waitFor(() =>
      expect(root(el).querySelector('[part="loading"]')?.getAttribute('role')).toBe('status'),
    );
    expect(buttons(el)).not.toContain('Répondre au sondage');
    answer(false);
    await el.updateComplete;
    expect(root(el).querySelector('[part="loading"]')).toBeNull();
    expect(root(el).querySelector('[part="error"]')?.getAttribute('role')).toBe('alert');
    expect(text(el, '[part="error"]')).toContain(
      "cet appareil ne peut pas garder les réponses pour l'instant",
    );
    expect(text(el, '[part="error"]')).toContain('Rechargez la page quand la connexion revient');
    expect(buttons(el)).not.toContain('Répondre au sondage');
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(gate.calls).toBe(2);
    expect(root(el).querySelector('[part="error"]')).toBeNull();
    expect(buttons(el)).toContain('Répondre au sondage');
  });

  it('with storage="local", the "already voted" flag kept on this device is read', async () => {
    localStorage.setItem(
      'qd:poll-voted:fete-quartier-2027',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'poll-voted',
        version: 1,
        savedAt: '2026-12-10',
        data: { voted: true },
      }),
    );
    const el = await mount({ storage: 'local' });
    expect(text(el, '[part="thanks"]')).toContain(
      'Vous avez déjà répondu à ce sondage sur cet appareil',
    );
  });

  it('<qd-poll-results local> counts the ballot box kept on this device', async () => {
    localStorage.setItem(
      'qd:poll-ballots:fete-quartier-2027',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'poll-ballots',
        version: 1,
        owner: 'centre',
        savedAt: '2026-12-10',
        data: { ballots: [{ answers: {} }, { answers: {} }] },
      }),
    );
    const el = document.createElement('qd-poll-results') as QdPollResults;
    el.setAttribute('local', '');
    el.voted = true; // (the sample shows its results after the vote)
    el.content = { version: 1, poll: clone(samples.fete), ballots: [] };
    document.body.append(track(el));
    await customElements.whenDefined('qd-poll-results'); // (a part of the bundle, ADR 0016)
    await el.updateComplete;
    expect(text(el, '.qd-results__total')).toContain('2 participations');
  });
});
