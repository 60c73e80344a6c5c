/**
 * The results' code is a part of the bundle (docs/decisions/0016): a poll that only collects
 * answers never fetches it; a poll with `results-src` fetches it ahead once it is shown.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, mount as mountElement } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { openDay, sampleResults, samples } from '../fixtures.js';

const gate = vi.hoisted(() => ({ calls: 0 }));
vi.mock('./load.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./load.js')>();
  return {
    loadPollResults: () => {
      gate.calls++;
      return real.loadPollResults();
    },
  };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const mount = (attrs: Record<string, string>) =>
  mountElement('qd-poll', samples.aireDeJeux, { collect: 'demo', ...attrs });

describe('qd-poll-results · fetched on demand (part of the bundle)', () => {
  it('a poll without results-src never asks for the results; with it, once, as soon as the poll is shown', async () => {
    await mount({ today: openDay.aireDeJeux });
    expect(gate.calls).toBe(0);
    expect(customElements.get('qd-poll-results')).toBeUndefined();

    const url = URL.createObjectURL(
      new Blob([JSON.stringify(sampleResults)], { type: 'application/json' }),
    );
    const el = await mount({ today: openDay.aireDeJeux, 'results-src': url });
    expect(gate.calls).toBe(1);
    await customElements.whenDefined('qd-poll-results');
    el.requestUpdate();
    await el.updateComplete;
    expect(gate.calls, 'asked once').toBe(1);
  });
});
