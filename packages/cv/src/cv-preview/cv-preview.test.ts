import { describe, it, expect, vi, beforeEach } from 'vitest';
import { commands } from 'vitest/browser';
import '../define.js';
import type { QdCvPreview } from './cv-preview.js';
import { arabicCv, clone, samples } from '../fixtures.js';
import type { CvInput } from '../schema.js';
import {
  axeViolations,
  mount,
  q,
  settle,
  textOf as text,
} from '@quartiers-douai/kit-scripts/testing';
import { sheet } from '../test/sheet.js';

interface PdfPage {
  width: number;
  height: number;
  text: string;
  links: string[];
}
declare module 'vitest/browser' {
  interface BrowserCommands {
    printPdf(options: {
      kind: 'builder' | 'preview';
      cv: unknown;
      template?: string;
      accent?: string;
      lang?: string;
      step?: string;
    }): Promise<{
      pageCount: number;
      pages: PdfPage[];
      hasPrintRoot: boolean;
    }>;
    emulateMedia(options: {
      media?: 'print' | 'screen' | null;
      forcedColors?: 'active' | 'none' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
    }): Promise<void>;
  }
}

const preview = (content: CvInput | undefined, attrs: Record<string, string> = {}) =>
  mount<QdCvPreview>('qd-cv-preview', content, attrs);
const headings = (el: HTMLElement) => [...sheet(el)!.querySelectorAll('h3')].map((h) => text(h));

describe('qd-cv-preview · defaults', () => {
  it('shows the CV with its name, headline, contact and sections in French', async () => {
    const el = await preview(samples.benevolat);
    const cv = sheet(el)!;
    expect(text(cv.querySelector('h2'))).toBe('Samira Benali');
    expect(text(cv.querySelector('.cv-headline'))).toBe("Agente d'entretien");
    expect(cv.getAttribute('aria-label')).toBe('CV de Samira Benali');
    expect(headings(el)).toEqual([
      'Profil',
      'Expérience professionnelle',
      'Bénévolat',
      'Formation',
      'Certificats et habilitations',
      'Compétences',
      'Savoir-être',
      'Langues',
      "Centres d'intérêt",
    ]);
  });

  it('uses the template and colour chosen in the CV, "sobre" otherwise', async () => {
    const el = await preview(samples.reconversion);
    expect(sheet(el)!.classList.contains('cv--moderne')).toBe(true);
    expect(sheet(el)!.style.getPropertyValue('--_accent').trim()).toBe('#00677f');
    const plain = clone(samples.reconversion);
    delete plain.meta;
    const el2 = await preview(plain);
    expect(sheet(el2)!.classList.contains('cv--sobre')).toBe(true);
  });
});

describe('qd-cv-preview · attributes', () => {
  it('template and accent attributes win over the CV', async () => {
    const el = await preview(samples.reconversion, { template: 'ats', accent: '#8c1d40' });
    expect(sheet(el)!.className).toContain('cv--ats');
    expect(sheet(el)!.style.getPropertyValue('--_accent').trim()).toBe('#8c1d40');
  });

  it('an accent that is not #rrggbb is ignored (no CSS injection)', async () => {
    const el = await preview(samples.benevolat, {
      accent: 'red; background: url(https://exemple.fr/x)',
    });
    expect(sheet(el)!.style.getPropertyValue('--_accent').trim()).toBe('#0b57d0');
    expect(sheet(el)!.getAttribute('style')).not.toContain('url(');
  });
});

describe('qd-cv-preview · rendering', () => {
  it('dates in French month/year, "aujourd\'hui" for what is still going on', async () => {
    const el = await preview(samples.benevolat);
    const entries = [...sheet(el)!.querySelectorAll('.cv-entry')].map((e) => text(e));
    expect(entries[0]).toContain('10/2022 – 06/2023 · Douai');
    expect(entries.find((e) => e.includes('Épicerie solidaire'))).toContain(
      "03/2021 – aujourd'hui",
    );
  });

  it('languages with their CEFR level, skills with their level, licences and availability', async () => {
    const el = await preview(samples.reconversion);
    const t = text(sheet(el));
    expect(t).toContain('Français : C1 (autonome)');
    expect(t).toContain('Arabe : langue maternelle');
    expect(t).toContain('Comptabilité générale (expert)');
    expect(t).toContain('Permis : B — Véhiculé(e)');
    expect(t).toContain('Disponibilité : À partir de juin 2025 (fin de formation)');
  });

  it('links are real links that show their address (printed too); others stay text', async () => {
    const cv = clone(samples.reconversion);
    cv.basics!.profiles!.push({ network: 'Blog', url: 'javascript:alert(1)' });
    const el = await preview(cv);
    const links = [...sheet(el)!.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      text(a),
    ]);
    expect(links).toContainEqual(['mailto:karim.haddad@exemple.fr', 'karim.haddad@exemple.fr']);
    expect(links).toContainEqual(['tel:0798765432', '07 98 76 54 32']);
    expect(links).toContainEqual([
      'https://www.linkedin.com/in/karim-haddad-exemple',
      'linkedin.com/in/karim-haddad-exemple',
    ]);
    expect(links.some(([href]) => href!.startsWith('javascript'))).toBe(false);
    expect(text(sheet(el))).toContain('javascript:alert(1)');
  });

  it('the photo has a text alternative; the ATS template leaves it out', async () => {
    const cv = clone(samples.benevolat);
    cv.basics!['x-qd']!.photo =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const el = await preview(cv);
    expect(sheet(el)!.querySelector('img')!.alt).toBe('Photo de Samira Benali');
    const ats = await preview(cv, { template: 'ats' });
    expect(sheet(ats)!.querySelector('img')).toBeNull();
  });

  it('an empty CV says where it will appear', async () => {
    const el = await preview({});
    expect(text(sheet(el))).toBe('Votre CV apparaîtra ici au fur et à mesure.');
  });

  it('invalid content shows the French error panel', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = clone(samples.benevolat) as any;
    bad.education[0].startDate = '2014/09';
    const el = await preview(bad);
    errors.mockRestore();
    expect(text(q(el, '[role="alert"]'))).toContain('education[0].startDate');
  });
});

describe('qd-cv-preview · i18n and RTL', () => {
  it('an Arabic CV is right-to-left with Arabic headings, whatever the page language', async () => {
    const el = await preview(arabicCv());
    const cv = sheet(el)!;
    expect([cv.getAttribute('lang'), cv.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(headings(el)).toContain('الخبرة المهنية');
    expect(getComputedStyle(cv.querySelector('.cv-columns')!).direction).toBe('rtl');
    // phone and e-mail keep their own direction inside the Arabic text
    expect(cv.querySelector('.cv-contact bdi')).not.toBeNull();
  });

  it('an English CV has English headings', async () => {
    const cv = clone(samples.stages);
    cv.meta!['x-qd']!.lang = 'en';
    const el = await preview(cv);
    expect(headings(el)).toContain('Work experience');
  });
});

describe('qd-cv-preview · accessibility (axe, WCAG 2.2 AA)', () => {
  it.each(['sobre', 'moderne', 'ats'])('template %s has no violation', async (template) => {
    const el = await preview(samples.reconversion, { template });
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-cv-preview · content rendered as text (XSS)', () => {
  beforeEach(() => {
    (window as any).__pwned = undefined;
  });
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload="window.__pwned=1">',
    '${window.__pwned=1}',
  ];

  it.each(payloads)('%s in every text field stays text', async (payload) => {
    const cv = JSON.parse(JSON.stringify(samples.reconversion), (_k, v) =>
      typeof v === 'string' && !/^(#|\d{4}|https:|fr$|moderne$|B$)/.test(v) ? `${v} ${payload}` : v,
    );
    delete cv.basics.email;
    const el = await preview(cv);
    const s = sheet(el)!;
    expect(text(s)).toContain(payload);
    expect(s.querySelectorAll('script, svg, img, iframe, object')).toHaveLength(0);
    expect((window as any).__pwned).toBeUndefined();
  });
});

describe('qd-cv-preview · print (PDF from Chromium)', () => {
  it.each([
    ['sobre', 'benevolat'],
    ['moderne', 'reconversion'],
    ['ats', 'stages'],
  ] as const)(
    'template %s: A4 pages with the whole CV and nothing of the page around it',
    async (template, sample) => {
      const cv = samples[sample];
      const r = await commands.printPdf({ kind: 'preview', cv, template });
      expect(r.pageCount).toBeGreaterThanOrEqual(1);
      expect(r.pageCount).toBeLessThanOrEqual(2);
      expect(r.pages.every((p) => p.width === 595 && p.height === 842)).toBe(true); // A4 in points
      const all = r.pages.map((p) => p.text).join('\n');
      expect(all).toContain(cv.basics!.name!);
      for (const w of cv.work ?? []) expect(all).toContain(w.position!.slice(0, 20));
      expect(all).toContain(
        template === 'ats' ? 'Expérience professionnelle' : 'EXPÉRIENCE PROFESSIONNELLE',
      );
      expect(all).not.toContain('Centre social — site WordPress');
      expect(all).not.toContain('Pied de page');
      expect(r.pages.flatMap((p) => p.links)).toContain(`mailto:${cv.basics!.email}`);
    },
  );

  it('a long CV goes over two pages without splitting an entry', async () => {
    const cv = clone(samples.reconversion);
    cv.work = Array.from({ length: 9 }, (_, i) => ({
      ...clone(cv.work![i % 2]!),
      position: `Poste numéro ${i + 1}`,
    }));
    const r = await commands.printPdf({ kind: 'preview', cv, template: 'sobre' });
    expect(r.pageCount).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= 9; i++) {
      // each entry's title and its last task are on the same page
      const page = r.pages.find((p) => new RegExp(`Poste numéro ${i}(?!\\d)`).test(p.text));
      expect(page, `Poste numéro ${i}`).toBeDefined();
      const last = cv.work[i - 1]!.highlights!.at(-1)!;
      expect(page!.text.replace(/\s+/g, ' ')).toContain(last.slice(0, 25));
    }
  });

  it('Ctrl+P prints the page as it is: print() alone prints the CV by itself', async () => {
    const el = await preview(samples.benevolat);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(document.getElementById('qd-cv-print-root')).toBeNull();
    expect(
      document.adoptedStyleSheets.some((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('qd-cv-print-root')),
      ),
    ).toBe(false);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(getComputedStyle(el).display).not.toBe('none');
  });

  it('after printing, the page is back as it was', async () => {
    const el = await preview(samples.benevolat);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await el.print();
    expect(print).toHaveBeenCalledTimes(1);
    const printed = document.querySelector<QdCvPreview>('#qd-cv-print-root qd-cv-preview')!;
    await settle(printed);
    expect(text(printed.shadowRoot!.querySelector('h2'))).toBe('Samira Benali');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.getElementById('qd-cv-print-root')).toBeNull();
    expect(
      document.adoptedStyleSheets.some((s) =>
        [...s.cssRules].some((r) => r.cssText.includes('qd-cv-print-root')),
      ),
    ).toBe(false);
    print.mockRestore();
  });
});
