import { afterEach, describe, expect, it, vi } from 'vitest';
import { onDemand } from './on-demand.js';

afterEach(() => vi.restoreAllMocks());

describe('onDemand: code fetched once per page, on first need', () => {
  it('nothing is fetched before load(); one fetch for every caller; arrive runs once, then here', async () => {
    const importer = vi.fn(() => Promise.resolve({ fr: { next: 'Suivant' } }));
    const catalog: Record<string, string> = {};
    const part = onDemand(importer, (m) => Object.assign(catalog, m.fr));
    expect(importer).not.toHaveBeenCalled();
    expect(part.here).toBe(false);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).toBe(b);
    await part.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(catalog).toEqual({ next: 'Suivant' });
    expect(part.here).toBe(true);
  });

  it('offline: load() rejects, nothing arrives; the next call fetches again and succeeds', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const offline = new TypeError('Failed to fetch dynamically imported module');
    const importer = vi
      .fn<() => Promise<{ ok: true }>>()
      .mockRejectedValueOnce(offline)
      .mockResolvedValueOnce({ ok: true });
    const arrive = vi.fn();
    const part = onDemand(importer, arrive);
    await expect(part.load()).rejects.toBe(offline);
    expect(arrive).not.toHaveBeenCalled();
    expect(part.here).toBe(false);
    await expect(part.load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
    expect(arrive).toHaveBeenCalledTimes(1);
    expect(part.here).toBe(true);
  });
});
