/**
 * The pending-work protocol (element/pending.ts) and code loaded later (element/load-controller.ts),
 * on a bare host: what a controller waits for, what its element awaits, what it renders again.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PendingWorks, WaitController } from './pending.js';
import { LoadController } from './load-controller.js';

/** A host that counts its renders asked for and keeps its controllers' pending work. */
function host() {
  const works = new PendingWorks();
  const h = {
    updates: 0,
    works,
    addController: (c: ReactiveController) => works.add(c),
    removeController: () => undefined,
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
  };
  return h as typeof h & ReactiveControllerHost;
}

/** A promise settled from outside. */
function later<T = void>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('WaitController', () => {
  it('makes a promise its host’s pending work, then asks for a render once it settles (resolved or rejected)', async () => {
    const h = host();
    const w = new WaitController(h);
    expect(w.pending).toBeUndefined();
    const a = later();
    w.wait(a.promise);
    expect(w.pending).toBeDefined();
    expect(h.works.holding).toBe(false); // (not a `holds` controller)
    a.resolve();
    await w.pending;
    expect(w.pending).toBeUndefined();
    expect(h.updates).toBe(1);
    const b = later();
    w.wait(b.promise);
    b.reject(new Error('offline'));
    await tick();
    expect(w.pending).toBeUndefined();
    expect(h.updates).toBe(2);
  });

  it('the latest wait wins: an earlier one settling later changes nothing', async () => {
    const h = host();
    const w = new WaitController(h, true);
    const first = later();
    const second = later();
    w.wait(first.promise);
    w.wait(second.promise);
    first.resolve();
    await tick();
    expect(w.pending).toBeDefined();
    expect(h.works.holding).toBe(true);
    expect(h.updates).toBe(0);
    second.resolve();
    await tick();
    expect(w.pending).toBeUndefined();
    expect(h.works.holding).toBe(false);
    expect(h.updates).toBe(1);
  });

  it('wait() without work stops waiting at once; the earlier work settling later changes nothing', async () => {
    const h = host();
    const w = new WaitController(h, true);
    const a = later();
    w.wait(a.promise);
    w.wait();
    expect(w.pending).toBeUndefined();
    expect(h.works.holding).toBe(false);
    a.resolve();
    await tick();
    expect(h.updates).toBe(0);
  });
});

describe('PendingWorks', () => {
  it('settle() waits for every controller’s work, new work included, and for the render', async () => {
    const h = host();
    const w = new WaitController(h);
    const a = later();
    const b = later();
    w.wait(a.promise);
    let done = false;
    const settled = h.works.settle(() => h.updateComplete).then(() => (done = true));
    await tick();
    expect(done).toBe(false);
    w.wait(b.promise); // (more work came meanwhile)
    a.resolve();
    await tick();
    expect(done).toBe(false);
    b.resolve();
    await settled;
    expect(done).toBe(true);
  });

  it('only counts controllers that say what they wait for', () => {
    const h = host();
    h.addController({});
    new WaitController(h, true).wait(new Promise(() => undefined));
    expect(h.works.holding).toBe(true);
  });
});

describe('LoadController', () => {
  it('fetches the module once, runs onLoad before the render it asks for, and keeps it', async () => {
    const h = host();
    const importer = vi.fn(() => Promise.resolve({ answer: 42 }));
    const seen: number[] = [];
    const code = new LoadController(h, importer, (m) => seen.push(m.answer + h.updates));
    expect(code.value).toBeUndefined();
    const a = code.load();
    const b = code.load();
    expect(code.pending).toBeDefined();
    expect(await a).toEqual({ answer: 42 });
    expect(await b).toEqual({ answer: 42 });
    await tick();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([42]); // (no render asked for yet when onLoad ran)
    expect(code.value).toEqual({ answer: 42 });
    expect(code.pending).toBeUndefined();
    expect(h.updates).toBe(1);
    await code.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('offline: resolves undefined, says it failed, and the next load() tries again', async () => {
    const h = host();
    let online = false;
    const code = new LoadController(h, () =>
      online ? Promise.resolve('here') : Promise.reject(new Error('offline')),
    );
    expect(await code.load()).toBeUndefined();
    await tick();
    expect(code.failed).toBe(true);
    expect(code.pending).toBeUndefined();
    expect(h.updates).toBe(1);
    online = true;
    expect(await code.load()).toBe('here');
    expect(code.failed).toBe(false);
  });

  it('with `holds`, the host’s first screen waits while the module comes', async () => {
    const h = host();
    const m = later<string>();
    const code = new LoadController(h, () => m.promise, undefined, true);
    void code.load();
    expect(h.works.holding).toBe(true);
    m.resolve('here');
    await tick();
    expect(h.works.holding).toBe(false);
  });
});

describe('LoadController.run: a press that needs code loaded later', () => {
  /** The element's status region, as a list of what it said (an empty text clears it). */
  function voice() {
    let shown: { kind: 'info' | 'error'; text: string } | undefined;
    const said: string[] = [];
    return {
      said,
      get shown() {
        return shown?.text ?? '';
      },
      t: (k: string) => `«${k}»`,
      say(text: string, kind: 'info' | 'error' = 'info') {
        said.push(text);
        return (shown = text ? { kind, text } : undefined);
      },
      unsay(n: unknown) {
        if (n && n === shown) shown = undefined;
      },
    };
  }

  it('says it loads, then goes once the code is here, and the message goes', async () => {
    const m = later<{ ok: true }>();
    const v = voice();
    const go = vi.fn();
    const code = new LoadController(host(), () => m.promise);
    code.run(v, 'failed', go);
    expect(v.shown).toBe('«loading»');
    code.run(v, 'failed', go); // a second press while it comes: nothing more
    expect(v.said).toEqual(['«loading»']);
    m.resolve({ ok: true });
    await tick();
    expect(go).toHaveBeenCalledTimes(1);
    expect(v.shown).toBe('');
    code.run(v, 'failed', go); // here now: at once, nothing said
    expect(go).toHaveBeenCalledTimes(2);
    expect(v.said).toEqual(['«loading»']);
  });

  it('offline: says `failed` as an error and does not go; the next press tries again', async () => {
    const v = voice();
    const go = vi.fn();
    const importer = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValueOnce('here');
    const code = new LoadController(host(), importer);
    code.run(v, 'failed', go);
    await tick();
    expect(go).not.toHaveBeenCalled();
    expect(v.shown).toBe('«failed»');
    code.run(v, 'failed', go);
    await tick();
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('the screen changed while it came (`still` false): nothing happens, nothing said', async () => {
    const v = voice();
    const go = vi.fn();
    const code = new LoadController(host(), () => Promise.reject(new TypeError('offline')));
    code.run(v, 'failed', go, () => false);
    await tick();
    expect(go).not.toHaveBeenCalled();
    expect(v.shown).toBe('');
  });
});
