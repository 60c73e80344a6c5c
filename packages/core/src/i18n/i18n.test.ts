import { html, LitElement } from 'lit';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  dirOf,
  formatNumber,
  intlLocale,
  langOf,
  LANGUAGE_WAIT_MS,
  loadLocale,
  toLocale,
  translate,
  type Catalog,
  type Messages,
} from './i18n.js';
import { coreMessages } from './core-messages.js';
import { panelsFr } from '../element/panels.js';
import { defineElement } from '../element/define.js';
import {
  cleanup,
  mount,
  mountHtml,
  setPageLang,
  settle,
  shadow,
  within,
} from '@quartiers-douai/kit-scripts/testing';
import { QdDemo } from '../test/test-element.js';

beforeEach(() => setPageLang(null));
afterEach(cleanup);

type Key = 'hello' | 'items' | 'onlyFr';
const catalog: Messages<Key> = {
  fr: {
    hello: 'Bonjour {name}',
    items: { one: '{count} élément', other: '{count} éléments' },
    onlyFr: 'Seulement en français',
  },
  en: { hello: 'Hello {name}', items: { one: '{count} item', other: '{count} items' } },
  ar: { hello: 'مرحبا {name}' },
};

describe('locales', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-BE', 'fr'],
    ['EN-gb', 'en'],
    ['ar-MA', 'ar'],
    ['ar_DZ', 'ar'],
    ['de', 'fr'],
    ['', 'fr'],
    [null, 'fr'],
  ])('%j → %s (French when the language is not one of the kit’s)', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });

  it('Arabic is written right to left, French and English left to right', () => {
    expect([dirOf('ar'), dirOf('fr'), dirOf('en')]).toEqual(['rtl', 'ltr', 'ltr']);
  });

  it('numbers: French spacing, Arabic with the Latin digits used in France', () => {
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(formatNumber('fr', 1234.5)).toBe('1\u202f234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('ar', 12)).toMatch(/^12$/);
  });

  it('small whole numbers match Intl in every locale (they skip it: it is slow to start)', () => {
    for (const locale of ['fr', 'en', 'ar'] as const)
      for (const n of [0, 1, 7, 42, 999])
        expect(formatNumber(locale, n)).toBe(new Intl.NumberFormat(intlLocale(locale)).format(n));
    expect(formatNumber('fr', 1000)).toBe('1\u202f000');
    expect(formatNumber('fr', 2.5)).toBe('2,5');
  });
});

describe('translate', () => {
  beforeAll(async () => {
    await loadLocale([coreMessages], 'en');
    await loadLocale([coreMessages], 'ar');
  });

  it('fills in parameters in each language', () => {
    expect(translate([catalog], 'fr', 'hello', { name: 'Amina' })).toBe('Bonjour Amina');
    expect(translate([catalog], 'en', 'hello', { name: 'Amina' })).toBe('Hello Amina');
    expect(translate([catalog], 'ar', 'hello', { name: 'Amina' })).toBe('مرحبا Amina');
  });

  it('a key missing in English shows the French text, never the key', () => {
    expect(translate([catalog], 'en', 'onlyFr')).toBe('Seulement en français');
    expect(translate([catalog], 'ar', 'items', { count: 2 })).toBe('2 éléments');
    expect(translate([catalog], 'en', 'nowhere' as Key)).toBe('');
  });

  it('French plurals: 0 and 1 are singular, 2 is plural', () => {
    const say = (count: number) => translate([{ fr: panelsFr }], 'fr', 'invalidIntro', { count });
    expect(say(0)).toBe(
      'Le fichier de contenu contient 0 erreur. Voici où elle se trouve et quoi changer :',
    );
    expect(say(1)).toBe(
      'Le fichier de contenu contient 1 erreur. Voici où elle se trouve et quoi changer :',
    );
    expect(say(2)).toBe(
      'Le fichier de contenu contient 2 erreurs. Voici où elles se trouvent et quoi changer :',
    );
  });

  it('English plurals: 0 is plural', () => {
    expect(translate([catalog], 'en', 'items', { count: 0 })).toBe('0 items');
    expect(translate([catalog], 'en', 'items', { count: 1 })).toBe('1 item');
  });

  it('Arabic plurals: zero, one, two, few (3–10), and "other" when a form is not written', () => {
    const say = (count: number) => translate([coreMessages], 'ar', 'kioskWarning', { count });
    expect(say(0)).toBe('هل من أحد هنا؟ ستتم إعادة ضبط الشاشة الآن.');
    expect(say(1)).toContain('ثانية واحدة');
    expect(say(2)).toContain('ثانيتين');
    expect(say(3)).toBe('هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال 3 ثوانٍ.');
    expect(say(10)).toContain('10 ثوانٍ');
    expect(say(11)).toBe('هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال 11 ثانية.'); // "many": not written → other
  });

  it('a prototype’s catalog is looked up before core’s', () => {
    const proto: Messages<'retry'> = { fr: { retry: 'Recommencer' }, en: {}, ar: {} };
    expect(translate([proto, coreMessages], 'fr', 'retry')).toBe('Recommencer');
    expect(translate([proto, coreMessages], 'en', 'retry')).toBe('Try again');
  });
});

describe('the element’s language', () => {
  const base = (el: Element) => shadow(el).querySelector('[part="base"]')!;
  const emptyTitle = (el: Element) => within(el).getByRole('heading').element().textContent!.trim();

  it('French by default (no lang anywhere)', async () => {
    const el = await mount('qd-demo');
    expect(emptyTitle(el)).toBe('Aucun contenu à afficher');
    expect(base(el).getAttribute('lang')).toBe('fr');
    expect(base(el).getAttribute('dir')).toBe('ltr');
  });

  it('English and Arabic from the element’s own lang; Arabic sets dir="rtl" on part="base"', async () => {
    const en = await mount('qd-demo', (e) => (e.lang = 'en'));
    expect(emptyTitle(en)).toBe('No content to show');
    const ar = await mount('qd-demo', (e) => (e.lang = 'ar'));
    expect(emptyTitle(ar)).toBe('لا يوجد محتوى لعرضه');
    expect(base(ar).getAttribute('dir')).toBe('rtl');
    expect(base(ar).getAttribute('lang')).toBe('ar');
  });

  it('a text missing in Arabic shows in French rather than as a key', async () => {
    const ar = await mount('qd-demo', (e) => (e.lang = 'ar'));
    expect(shadow(ar).textContent).toContain(coreMessages.fr.emptyHelp);
  });

  it('from the closest ancestor with lang, then from the page', async () => {
    const section = document.createElement('section');
    section.lang = 'ar';
    section.innerHTML = '<div><p>…</p></div>';
    document.body.append(section);
    try {
      const el = await mount('qd-demo', () => {}, section.firstElementChild!);
      expect(base(el).getAttribute('dir')).toBe('rtl');
      setPageLang('en');
      const onPage = await mount('qd-demo');
      expect(emptyTitle(onPage)).toBe('No content to show');
    } finally {
      section.remove();
    }
  });

  it('crosses shadow roots: an element inside another component takes the host’s language', async () => {
    class QdTestFrame extends LitElement {
      override render() {
        return html`<div><qd-demo></qd-demo></div>`;
      }
    }
    defineElement('qd-test-frame', QdTestFrame);
    const frame = await mountHtml('<qd-test-frame lang="ar"></qd-test-frame>');
    const inner = shadow(frame).querySelector('qd-demo')!;
    await settle(inner);
    expect(base(inner).getAttribute('dir')).toBe('rtl');
  });

  it('re-renders when the element’s lang or the page’s lang changes', async () => {
    setPageLang('fr');
    const el = await mount('qd-demo');
    el.setAttribute('lang', 'en');
    await expect
      .element(within(el).getByRole('heading', { name: 'No content to show' }))
      .toBeVisible();
    el.removeAttribute('lang');
    setPageLang('ar');
    await expect
      .element(within(el).getByRole('heading', { name: 'لا يوجد محتوى لعرضه' }))
      .toBeVisible();
    expect(base(el).getAttribute('dir')).toBe('rtl');
  });

  it('re-renders when a section around it changes lang', async () => {
    setPageLang('fr');
    const section = document.createElement('section');
    document.body.append(section);
    try {
      const el = await mount('qd-demo', () => {}, section);
      section.lang = 'en';
      await expect
        .element(within(el).getByRole('heading', { name: 'No content to show' }))
        .toBeVisible();
      section.lang = 'ar';
      await expect.poll(() => base(el).getAttribute('dir')).toBe('rtl');
    } finally {
      section.remove();
    }
  });

  it('langOf finds the language like the browser does', async () => {
    setPageLang('en');
    const el = await mount('qd-demo');
    expect(langOf(el)).toBe('en');
    el.lang = 'ar-MA';
    expect(langOf(el)).toBe('ar-MA');
    expect(el).toBeInstanceOf(QdDemo);
  });
});

const base = (el: Element) => shadow(el).querySelector('[part="base"]')!;
const emptyTitleOf = (el: Element) => shadow(el).querySelector('h2')?.textContent?.trim();

/** A language file whose arrival the test decides. */
function deferredLoader() {
  let resolve!: (c: Partial<Catalog<'emptyTitle'>>) => void;
  let reject!: (e: unknown) => void;
  const loader = vi.fn(
    () =>
      new Promise<Partial<Catalog<'emptyTitle'>>>((res, rej) => {
        resolve = res;
        reject = rej;
      }),
  );
  return {
    loader,
    resolve: (c: Partial<Catalog<'emptyTitle'>>) => resolve(c),
    reject: (e: unknown) => reject(e),
  };
}

/** An element of `tag` in `lang`, put on the page without waiting for its first render. */
function attach(tag: string, lang: string): QdDemo {
  const el = document.createElement(tag) as QdDemo;
  el.lang = lang;
  document.body.append(el);
  return el;
}

const frames = (n: number) =>
  new Promise<void>((done) => {
    const step = (left: number) =>
      left === 0 ? done() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

describe('language files loaded on demand', () => {
  let n = 0;
  /** A fresh element class whose catalog overrides one core text and loads Arabic/English lazily. */
  function defineWith(catalog: Messages<'emptyTitle'>): string {
    const tag = `qd-demo-lang-${++n}`;
    class Lazy extends QdDemo {
      static override messages = [catalog as Messages<string>];
    }
    defineElement(tag, Lazy);
    return tag;
  }

  it('loadLocale does nothing for French or a loaded language (callers stay synchronous)', () => {
    const loader = vi.fn(async () => ({}));
    const c: Messages<'emptyTitle'> = { fr: { emptyTitle: 'Rien' }, en: {}, load: { en: loader } };
    expect(loadLocale([c], 'fr')).toBeUndefined();
    expect(loadLocale([c], 'en')).toBeUndefined();
    expect(loader).not.toHaveBeenCalled();
  });

  it('an Arabic page shows nothing until the Arabic file arrives, then Arabic and RTL: French never flashes', async () => {
    const ar = deferredLoader();
    const tag = defineWith({ fr: { emptyTitle: 'Rien à montrer' }, load: { ar: ar.loader } });
    const el = attach(tag, 'ar');
    try {
      await frames(3);
      expect(ar.loader).toHaveBeenCalledTimes(1);
      expect(shadow(el).querySelector('h2, [role="heading"], [part="base"]')).toBeNull();
      ar.resolve({ emptyTitle: 'لا شيء هنا' });
      await expect.element(within(el).getByRole('heading', { name: 'لا شيء هنا' })).toBeVisible();
      expect(base(el).getAttribute('dir')).toBe('rtl');
    } finally {
      el.remove();
    }
  });

  it('two elements and a second visit share one download', async () => {
    const en = deferredLoader();
    const tag = defineWith({ fr: { emptyTitle: 'Rien à montrer' }, load: { en: en.loader } });
    const first = document.createElement(tag);
    const second = document.createElement(tag);
    first.lang = second.lang = 'en';
    document.body.append(first, second);
    try {
      await frames(2);
      en.resolve({ emptyTitle: 'Nothing here' });
      for (const el of [first, second])
        await expect
          .element(within(el).getByRole('heading', { name: 'Nothing here' }))
          .toBeVisible();
      const third = await mountHtml(`<${tag} lang="en"></${tag}>`);
      expect(within(third).getByRole('heading').element().textContent).toContain('Nothing here');
      expect(en.loader).toHaveBeenCalledTimes(1);
    } finally {
      first.remove();
      second.remove();
    }
  });

  it('a language file that cannot load leaves the element in French — texts, lang and direction — and is not asked for again until the language changes', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const ar = deferredLoader();
      const tag = defineWith({
        fr: { emptyHelp: 'Aide en français' },
        load: { ar: ar.loader },
      } as Messages<string> as Messages<'emptyTitle'>);
      const el = attach(tag, 'ar');
      try {
        await frames(2);
        ar.reject(new TypeError('Failed to fetch dynamically imported module'));
        await expect.element(within(el).getByText('Aide en français')).toBeVisible();
        // Core has Arabic texts, but a page half Arabic, half French would read wrongly.
        expect(emptyTitleOf(el)).toBe('Aucun contenu à afficher');
        expect([base(el).getAttribute('lang'), base(el).getAttribute('dir')]).toEqual([
          'fr',
          'ltr',
        ]);
        expect(String(warn.mock.calls[0]?.[0])).toContain("« ar » n'ont pas pu être chargés");
        for (let i = 0; i < 3; i++) {
          el.requestUpdate();
          await el.updateComplete;
        }
        expect(ar.loader).toHaveBeenCalledTimes(1);
        el.lang = 'en';
        await el.updateComplete;
        el.lang = 'ar';
        await frames(2);
        expect(ar.loader).toHaveBeenCalledTimes(2);
      } finally {
        el.remove();
      }
    } finally {
      warn.mockRestore();
    }
  });

  it('back to French while the Arabic file still loads: French shows at once', async () => {
    const ar = deferredLoader();
    const tag = defineWith({ fr: { emptyTitle: 'Rien à montrer' }, load: { ar: ar.loader } });
    const el = attach(tag, 'ar');
    try {
      await frames(2);
      el.lang = 'fr';
      await expect
        .element(within(el).getByRole('heading', { name: 'Rien à montrer' }))
        .toBeVisible();
      expect(base(el).getAttribute('dir')).toBe('ltr');
    } finally {
      ar.resolve({ emptyTitle: 'لا شيء هنا' });
      el.remove();
    }
  });

  it('English then Arabic while the English file loads: the element waits for Arabic', async () => {
    const en = deferredLoader();
    const ar = deferredLoader();
    const tag = defineWith({
      fr: { emptyTitle: 'Rien à montrer' },
      load: { en: en.loader, ar: ar.loader },
    });
    const el = attach(tag, 'en');
    try {
      await frames(2);
      el.lang = 'ar';
      await frames(2);
      en.resolve({ emptyTitle: 'Nothing here' });
      await frames(3);
      expect(shadow(el).querySelector('[part="base"]')).toBeNull();
      ar.resolve({ emptyTitle: 'لا شيء هنا' });
      await expect.element(within(el).getByRole('heading', { name: 'لا شيء هنا' })).toBeVisible();
      expect(base(el).getAttribute('dir')).toBe('rtl');
    } finally {
      el.remove();
    }
  });

  it('a language file that never answers: French after LANGUAGE_WAIT_MS, the language when it comes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const ar = deferredLoader();
    const tag = defineWith({ fr: { emptyTitle: 'Rien à montrer' }, load: { ar: ar.loader } });
    const el = attach(tag, 'ar');
    try {
      await vi.advanceTimersByTimeAsync(LANGUAGE_WAIT_MS - 100);
      expect(shadow(el).querySelector('[part="base"]')).toBeNull();
      await vi.advanceTimersByTimeAsync(200);
      await el.updateComplete;
      expect(emptyTitleOf(el)).toBe('Rien à montrer');
      expect(base(el).getAttribute('lang')).toBe('fr');
      ar.resolve({ emptyTitle: 'لا شيء هنا' });
      await vi.advanceTimersByTimeAsync(10);
      await el.updateComplete;
      expect(emptyTitleOf(el)).toBe('لا شيء هنا');
      expect(base(el).getAttribute('dir')).toBe('rtl');
    } finally {
      vi.useRealTimers();
      el.remove();
    }
  });
});
