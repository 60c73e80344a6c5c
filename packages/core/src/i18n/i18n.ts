import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** UI languages of the kit. French is the default and the fallback of every message. */
export const LOCALES = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message: plain text with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules`. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalog<K extends string = string> = Record<K, Message>;

/** A language other than French: its catalog may lag behind (French fills the gaps). */
export type OtherLocale = Exclude<Locale, 'fr'>;

/**
 * A package's messages. French is complete (the type says so) and always bundled; English and
 * Arabic may lag. They are either given inline (`en`, `ar`) or, in the prototypes, loaded on
 * demand by `load` (a dynamic `import()`: a separate file of the CDN bundle, fetched only by
 * pages in that language — docs/decisions/0012). A loaded catalog is kept in `en`/`ar`.
 */
export interface Messages<K extends string> {
  fr: Catalog<K>;
  en?: Partial<Catalog<K>>;
  ar?: Partial<Catalog<K>>;
  load?: Partial<Record<OtherLocale, () => Promise<Partial<Catalog<K>>>>>;
}

export type Params = Record<string, string | number>;

/** Maps any BCP 47 tag to a kit locale: `fr-BE` → `fr`, `ar-MA` → `ar`, `de` → `fr`. */
export function toLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'fr';
}

export function dirOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The language in force for `el`: its own `lang`, else the closest `[lang]` (crossing shadow roots), else the document's. */
export function langOf(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang');
}

/** Intl locale used for numbers and dates. Arabic keeps Latin digits, as used in France. */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale === 'en' ? 'en-GB' : 'fr-FR';
}

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};
const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

export function formatNumber(locale: Locale, n: number): string {
  // Counts on screen ("question 3 sur 10") are small whole numbers, written the same in every
  // locale of the kit (Arabic uses Latin digits): no Intl.NumberFormat for them. The first one
  // a page builds costs tens of milliseconds on a slow phone, during the first render.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return (numberFormats[locale] ??= new Intl.NumberFormat(intlLocale(locale))).format(n);
}

function interpolate(template: string, locale: Locale, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/**
 * Looks a key up in `locale`, then in French. A missing key never shows as a key: it shows
 * the French text (all French catalogs are complete by type).
 */
export function translate<K extends string>(
  catalogs: ReadonlyArray<Messages<K>>,
  locale: Locale,
  key: K,
  params?: Params,
): string {
  for (const used of [locale, 'fr'] as const) {
    for (const c of catalogs) {
      const message: Message | undefined = c[used]?.[key];
      if (message === undefined) continue;
      if (typeof message === 'string') return interpolate(message, used, params);
      const rules = (pluralRules[used] ??= new Intl.PluralRules(intlLocale(used)));
      return interpolate(
        message[rules.select(Number(params?.count ?? 0))] ?? message.other,
        used,
        params,
      );
    }
  }
  return '';
}

const inflight = new WeakMap<Messages<string>, Partial<Record<OtherLocale, Promise<void>>>>();
const failed = new WeakMap<Messages<string>, Set<OtherLocale>>();

/** How long an English or Arabic page waits for its language files before showing French. */
export const LANGUAGE_WAIT_MS = 3000;

/**
 * Makes sure every catalog has its `locale` strings, loading the missing language files.
 * Returns `undefined` when nothing needs loading (French, already loaded, or failed): callers then
 * stay synchronous. A language file that fails to load (offline…) leaves French in its place,
 * with a console warning, and is not asked for again until `retryLocale` (the next change of
 * language): a page never hammers a missing file.
 */
export function loadLocale<K extends string>(
  catalogs: ReadonlyArray<Messages<K>>,
  locale: Locale,
): Promise<void> | undefined {
  if (locale === 'fr') return undefined;
  const waits: Array<Promise<void>> = [];
  for (const c of catalogs as ReadonlyArray<Messages<string>>) {
    const loader = c.load?.[locale];
    if (c[locale] || !loader || failed.get(c)?.has(locale)) continue;
    const pending = (inflight.get(c) ?? {})[locale];
    if (pending) {
      waits.push(pending);
      continue;
    }
    const p = loader().then(
      (catalog) => {
        c[locale] = catalog;
      },
      (error: unknown) => {
        failed.set(c, (failed.get(c) ?? new Set()).add(locale));
        console.warn(
          `[quartiers-douai] Les textes en « ${locale} » n'ont pas pu être chargés : le français les remplace.`,
          error,
        );
      },
    );
    const settled = p.finally(() => {
      const m = inflight.get(c);
      if (m) delete m[locale];
    });
    inflight.set(c, { ...inflight.get(c), [locale]: settled });
    waits.push(settled);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

/** Lets `loadLocale` try again the files of `locale` that failed. */
export function retryLocale<K extends string>(
  catalogs: ReadonlyArray<Messages<K>>,
  locale: Locale,
): void {
  if (locale === 'fr') return;
  for (const c of catalogs as ReadonlyArray<Messages<string>>) failed.get(c)?.delete(locale);
}

/**
 * The language actually shown for `locale`: itself once all its files are there, else French
 * (still loading, or failed). `lang`, `dir` and the texts follow it together, so a screen reader
 * never reads French with an Arabic voice, right to left.
 */
export function shownLocale<K extends string>(
  catalogs: ReadonlyArray<Messages<K>>,
  locale: Locale,
): Locale {
  const ready =
    locale === 'fr' ||
    (catalogs as ReadonlyArray<Messages<string>>).every((c) => c[locale] || !c.load?.[locale]);
  return ready ? locale : 'fr';
}

/**
 * Tracks the language of its host (own `lang`, closest `[lang]`, document) and gives `t()`.
 * Re-renders the host when the host's or the document's `lang` changes.
 */
export class I18nController<K extends string> implements ReactiveController {
  /** The language asked for (element, ancestors, page). */
  wanted: Locale = 'fr';
  /**
   * Set while the language files of `locale` load. A host that must not show French first
   * (QdContentElement) awaits it in `scheduleUpdate`.
   */
  pending?: Promise<void>;
  /** Ends the current wait for `pending` early (the language changed again). */
  private release?: () => void;
  private observer?: MutationObserver;
  private readonly catalogs: ReadonlyArray<Messages<K>>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    ...catalogs: Array<Messages<K> | Messages<string>>
  ) {
    this.catalogs = catalogs as ReadonlyArray<Messages<K>>;
    host.addController(this);
  }

  /** The language shown: `wanted` once its files are loaded, French until then (or if they fail). */
  get locale(): Locale {
    return shownLocale(this.catalogs, this.wanted);
  }

  get dir(): 'ltr' | 'rtl' {
    return dirOf(this.locale);
  }

  /** The Intl locale string for dates and numbers. */
  get intl(): string {
    return intlLocale(this.locale);
  }

  t = (key: K, params?: Params): string => translate(this.catalogs, this.locale, key, params);

  hostConnected(): void {
    this.refresh();
    this.observer = new MutationObserver(() => this.refresh());
    // Any `lang` change in the page (the document, a section around the element, the element
    // itself) may change the element's language; inside another component's shadow root, call
    // `refresh()`.
    this.observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    if (this.host.getRootNode() !== document)
      this.observer.observe(this.host, { attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Re-reads the language (call it if an ancestor inside a shadow root changed `lang`). */
  refresh(): void {
    const next = toLocale(langOf(this.host));
    if (next === this.wanted) return;
    this.wanted = next;
    retryLocale(this.catalogs, next);
    // A wait for the previous language's files ends now: there is a newer language to wait for.
    this.release?.();
    this.release = undefined;
    const loading = loadLocale(this.catalogs, next);
    if (loading) {
      void loading.then(() => this.host.requestUpdate());
      // Wait for the files, but not for ever: after LANGUAGE_WAIT_MS French shows until they come.
      const pending: Promise<void> = new Promise<void>((resolve) => {
        this.release = resolve;
        void loading.then(resolve);
        setTimeout(resolve, LANGUAGE_WAIT_MS);
      }).then(() => {
        if (this.pending !== pending) return;
        this.pending = undefined;
        this.release = undefined;
      });
      this.pending = pending;
    } else this.pending = undefined;
    this.host.requestUpdate();
  }
}
