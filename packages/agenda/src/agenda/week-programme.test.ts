/** `<qd-agenda>`'s printed weekly programme (week-programme.ts): the week only, on A4, from its button or the browser's menu. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, click, emulate, mount, norm, q } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { tinyAgenda } from '../fixtures.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('qd-agenda · print (weekly programme, A4)', () => {
  afterEach(() => emulate({ media: null }));

  it('prints the week’s programme only, on A4', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-15' });
    await click(el, 'Imprimer le programme de la semaine');
    expect(print).toHaveBeenCalledOnce();
    const css = document.adoptedStyleSheets
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(css).toMatch(/@page \{ size: a4/i);
    const programme = q(el, '[part="print"]')!;
    expect(getComputedStyle(programme).display).toBe('none');
    await emulate({ media: 'print' });
    expect(getComputedStyle(programme).display).toBe('block');
    expect(getComputedStyle(q(el, '.qd-screen')!).display).toBe('none');
    expect(norm(programme.querySelector('h2')!.textContent)).toBe(
      'Programme de la semaine du lundi 15 mars au dimanche 21 mars 2027',
    );
    expect(norm(programme.textContent)).toContain('18:00 Atelier CV — Centre A');
    expect(norm(programme.textContent)).toContain('Sortie au musée — Centre B (Annulé)');
    expect(norm(programme.textContent)).toContain(
      'Centre A — 1 rue A, 59500 Douai — 03 53 01 00 01',
    );
    window.dispatchEvent(new Event('afterprint'));
    expect(
      document.adoptedStyleSheets.some((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('A4')),
      ),
    ).toBe(false);
  });

  it('printed from the browser’s menu (Ctrl+P), the programme is on A4 too', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-15' });
    const pageRules = () =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
    window.dispatchEvent(new Event('beforeprint'));
    expect(pageRules()).toMatch(/@page \{ size: a4/i);
    window.dispatchEvent(new Event('afterprint'));
    expect(pageRules()).not.toMatch(/@page/);
    expect(q(el, '[part="print"]')).not.toBeNull();
  });
});
