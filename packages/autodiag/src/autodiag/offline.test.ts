/**
 * The files fetched on demand (docs/decisions/0015) may never come (offline tablet): the results'
 * code and the advisor's wording. The person is told, keeps her answers, and can go on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tinyDiag } from '../fixtures.js';
import { cleanup, click, focused, mount, q, qa, settle, text } from '../test-helpers.js';

vi.mock('../on-demand.js', () => {
  const offline = () => Promise.reject(new Error('offline'));
  return { loadResults: offline, loadAdvisor: offline };
});

afterEach(() => cleanup());

describe('qd-autodiag · offline: files on demand that never come', () => {
  it('the results’ code: the person is told, the last statement is back with her answer pressed and the focus', async () => {
    const el = await mount(tinyDiag);
    await click(el, 'Commencer');
    for (const a of [2, 0, 3, 2]) {
      qa<HTMLButtonElement>(el, '[part="answers"] button')[a]!.click();
      await settle(el);
    }
    expect(q(el, '[part="results"]')).toBeNull();
    expect(text(el, '.qd-progress')).toBe('4 sur 4');
    expect(text(el, '[part="notice"]')).toBe(
      "Le profil n'a pas pu être chargé : vérifiez la connexion, puis touchez à nouveau votre réponse.",
    );
    expect(q(el, '[part="notice"]')!.getAttribute('role')).toBe('status');
    expect(qa(el, '[part="answers"] button').map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'true',
      'false',
    ]);
    expect(focused(el)).toBe(q(el, '#statement'));
  });

  it('the advisor’s wording: the person’s wording stays, and the diagnostic works', async () => {
    const el = await mount(tinyDiag, { advisor: '' });
    expect(text(el, '[part="intro"]')).toContain("Ce n'est pas un examen");
    await click(el, 'Commencer');
    expect(text(el, '#answers-label')).toBe('Votre réponse');
    expect(q(el, '[part="item"] .qd-hint')).toBeNull();
    expect(focused(el)).toBe(q(el, '#statement'));
  });
});
