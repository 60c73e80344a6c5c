/** `<qd-parental-guide>`'s printed checklist (`<qd-guide-checklist>`): one page per device, ticked boxes, helplines; not the screen. */
import { describe, it, expect, afterEach, vi } from 'vitest';
import { exampleCentre, withCentre } from '../fixtures.js';
import { cleanup, emulate, norm, q, settle, tick } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { guide, answer } from '../test/guide.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// --- print ----------------------------------------------------------------------------------
describe('qd-parental-guide · print', () => {
  afterEach(() => emulate({ media: null }));

  it('prints the personalised checklist: one page per device, ticked boxes, official addresses, helplines; not the screen', async () => {
    const el = await guide(withCentre());
    await answer(el, {
      children: [['Maël', '12 à 14 ans']],
      devices: [
        'Téléphone Android (Samsung, Xiaomi, Oppo, Google Pixel…)',
        'Tablette Android (Samsung Galaxy Tab, Lenovo…)',
        'Xbox (One, Series X ou S)',
      ],
      concerns: ['Les achats et les dépenses'],
    });
    await tick(el, 'Étape 2 faite');
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const list = q(el, '[part="checklist"]')!;
    expect(getComputedStyle(list).display).toBe('none'); // on screen: hidden
    await emulate({ media: 'print' });
    expect(getComputedStyle(list).display).toBe('block');
    expect(getComputedStyle(q(el, '.qd-screen')!).display).toBe('none');
    expect(getComputedStyle(q(el, '[part="help"]')!).display).toBe('none'); // the list has its own
    const pages = [...list.querySelectorAll('.qd-page')];
    expect(pages.map((p) => norm(p.querySelector('h3')!.textContent))).toEqual([
      'Pour Maël — 12 à 14 ans · Téléphone Android (Samsung, Xiaomi, Oppo, Google Pixel…), Tablette Android (Samsung Galaxy Tab, Lenovo…)',
      'Pour Maël — 12 à 14 ans · Xbox (One, Series X ou S)',
    ]);
    expect(getComputedStyle(pages[0]!).breakBefore).not.toBe('page');
    expect(getComputedStyle(pages[1]!).breakBefore).toBe('page');
    const lines = [...pages[0]!.querySelectorAll('.qd-box-line')].map((l) => norm(l.textContent));
    expect(lines[0]).toMatch(/^☐ 1\. Sur votre téléphone/);
    expect(lines[1]).toMatch(/^☑ 2\. Ouvrez Family Link/);
    expect(norm(pages[0]!.textContent)).toContain(
      'https://support.google.com/families/answer/9055704?hl=fr — Vérifié le 28 novembre 2026',
    );
    const end = norm(list.querySelector('.qd-page-end')!.textContent);
    expect(end).toContain("Besoin d'aide ? 3018 3018 https://3018.fr");
    expect(end).toContain(exampleCentre.name);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(q(el, '[part="checklist"]')).toBeNull();
  });
});
