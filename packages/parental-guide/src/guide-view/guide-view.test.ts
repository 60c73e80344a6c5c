/** The personalised guide's cards (`<qd-guide-view>` in `<qd-parental-guide>`): which guides, their steps, ticks, warnings, the legal note. */
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { checkedOn, clone, samples } from '../fixtures.js';
import {
  cleanup,
  norm,
  q,
  qa,
  root,
  settle,
  text,
  tick,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { guide, answer } from '../test/guide.js';
import type { QdGuideView } from '../guide-view/guide-view.part.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// --- the guide ------------------------------------------------------------------------------
describe('qd-parental-guide · the guide', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-15T10:00:00') });
  });

  it('each guide: numbered steps, a "done" checkbox per step, the official help link (new tab), "Vérifié le …"', async () => {
    const el = await guide();
    await answer(el, { devices: ['PlayStation (PS4, PS5)'] });
    const card = q(el, '[part="card"]')!;
    expect(card.tagName).toBe('ARTICLE');
    expect(card.querySelectorAll('ol.qd-steps > li')).toHaveLength(6);
    const boxes = [...card.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => norm(b.closest('label')!.textContent))).toEqual([
      'Étape 1 faite',
      'Étape 2 faite',
      'Étape 3 faite',
      'Étape 4 faite',
      'Étape 5 faite',
      'Étape 6 faite',
    ]);
    // each checkbox is described by its step's text
    const described = root(el).getElementById(boxes[4]!.getAttribute('aria-describedby')!)!;
    expect(norm(described.textContent)).toBe(
      'Fixez une limite de dépenses par mois (0 € pour tout bloquer).',
    );
    const official = card.querySelector<HTMLAnchorElement>('a')!;
    expect(official.href).toBe(
      'https://www.playstation.com/fr-fr/support/account/ps5-parental-controls-spending-limits/',
    );
    expect([official.target, official.rel]).toEqual(['_blank', 'noopener noreferrer']);
    expect(norm(official.textContent)).toBe(
      'Aide officielle : PlayStation : la gestion de la famille (ouvre un nouvel onglet)',
    );
    expect(norm(card.querySelector('.qd-meta:last-child')!.textContent)).toBe(
      'Vérifié le 28 novembre 2026',
    );
    expect(card.querySelector('.qd-stale')).toBeNull();
  });

  it('a guide checked more than 12 months ago warns that the menus may have changed', async () => {
    const el = await guide(checkedOn('xbox', '2025-12-01'));
    await answer(el, { devices: ['Xbox (One, Series X ou S)', 'PlayStation (PS4, PS5)'] });
    const [ps, xbox] = qa(el, '[part="card"]');
    expect(ps!.querySelector('.qd-stale')).toBeNull();
    expect(norm(xbox!.querySelector('.qd-stale')!.textContent)).toBe(
      "Vérifié le 1 décembre 2025 ⚠ Vérifié il y a plus d'un an : les menus ont peut-être changé. Suivez l'aide officielle.",
    );
    vi.setSystemTime(new Date('2026-11-30T10:00:00'));
    q<QdGuideView>(el, 'qd-guide-view')!.requestUpdate(); // (the cards are drawn again)
    await settle(el);
    expect(q(el, '.qd-stale')).toBeNull(); // 11 months: not yet
  });

  it('ticking steps counts them, per guide', async () => {
    const el = await guide();
    await answer(el, { devices: ['PlayStation (PS4, PS5)'] });
    await tick(el, 'Étape 1 faite');
    await tick(el, 'Étape 3 faite');
    expect(text(el, '.qd-count')).toBe('2 étapes faites sur 6');
    await tick(el, 'Étape 1 faite');
    expect(text(el, '.qd-count')).toBe('1 étape faite sur 6');
  });

  it('step images show with their text alternative', async () => {
    const c = clone(samples.library);
    c.guides[0]!.steps[0]!.image = {
      src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      alt: "L'écran d'accueil de Family Link",
    };
    const el = await guide(c);
    await answer(el, {
      devices: ['Téléphone Android (Samsung, Xiaomi, Oppo, Google Pixel…)'],
      concerns: ['Savoir où est mon enfant'],
    });
    expect(q<HTMLImageElement>(el, '.qd-steps img')!.alt).toBe("L'écran d'accueil de Family Link");
  });

  it('the legal note (loi du 2 mars 2022) tops the guide, with its Légifrance link', async () => {
    const el = await guide();
    await answer(el, {});
    const legal = q(el, '[part="legal"]')!;
    expect(norm(legal.textContent)).toContain('Depuis la loi du 2 mars 2022');
    expect(legal.querySelector('a')!.href).toBe(
      'https://www.legifrance.gouv.fr/eli/loi/2022/3/2/2022-300/jo/texte',
    );
  });
});
