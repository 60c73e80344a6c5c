/**
 * The centre's anonymous counts (`storage="local"` + `staff-pin`): what is kept (area × level,
 * nothing else), what a resident's erase leaves. The staff panel that shows them:
 * `staff/staff-panel.test.ts`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eraseAllKitData } from '@quartiers-douai/core';
import { tinyDiag } from '../fixtures.js';
import { UNDATED } from '../aggregate.js';
import {
  button,
  cleanup,
  click,
  mount,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import { run } from '../test/journey.js';
import '../define.js';

const KEY = 'qd:autodiag-counts:petit-bilan';
const centre = { storage: 'local', 'staff-pin': '2468' };

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown>;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('qd-autodiag · storage: the centre’s anonymous counts', () => {
  it('by default, and with storage="local" alone (no staff code), nothing is kept', async () => {
    for (const attrs of [{}, { storage: 'local' }] as Array<Record<string, string>>) {
      const el = await mount('qd-autodiag', tinyDiag, attrs);
      await run(el, [2, 0, 3, 2]);
      expect(Object.keys(localStorage)).toEqual([]);
      expect(Object.keys(sessionStorage)).toEqual([]);
      expect(() => button(el, 'Espace équipe')).toThrow();
    }
  });

  it('a staff code without storage="local" (counts that would go nowhere): the author is told what to add', async () => {
    for (const storage of ['none', 'session']) {
      const el = await mount('qd-autodiag', tinyDiag, { storage, 'staff-pin': '1' });
      for (let i = 0; i < 30 && !el.shadowRoot!.querySelector('[role="alert"] h2'); i++)
        await el.updateComplete;
      const panel = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(panel.querySelector('h2')!.textContent).toBe(
        'Réglage manquant : où garder les comptes anonymes du centre (staff-pin) ?',
      );
      expect([...panel.querySelectorAll('li code')].map((c) => c.textContent)).toEqual([
        'storage="local"',
        'sans staff-pin',
      ]);
      expect(el.shadowRoot!.querySelector('[part="intro"]')).toBeNull();
      expect(Object.keys(localStorage)).toEqual([]);
      expect(Object.keys(sessionStorage)).toEqual([]);
    }
  });

  it('a centre tablet says so on the first screen, then counts area × level only: no answer, no statement, no time', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    expect(text(el, '[part="intro"]')).toContain(
      'cet appareil compte combien de personnes ont chaque niveau',
    );
    await run(el, [2, 0, 3, 2]);
    const env = stored();
    expect(Object.keys(env).sort()).toEqual(['data', 'kit', 'owner', 'savedAt', 'type', 'version']);
    expect(env).toEqual({
      kit: 'quartiers-douai',
      type: 'autodiag-counts',
      version: 1,
      savedAt: UNDATED,
      owner: 'centre',
      data: { counts: { courriel: { debut: 1 }, securite: { fort: 1 } } },
    });
    const raw = localStorage.getItem(KEY)!;
    for (const id of ['lire', 'photo', 'arnaque', 'code', 'Je sais']) expect(raw).not.toContain(id);
    expect(Object.keys(localStorage)).toEqual([KEY]);
  });

  it('each completed diagnostic adds one; changing answers before leaving is not counted twice', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Revenir aux phrases');
    qa<HTMLButtonElement>(el, '[part="answers"] button')[0]!.click(); // code: Je ne sais pas
    await settle(el);
    expect(stored()['data']).toEqual({
      counts: { courriel: { debut: 1 }, securite: { moyen: 1 } },
    });
    await click(el, 'Recommencer');
    await run(el, [3, 3, null, null]);
    expect(stored()['data']).toEqual({
      counts: { courriel: { debut: 1, fort: 1 }, securite: { moyen: 1, '-': 1 } },
    });
  });

  it('the stored counts do not tell in which order people came: areas and levels are sorted', async () => {
    const a = await mount('qd-autodiag', tinyDiag, centre);
    await run(a, [3, 3, null, null]);
    await click(a, 'Recommencer');
    await run(a, [0, 0, 3, 3]);
    const oneWay = localStorage.getItem(KEY);
    cleanup();
    localStorage.clear();
    const b = await mount('qd-autodiag', tinyDiag, centre);
    await run(b, [0, 0, 3, 3]);
    await click(b, 'Recommencer');
    await run(b, [3, 3, null, null]);
    expect(localStorage.getItem(KEY)).toBe(oneWay);
    expect(oneWay).toContain('"courriel":{"debut":1,"fort":1},"securite":{"-":1,"fort":1}');
  });

  it('going back from the results through every statement and ending again still counts one person', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    await click(el, 'Revenir aux phrases');
    for (let i = 0; i < 4; i++) await click(el, 'Retour');
    expect(q(el, '[part="intro"]')).not.toBeNull();
    await run(el, [3, 3, 3, 3]);
    expect(stored()['data']).toEqual({ counts: { courriel: { fort: 1 }, securite: { fort: 1 } } });
  });

  it('a resident’s "Effacer mes données" (in any prototype of the device) leaves the centre’s counts', async () => {
    const el = await mount('qd-autodiag', tinyDiag, centre);
    await run(el, [2, 0, 3, 2]);
    localStorage.setItem('qd:cv-draft:moi', '{"kit":"quartiers-douai"}');
    eraseAllKitData();
    expect(Object.keys(localStorage)).toEqual([KEY]);
  });
});
