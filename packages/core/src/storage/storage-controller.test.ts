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

function host(storage: StorageArea, area?: () => StorageArea) {
  const works = new PendingWorks();
  const said: string[] = [];
  const h = {
    storage,
    updates: 0,
    works,
    addController: (c: ReactiveController) => works.add(c),
    requestUpdate: () => void h.updates++,
  };
  const device = new StorageController(
    h as unknown as StorageHost,
    { t: (k) => k, say: (text) => void said.push(text), unsay: () => {} },
    area,
  );
  return { h, device, said };
}

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
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

const envelope = (type: string, data: unknown, owner?: 'centre') =>
  JSON.stringify({ kit: 'quartiers-douai', type, version: 1, savedAt: '2026-12-07', data, owner });

describe('StorageController: area, erase; a store’s copies set aside', () => {
  it('an element may keep its data elsewhere than its `storage` attribute says (a shared computer: the tab only)', async () => {
    await loadStoreCode();
    const { device } = host('local', () => 'session');
    device.save(device.now(options)!, { n: 1 });
    expect(sessionStorage.getItem('qd:demo-progress:demo')).toContain('"n":1');
    expect(localStorage.getItem('qd:demo-progress:demo')).toBeNull();
    const none = host('local', () => 'none');
    expect(none.device.now(options)).toBeUndefined();
    expect(none.device.open(options)).toBeUndefined();
  });

  it('erase: the person’s data of every element of the kit, in both areas; the centre’s only when asked; copies set aside stay', async () => {
    localStorage.setItem('qd:demo-progress:demo', envelope('demo-progress', { n: 1 }));
    sessionStorage.setItem('qd:quiz-progress:autre', envelope('quiz-progress', {}));
    localStorage.setItem('qd:film-jury:fest', envelope('film-jury', {}, 'centre'));
    localStorage.setItem('qd:quarantine:demo-progress:demo:1', '{abîmé');
    localStorage.setItem('autre-site', 'garde');
    const { device } = host('none'); // (a page that keeps nothing may still erase)
    expect(await device.erase()).toBe(2);
    expect(Object.keys(localStorage).sort()).toEqual([
      'autre-site',
      'qd:film-jury:fest',
      'qd:quarantine:demo-progress:demo:1',
    ]);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(await device.erase({ centre: true })).toBe(1);
    expect(localStorage.getItem('qd:film-jury:fest')).toBeNull();
  });

  it('a store discards exactly its own copies set aside, nothing else', async () => {
    await loadStoreCode();
    localStorage.setItem('qd:quarantine:demo-progress:demo:1', '{abîmé');
    localStorage.setItem('qd:quarantine:quiz-progress:autre:1', '{autre');
    const { device } = host('local');
    const store = device.now(options)!;
    const copies = store.quarantined();
    expect(copies.map((c) => c.key)).toEqual(['qd:quarantine:demo-progress:demo:1']);
    const other = { area: 'local' as const, key: 'qd:quarantine:quiz-progress:autre:1' };
    expect(store.discard([...copies, other])).toBe(1);
    expect(Object.keys(localStorage)).toEqual(['qd:quarantine:quiz-progress:autre:1']);
  });
});
