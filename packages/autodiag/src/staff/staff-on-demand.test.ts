/**
 * The staff panel is a file of its own, fetched when someone presses "Espace équipe"
 * (docs/decisions/0016): if it never comes (offline tablet), the person is told, and the first
 * screen is back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffModule } from './load.js';
import { tinyDiag } from '../fixtures.js';
import { cleanup, click, mount, q, text } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

const gate = vi.hoisted(() => ({ next: undefined as undefined | (() => Promise<unknown>) }));
vi.mock('./load.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./load.js')>();
  return {
    ...real,
    loadStaff: () => {
      const next = gate.next as (() => Promise<StaffModule>) | undefined;
      gate.next = undefined;
      return next ? next() : real.loadStaff();
    },
  };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('qd-autodiag · staff panel loaded on demand', () => {
  it('offline: "L’espace équipe n’a pas pu être chargé", and the first screen is back', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    gate.next = () => Promise.reject(new Error('offline'));
    const el = await mount('qd-autodiag', tinyDiag, { storage: 'local', 'staff-pin': '2468' });
    await click(el, 'Espace équipe');
    expect(q(el, '[part="intro"]')).not.toBeNull();
    expect(q(el, '[part="notice"]')!.getAttribute('role')).toBe('status');
    expect(text(el, '[part="notice"]')).toBe(
      "L'espace équipe n'a pas pu être chargé : vérifiez la connexion, puis réessayez.",
    );
  });

  it('the panel is not fetched until someone opens it', async () => {
    let asked = 0;
    gate.next = () => {
      asked++;
      return import('./staff-panel.part.js');
    };
    const el = await mount('qd-autodiag', tinyDiag, { storage: 'local', 'staff-pin': '2468' });
    await click(el, 'Commencer');
    expect(asked).toBe(0);
    gate.next = undefined;
  });
});
