/**
 * The staff panel is a file of its own, fetched when someone presses "Espace équipe", or ahead on a
 * kiosk with a staff code (docs/decisions/0012, 0021): while it loads, and if it never comes
 * (offline kiosk).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  button,
  cleanup,
  mount as mountElement,
  root,
  text,
  type Attrs,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { StaffModule } from './staff.js';
import { openDay, samples } from '../fixtures.js';

/** What the next `loadStaff()` gives (by default the real module); `offline`: every load fails. */
const gate = vi.hoisted(() => ({
  next: undefined as undefined | (() => Promise<unknown>),
  offline: false,
  loads: 0,
}));
vi.mock('./staff.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./staff.js')>();
  return {
    ...real,
    loadStaff: () => {
      gate.loads++;
      if (gate.offline)
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const next = gate.next as (() => Promise<StaffModule>) | undefined;
      gate.next = undefined;
      return next ? next() : real.loadStaff();
    },
  };
});

afterEach(() => {
  gate.next = undefined;
  gate.offline = false;
  gate.loads = 0;
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

/** A kiosk with a staff code; `null` leaves out one of the defaults (kiosk, staff code). */
const mount = (attrs: Attrs = {}) =>
  mountElement('qd-poll', samples.fete, {
    today: openDay.fete,
    kiosk: '',
    'staff-pin': '2468',
    collect: 'demo',
    ...attrs,
  });
const frame = () => new Promise((r) => requestAnimationFrame(r));

describe('qd-poll · staff panel loaded on demand', () => {
  it('while its file loads, a loading message (role="status") replaces the screen; then the code field has the focus', async () => {
    let open!: (m: StaffModule) => void;
    gate.next = () => new Promise<StaffModule>((r) => (open = r));
    const el = await mount();
    button(el, 'Espace équipe').click();
    // (updateComplete waits for the file: let one frame render instead)
    await frame();
    expect(root(el).querySelector('[part="loading"]')?.getAttribute('role')).toBe('status');
    expect(root(el).querySelector('#intro-heading')).toBeNull();
    expect(() => button(el, 'Espace équipe')).toThrow();
    open(await import('./staff.part.js'));
    await el.updateComplete;
    expect(root(el).querySelector('[part="loading"]')).toBeNull();
    expect(text(el, '#staff-heading')).toBe('Espace équipe');
    expect((root(el).activeElement as HTMLElement | null)?.id).toBe('pin');
  });

  it('offline: back to the first screen with a French error message; pressing again tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    gate.offline = true; // (its fetch ahead failed too)
    const el = await mount();
    button(el, 'Espace équipe').click();
    await el.updateComplete;
    expect(warn).toHaveBeenCalled();
    expect(text(el, '[part="notice"]')).toBe(
      "L'espace équipe n'a pas pu s'ouvrir. Vérifiez la connexion internet, puis réessayez.",
    );
    expect(root(el).querySelector('[part="notice"]')?.className).toContain('qd-notice--error');
    expect(root(el).querySelector('#intro-heading')).not.toBeNull();
    gate.offline = false;
    button(el, 'Espace équipe').click();
    await el.updateComplete;
    expect(text(el, '#staff-heading')).toBe('Espace équipe');
  });

  it('a kiosk with a staff code asks for the file ahead, once (offline later, the panel still opens); other pages never', async () => {
    await mount({ kiosk: null });
    await mount({ 'staff-pin': null });
    expect(gate.loads).toBe(0);
    const el = await mount();
    expect(gate.loads).toBe(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(gate.loads).toBe(1);
    expect(root(el).querySelector('#pin')).toBeNull();
  });

  it('the panel speaks the page language (English), French where Arabic lacks a text', async () => {
    const en = await mount({ lang: 'en' });
    button(en, 'Staff area').click();
    await en.updateComplete;
    expect(text(en, '#staff-heading')).toBe('Staff area');
    expect(text(en, 'label[for="pin"]')).toBe('Staff code');
    const ar = await mount({ lang: 'ar' });
    button(ar, 'فضاء الفريق').click();
    await ar.updateComplete;
    (root(ar).querySelector('#pin') as HTMLInputElement).value = '2468';
    button(ar, 'افتح').click();
    await ar.updateComplete;
    expect(text(ar, '[part="staff"]')).toContain(
      "Cet appareil ne garde pas les réponses (ajoutez l'attribut keep-ballots pour les garder).",
    );
  });
});
