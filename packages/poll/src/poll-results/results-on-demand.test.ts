/**
 * The results' code is a part of the bundle (docs/decisions/0016): a poll that only collects
 * answers never fetches it; a poll with `results-src` fetches it ahead once it is shown.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../define.js';
import type { QdPoll } from '../poll/poll.js';
import { clone, openDay, sampleResults, samples } from '../fixtures.js';

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

const mounted: HTMLElement[] = [];
afterEach(() => {
  mounted.splice(0).forEach((e) => e.remove());
  localStorage.clear();
});

async function mount(attrs: Record<string, string>): Promise<QdPoll> {
  const el = document.createElement('qd-poll');
  for (const [k, v] of Object.entries({ collect: 'demo', ...attrs })) el.setAttribute(k, v);
  el.content = clone(samples.aireDeJeux);
  document.body.append(el);
  mounted.push(el);
  for (let i = 0; i < 3; i++) await el.updateComplete;
  return el;
}

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
