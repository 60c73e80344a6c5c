/**
 * `StorageController.keep()` (storage/storage-controller.ts) on a bare host: the first screen waits
 * for the storage code, a newer call wins, `storage="none"` waits for nothing. The storage code is
 * fetched once per page: the tests before it comes run first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactiveController } from 'lit';
import * as z from 'zod/mini';
import { PendingWorks } from '../element/pending.js';
import type { StorageArea } from './records.js';
import { StorageController, type StorageHost } from './storage-controller.js';
import { loadStoreCode } from './on-demand.js';

const schema = z.object({ n: z.number() });
const options = { type: 'demo-progress', id: 'demo', version: 1, schema };

function host(storage: StorageArea) {
  const works = new PendingWorks();
  const said: string[] = [];
  const h = {
    storage,
    updates: 0,
    works,
    addController: (c: ReactiveController) => works.add(c),
    requestUpdate: () => void h.updates++,
  };
  const device = new StorageController(h as unknown as StorageHost, {
    t: (k) => k,
    say: (text) => void said.push(text),
  });
  return { h, device, said };
}

afterEach(() => {
  localStorage.clear();
});

describe('StorageController.keep', () => {
  it('before the storage code: the first screen waits for it; a newer call wins; storage="none" meanwhile stops the wait at once', async () => {
    localStorage.setItem(
      'qd:demo-progress:demo',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'demo-progress',
        version: 1,
        savedAt: '2026-12-07',
        data: { n: 3 },
      }),
    );
    const { h, device } = host('local');
    const resumed: Array<[string, unknown]> = [];
    device.keep(options, (_, saved) => resumed.push(['first', saved]));
    expect(h.works.holding).toBe(true);
    device.keep(options, (_, saved) => resumed.push(['second', saved]));
    expect(h.works.holding).toBe(true);
    // Another element: its storage set to none while the code comes.
    const other = host('local');
    other.device.keep(options, () => resumed.push(['other', 'local']));
    other.h.storage = 'none';
    other.device.keep(options, () => resumed.push(['other', 'none']));
    expect(other.device.pending).toBeUndefined();
    expect(other.h.works.holding).toBe(false);
    await device.pending;
    await new Promise((r) => setTimeout(r, 0));
    expect(resumed).toEqual([['second', { n: 3 }]]);
    expect(h.works.holding).toBe(false);
    expect(h.updates).toBeGreaterThan(0); // (the element renders with what was kept)
  });

  it('storage="none": nothing is opened, nothing waits', async () => {
    await loadStoreCode();
    const { device } = host('none');
    const resumed: string[] = [];
    device.keep(options, () => resumed.push('none'));
    expect(device.pending).toBeUndefined();
    expect(resumed).toEqual([]);
  });

  it('once the storage code is here, the store and what it kept come at once', () => {
    localStorage.setItem(
      'qd:demo-progress:demo',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'demo-progress',
        version: 1,
        savedAt: '2026-12-07',
        data: { n: 5 },
      }),
    );
    const { device } = host('local');
    let saved: unknown;
    device.keep(options, (_, s) => (saved = s));
    expect(saved).toEqual({ n: 5 });
    expect(device.pending).toBeUndefined();
  });

  it('damaged data is set aside, and the resident is told', () => {
    localStorage.setItem(
      'qd:demo-progress:demo',
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'demo-progress',
        version: 1,
        savedAt: '2026-12-07',
        data: { n: 'x' },
      }),
    );
    const { device, said } = host('local');
    let saved: unknown = 'unset';
    device.keep(options, (_, s) => (saved = s));
    expect(saved).toBeUndefined();
    expect(said).toEqual(['quarantined']);
  });
});
