/**
 * Page-level quality gates (issue 9), shared by the real pages (privacy-page.test.ts) and the
 * deliberately broken fixtures (page-gates.fixture.test.ts):
 * - gate 6: every request the browser makes is intercepted (`page.route('**\/*')`); only the page,
 *   its own stylesheet, the prototype's CDN files, the content files the page names (`src`) and
 *   the assets those contents declare are let through; anything else is aborted and reported. No
 *   cookie; nothing in local/session storage or IndexedDB unless the page opts in (`storage`).
 * - gate 4 uses `watch()` from browser.ts: any `securitypolicyviolation` or console error fails.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Strings of a content that can be asset addresses (images…), resolved against the content's URL. */
export function declaredAssets(content: unknown, base: string): string[] {
  const out: string[] = [];
  JSON.stringify(content, (_k, v: unknown) => {
    if (typeof v === 'string' && /^(https:\/\/|\.{0,2}\/|[\w-]+\/)[^\s]*\.\w{2,5}$/.test(v)) {
      try {
        out.push(new URL(v, base).href);
      } catch {
        /* not a URL */
      }
    }
    return v;
  });
  return out;
}

export interface Interception {
  /** Requests that were not declared (aborted). */
  refused: string[];
  /** Every request seen. */
  seen: string[];
  /** Adds an allowed address, or every address under a prefix ending in "/". */
  allow(url: string): void;
}

/**
 * Intercepts every request of the page's context. Allowed: `allowed` (exact addresses, or
 * prefixes ending with "/"), plus each content JSON fetched from an allowed address and the assets
 * it declares.
 */
export async function interceptRequests(
  context: BrowserContext,
  allowed: string[],
): Promise<Interception> {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const allow = (u: string) => (u.endsWith('/') ? prefixes.push(u) : exact.add(u.split('#')[0]!));
  allowed.forEach(allow);
  const result: Interception = { refused: [], seen: [], allow };
  const ok = (u: string) => {
    const url = u.split('#')[0]!;
    return (
      exact.has(url) || exact.has(url.split('?')[0]!) || prefixes.some((p) => url.startsWith(p))
    );
  };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    result.seen.push(url);
    if (!ok(url) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      result.refused.push(`${route.request().resourceType()} ${url}`);
      await route.abort('blockedbyclient');
      return;
    }
    const response = await route.fetch();
    if (/\.json(\?|$)/.test(url) && response.ok()) {
      try {
        for (const a of declaredAssets(await response.json(), url)) allow(a);
      } catch {
        /* not JSON */
      }
    }
    await route.fulfill({ response });
  });
  return result;
}

export interface Traces {
  cookies: string[];
  storage: string[];
  indexedDB: string[];
}

/** What the page left on the device: cookies, local/session storage keys, IndexedDB databases. */
export async function traces(context: BrowserContext, page: Page): Promise<Traces> {
  const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`);
  const inFrames = await Promise.all(
    page.frames().map((f) =>
      f
        .evaluate(async () => ({
          storage: [
            ...Object.keys(localStorage).map((k) => `local:${k}`),
            ...Object.keys(sessionStorage).map((k) => `session:${k}`),
          ],
          indexedDB: (await indexedDB.databases()).map((d) => d.name ?? '?'),
        }))
        .catch(() => ({ storage: [] as string[], indexedDB: [] as string[] })),
    ),
  );
  return {
    cookies,
    storage: [...new Set(inFrames.flatMap((t) => t.storage))],
    indexedDB: [...new Set(inFrames.flatMap((t) => t.indexedDB))],
  };
}

/** Clicks the first enabled button of every `tag` element (start a quiz, a poll…), like a first visitor. */
export async function firstStep(page: Page, tag: string): Promise<number> {
  return page.evaluate(async (t) => {
    let clicked = 0;
    for (const el of Array.from(document.querySelectorAll(t))) {
      const b = el.shadowRoot?.querySelector<HTMLButtonElement>('button:not([disabled])');
      if (b) {
        b.click();
        clicked++;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
    return clicked;
  }, tag);
}
