/**
 * The personalised guide's cards are a part of the bundle (docs/decisions/0016): the first screen
 * never fetches them; the questions fetch them ahead; offline, the guide says so with « Réessayer »,
 * which fetches them again and shows them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  button,
  cleanup,
  mount,
  norm,
  qa,
  root,
  settle,
  type LoadGate,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { clone, samples } from '../fixtures.js';

/** Each call of `loadGuideView()`; while `fail`, the page is offline. */
const gate = vi.hoisted((): LoadGate => ({ calls: 0, fail: false }));
vi.mock('./load.js', async (original) => {
  const { gated } = await import('@quartiers-douai/kit-scripts/testing');
  const real = await original<typeof import('./load.js')>();
  return { ...real, loadGuideView: gated(gate, real.loadGuideView) };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function press(el: Element, name: string): Promise<void> {
  button(el, name).click();
  await settle(el);
}

describe('qd-parental-guide · the guide’s cards on demand (part of the bundle)', () => {
  it('not fetched on the first screen; fetched with the questions; offline, said with « Réessayer », which shows them', async () => {
    const el = await mount('qd-parental-guide', clone(samples.library));
    expect(gate.calls, 'the first screen never asks for the cards').toBe(0);

    gate.fail = true;
    await press(el, 'Commencer');
    expect(gate.calls, 'the questions ask for them ahead').toBe(1);
    await press(el, 'Suivant');
    await press(el, 'Suivant');
    await press(el, 'Voir mon guide');
    expect(qa(el, '[part="card"]')).toHaveLength(0);
    const alert = root(el).querySelector('[role="alert"]');
    expect(norm(alert?.textContent)).toContain(
      "Les fiches du guide n'ont pas pu s'afficher. Vérifiez la connexion internet, puis réessayez.",
    );

    gate.fail = false;
    await press(el, 'Réessayer');
    expect(gate.calls).toBe(2);
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
    expect(qa(el, '[part="card"]').length).toBeGreaterThan(0);
  });
});
