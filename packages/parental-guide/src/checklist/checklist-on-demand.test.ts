/**
 * The printed checklist is a part of the bundle (docs/decisions/0016): the questions never fetch
 * it; the guide fetches it ahead, with the agreement; « Imprimer ma liste » waits for it (and asks
 * again if it never came); without it (offline all along), the screen prints as it is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, norm, root } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { QdParentalGuide } from '../index.js';
import { clone, samples } from '../fixtures.js';

/** Each call of `loadChecklist()`, and whether it fails (offline). */
const gate = vi.hoisted(() => ({ calls: 0, fail: false }));
vi.mock('./load.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./load.js')>();
  return {
    loadChecklist: () => {
      gate.calls++;
      return gate.fail ? Promise.reject(new Error('hors ligne')) : real.loadChecklist();
    },
  };
});

const mounted: HTMLElement[] = [];
afterEach(() => {
  mounted.splice(0).forEach((e) => e.remove());
  localStorage.clear();
  vi.restoreAllMocks();
});

async function settle(el: QdParentalGuide): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

async function press(el: QdParentalGuide, name: string): Promise<void> {
  button(el, name).click();
  await settle(el);
}

describe('qd-parental-guide · printed checklist on demand (part of the bundle)', () => {
  it('not fetched for the questions; fetched with the guide; offline, the screen prints as it is; « Imprimer ma liste » asks again, and prints the list', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = document.createElement('qd-parental-guide');
    el.content = clone(samples.library);
    document.body.append(el);
    mounted.push(el);
    await settle(el);

    await press(el, 'Commencer');
    await press(el, 'Suivant');
    await press(el, 'Suivant');
    expect(gate.calls, 'the questions never ask for the checklist').toBe(0);

    gate.fail = true;
    await press(el, 'Voir mon guide');
    expect(gate.calls, 'the guide asks for it ahead').toBe(1);
    await press(el, 'Imprimer ma liste');
    expect(gate.calls, '« Imprimer ma liste » asks again').toBe(2);
    expect(print).toHaveBeenCalledTimes(1);
    expect(root(el).querySelector('[part="checklist"]'), 'no list without its code').toBeNull();
    expect(root(el).querySelector('.qd-printing'), 'the screen prints').toBeNull();
    window.dispatchEvent(new Event('afterprint'));

    gate.fail = false;
    await press(el, 'Imprimer ma liste');
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
