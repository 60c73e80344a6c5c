/**
 * The printed checklist is a part of the bundle (docs/decisions/0016): the questions never fetch
 * it; the guide fetches it ahead, with the agreement; « Imprimer ma liste » waits for it (and asks
 * again if it never came); without it (offline all along), the screen prints as it is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cleanup,
  click,
  mount,
  norm,
  root,
  settle,
  type LoadGate,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { clone, samples } from '../fixtures.js';

/** Each call of `loadChecklist()`; while `fail`, the page is offline. */
const gate = vi.hoisted((): LoadGate => ({ calls: 0, fail: false }));
vi.mock('./load.js', async (original) => {
  const { gated } = await import('@quartiers-douai/kit-scripts/testing');
  const real = await original<typeof import('./load.js')>();
  return { ...real, loadChecklist: gated(gate, real.loadChecklist) };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('qd-parental-guide · printed checklist on demand (part of the bundle)', () => {
  it('not fetched for the questions; fetched with the guide; offline, the screen prints as it is; « Imprimer ma liste » asks again, and prints the list', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await mount('qd-parental-guide', clone(samples.library));

    await click(el, 'Commencer');
    await click(el, 'Suivant');
    await click(el, 'Suivant');
    expect(gate.calls, 'the questions never ask for the checklist').toBe(0);

    gate.fail = true;
    await click(el, 'Voir mon guide');
    expect(gate.calls, 'the guide asks for it ahead').toBe(1);
    await click(el, 'Imprimer ma liste');
    expect(gate.calls, '« Imprimer ma liste » asks again').toBe(2);
    expect(print).toHaveBeenCalledTimes(1);
    expect(root(el).querySelector('[part="checklist"]'), 'no list without its code').toBeNull();
    expect(root(el).querySelector('.qd-printing'), 'the screen prints').toBeNull();
    window.dispatchEvent(new Event('afterprint'));

    gate.fail = false;
    await click(el, 'Imprimer ma liste');
    expect(gate.calls).toBe(3);
    expect(print).toHaveBeenCalledTimes(2);
    const list = root(el).querySelector('[part="checklist"]')!;
    expect(norm(list.querySelector('h2')?.textContent)).toContain('Ma liste de réglages');
    expect(root(el).querySelector('.qd-printing')).not.toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(root(el).querySelector('[part="checklist"]')).toBeNull();
  });
});
