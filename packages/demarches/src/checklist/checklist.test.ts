import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChecklistDetail } from '../index.js';
import { samples, tinyProcedure } from '../fixtures.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  mount,
  norm,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';

const checklist = (attrs: Record<string, string> = {}, content: unknown = tinyProcedure) =>
  mount('qd-demarche-checklist', content, attrs);
const boxes = (el: Element) => qa<HTMLInputElement>(el, 'input[type="checkbox"]');
const kitKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('qd:'));

async function tick(el: HTMLElement, i: number): Promise<void> {
  boxes(el)[i]!.click();
  await settle(el);
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('qd-demarche-checklist · defaults', () => {
  it('a labelled check box per item, its reason linked, how many are ready, « Imprimer la liste »', async () => {
    const el = await checklist();
    expect(text(el, 'h2')).toBe('À préparer');
    expect(boxes(el).map((b) => norm(b.labels?.[0]?.textContent))).toEqual([
      'Une adresse e-mail',
      'Votre téléphone',
    ]);
    expect(boxes(el)[0]!.getAttribute('aria-describedby')).toBe('why-0');
    expect(text(el, '#why-0')).toBe('Pourquoi : Pour recevoir le code.');
    expect(boxes(el)[1]!.hasAttribute('aria-describedby')).toBe(false);
    expect(text(el, '.qd-checklist__count')).toBe('0 sur 2 prêts');
    expect(button(el, 'Imprimer la liste')).toBeTruthy();
    expect(q<HTMLAnchorElement>(el, 'a')!.href).toBe('https://www.service-public.fr/');
  });
});

describe('qd-demarche-checklist · events', () => {
  it('ticking: the count follows, `qd-check` tells which item', async () => {
    const el = await checklist();
    const seen: ChecklistDetail[] = [];
    el.addEventListener('qd-check', (e) => seen.push((e as CustomEvent<ChecklistDetail>).detail));
    await tick(el, 1);
    expect(text(el, '.qd-checklist__count')).toBe('1 sur 2 prêts');
    await tick(el, 1);
    expect(seen).toEqual([
      { item: 1, checked: true },
      { item: 1, checked: false },
    ]);
  });

  it('« Imprimer la liste » opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await checklist();
    await click(el, 'Imprimer la liste');
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('qd-demarche-checklist · storage', () => {
  it('without `storage`, nothing is kept on the device (and no data tools)', async () => {
    const el = await checklist();
    await tick(el, 0);
    expect(kitKeys()).toEqual([]);
    expect(() => button(el, 'Effacer mes données')).toThrow();
  });

  it('storage="local": the ticks come back on the next visit; « Effacer mes données » forgets them', async () => {
    const el = await checklist({ storage: 'local' });
    await tick(el, 1);
    expect(kitKeys()).toHaveLength(1);
    el.remove();
    const again = await checklist({ storage: 'local' });
    expect(boxes(again).map((b) => b.checked)).toEqual([false, true]);
    await click(again, 'Effacer mes données');
    expect(kitKeys()).toEqual([]);
    expect(boxes(again).map((b) => b.checked)).toEqual([false, false]);
    expect(text(again, '[part="notice"]')).toBe('Vos données ont été effacées de cet appareil.');
  });
});

describe('qd-demarche-checklist · printing', () => {
  it('prints the items and their reasons, with the address of the real service, without buttons', async () => {
    const el = await checklist();
    await tick(el, 0);
    await emulate({ media: 'print' });
    try {
      const display = (sel: string) => getComputedStyle(q(el, sel)!).display;
      expect(display('.qd-checklist__items')).not.toBe('none');
      expect(display('#why-0')).not.toBe('none');
      expect(display('.qd-toolbar')).toBe('none');
      expect(display('.qd-checklist__count')).toBe('none');
      expect(getComputedStyle(q(el, 'a')!, '::after').content).toContain(
        'https://www.service-public.fr/',
      );
    } finally {
      await emulate({ media: null });
    }
  });
});

describe('qd-demarche-checklist · accessibility (axe)', () => {
  it.each(Object.entries(samples))('sample %s, with storage: no violation', async (_n, s) => {
    const el = await checklist({ storage: 'local' }, s);
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-demarche-checklist · i18n / RTL', () => {
  it('Arabic: right to left, the UI in Arabic, the content as written', async () => {
    const el = await checklist({ lang: 'ar' });
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(text(el, 'h2')).toBe('ما يجب تحضيره');
    expect(text(el, 'label[for="prep-0"]')).toBe('Une adresse e-mail');
  });
});
