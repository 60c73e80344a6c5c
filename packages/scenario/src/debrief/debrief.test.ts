import { afterEach, describe, expect, it, vi } from 'vitest';
import { clone, tinyStory } from '../fixtures.js';
import type { ScenarioContentInput } from '../schema.js';
import {
  axeViolations,
  cleanup,
  click,
  emulate,
  mount,
  norm,
  q,
  qa,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

const debrief = (content: unknown = tinyStory) => mount('qd-scenario-debrief', content);

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await emulate({ media: null });
});

describe('qd-scenario-debrief', () => {
  it('questions to talk about, what to remember, and where to find help', async () => {
    const el = await debrief();
    expect(text(el, 'h2')).toBe('Débrief : La petite histoire');
    expect(qa(el, 'h3').map((h) => norm(h.textContent))).toEqual([
      'Pour en parler',
      'À retenir',
      'Besoin d’aide ?',
    ]);
    expect(qa(el, 'ol li').map((li) => norm(li.textContent))).toEqual([
      'Qu’auriez-vous fait à la place de la personne qui reçoit la photo ?',
    ]);
    expect(text(el, 'ul:not(.qd-help)')).toBe(
      'Partager une photo sans accord est interdit et blesse.',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('the 3018: a link to its site (new tab, said so) and a number to call', async () => {
    const el = await debrief();
    const links = qa<HTMLAnchorElement>(el, '[part="help"] a');
    expect(links.map((a) => [a.getAttribute('href'), norm(a.textContent)])).toEqual([
      [
        'https://www.e-enfance.org/numero-3018/',
        '3018, le numéro contre le harcèlement numérique (ouvre un nouvel onglet)',
      ],
      ['tel:3018', 'Appeler le 3018'],
    ]);
    expect(text(el, '[part="help"]')).toContain('Gratuit, anonyme et confidentiel');
  });

  it('printable: "Imprimer" opens the print dialog; printed, the buttons are gone', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await debrief();
    await click(el, 'Imprimer');
    expect(print).toHaveBeenCalledOnce();
    await emulate({ media: 'print' });
    expect(getComputedStyle(q(el, '.qd-toolbar')!).display).toBe('none');
    expect(getComputedStyle(q(el, 'h2')!).display).not.toBe('none');
  });

  it('markup in the texts stays text (XSS)', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const c = clone(tinyStory) as ScenarioContentInput;
    c.debrief.questions = [evil];
    c.debrief.resources[0]!.label = evil;
    const el = await debrief(c);
    expect(qa(el, 'img')).toHaveLength(0);
    expect(text(el)).toContain(evil);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('Arabic page: right to left, Arabic headings', async () => {
    document.documentElement.lang = 'ar';
    try {
      const el = await debrief();
      expect(q(el, '.qd-root')!.getAttribute('dir')).toBe('rtl');
      expect(text(el, 'h3')).toBe('لنتحدث عن ذلك');
    } finally {
      document.documentElement.lang = 'fr';
    }
  });
});
