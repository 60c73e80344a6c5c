/**
 * The files fetched on demand (docs/decisions/0015) may never come (offline tablet): the results'
 * code and the advisor's wording. The person is told, keeps her answers, and can go on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyDiag } from '../fixtures.js';
import {
  cleanup,
  click,
  focused,
  mount,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

/** `up`: the connection is back. */
const net = vi.hoisted(() => ({ up: false, asked: 0 }));
vi.mock('../on-demand.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../on-demand.js')>();
  const offline = () => Promise.reject(new Error('offline'));
  return {
    loadResults: () => {
      net.asked++;
      return net.up ? real.loadResults() : offline();
    },
    loadAdvisor: () => (net.up ? real.loadAdvisor() : offline()),
    loadHistory: () => offline(), // (« Mes progrès » never comes here)
  };
});

afterEach(() => {
  net.asked = 0;
  cleanup();
});

describe('qd-autodiag · offline: files on demand that never come', () => {
  it('the results’ code is not asked for on the first screen; "Commencer" asks for it ahead', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    expect(net.asked).toBe(0);
    await click(el, 'Commencer');
    expect(net.asked).toBeGreaterThan(0);
    expect(q(el, '[part="item"]')).not.toBeNull();
    expect(text(el, '[part="notice"]')).toBe('');
  });

  it('the results’ code: the person is told, the last statement is back with her answer pressed and the focus; no qd-complete until the profile shows', async () => {
    const el = await mount('qd-autodiag', tinyDiag);
    const done: unknown[] = [];
    el.addEventListener('qd-complete', (e) => done.push((e as CustomEvent).detail.levels));
    await click(el, 'Commencer');
    for (const a of [2, 0, 3, 2]) {
      qa<HTMLButtonElement>(el, '[part="answers"] button')[a]!.click();
      await settle(el);
    }
    expect(q(el, '[part="results"]')).toBeNull();
    expect(text(el, '.qd-progress')).toBe('4 sur 4');
    expect(text(el, '[part="notice"]')).toBe(
      "Le profil n'a pas pu être chargé : vérifiez la connexion, puis touchez à nouveau votre réponse.",
    );
    expect(q(el, '[part="notice"]')!.getAttribute('role')).toBe('status');
    expect(qa(el, '[part="answers"] button').map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'true',
      'false',
    ]);
    expect(focused(el)).toBe(q(el, '#statement'));
    expect(done).toEqual([]);
    // the connection is back: the same answer again shows the profile, once, without the message
    net.up = true;
    try {
      qa<HTMLButtonElement>(el, '[part="answers"] button')[2]!.click();
      await settle(el);
      expect(text(el, '#results-heading')).toBe('Mon profil');
      expect(focused(el)).toBe(q(el, '#results-heading'));
      expect(text(el, '[part="notice"]')).toBe('');
      expect(done).toEqual([{ courriel: 'debut', securite: 'fort' }]);
    } finally {
      net.up = false;
    }
  });

  it('« Mes progrès » (storage="local"): its code does not come; the sheet is whole without it, nothing is kept', async () => {
    const el = await mount('qd-autodiag', tinyDiag, { storage: 'local' });
    await click(el, 'Commencer');
    net.up = true; // (the results' code comes; « Mes progrès » does not)
    const asked = net.asked;
    try {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      for (const a of [2, 0, 3, 2]) {
        qa<HTMLButtonElement>(el, '[part="answers"] button')[a]!.click();
        await settle(el);
      }
    } finally {
      net.up = false;
    }
    expect(net.asked).toBeGreaterThan(asked);
    expect(text(el, '#results-heading')).toBe('Mon profil');
    expect(q(el, '#history-consent')).toBeNull();
    expect(text(el, '[part="results"]')).toContain('Les ateliers conseillés pour moi');
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('the advisor’s wording: the person’s wording stays, and the diagnostic works', async () => {
    const el = await mount('qd-autodiag', tinyDiag, { advisor: '' });
    expect(text(el, '[part="intro"]')).toContain("Ce n'est pas un examen");
    await click(el, 'Commencer');
    expect(text(el, '#answers-label')).toBe('Votre réponse');
    expect(q(el, '[part="item"] .qd-hint')).toBeNull();
    expect(focused(el)).toBe(q(el, '#statement'));
  });
});
