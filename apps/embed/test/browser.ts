/**
 * Shared by the embed tests: the built pages (dist/embed-manifest.json), a static server on
 * 127.0.0.1, a headless Chromium (playwright-core, system binary), and the checks that say
 * "this element rendered, with nothing broken on the page".
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '@quartiers-douai/kit-scripts/chromium';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';

export const distDir = fileURLToPath(new URL('../dist', import.meta.url));

export interface BuiltPage {
  name: string;
  shortName: string;
  version: string;
  tag: string;
  title: string;
  page: string;
  demo: string;
  cdn: { file: string; integrity: string; bytes: number; brotli: number };
  contents: Array<{ id: string; title: string }>;
  /** Settings a demonstration gives the element (a poll: `collect="demo"`, ADR 0018). */
  attributes: Record<string, string>;
}

/** ` collect="demo"`…: `attributes` written into a tag. */
export const attributesMarkup = (attributes: Record<string, string>): string =>
  Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');

export interface EmbedManifest {
  baseUrl: string;
  protocolVersion: number;
  pages: Record<string, BuiltPage>;
}

/** What `pnpm build` made (the tests never guess the list of prototypes). */
export function builtPages(): BuiltPage[] {
  const manifest = JSON.parse(
    readFileSync(`${distDir}/embed-manifest.json`, 'utf8'),
  ) as EmbedManifest;
  return Object.values(manifest.pages);
}

export type Server = Awaited<ReturnType<typeof startServer>>;

export async function serveDist(): Promise<Server> {
  return startServer({ root: distDir });
}

export async function launch(): Promise<Browser> {
  const options = chromiumLaunchOptions();
  return chromium.launch({
    ...options,
    headless: true,
    args: [...options.args, '--headless'],
    timeout: 30_000,
  });
}

/**
 * Everything that went wrong on a page and in its frames: uncaught errors, console errors
 * (Chromium reports CSP and Trusted Types refusals there), and `securitypolicyviolation` events.
 */
export async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  return problems;
}

export interface ElementReport {
  tag: string;
  defined: boolean;
  rendered: boolean;
  heading: string;
  alert: string;
  direction: string;
  width: number;
  overflow: number;
  rootBoxSizing: string;
  rootFontFamily: string;
  rootFontSize: number;
  textAlign: string;
  buttons: Array<{
    name: string;
    height: number;
    width: number;
    cursor: string;
    borderWidth: number;
  }>;
}

/** Inspects every `tag` element in a page or frame (runs in the browser). */
export async function inspect(target: Page | Frame, tag: string): Promise<ElementReport[]> {
  return target.evaluate((t) => {
    return Array.from(document.querySelectorAll(t)).map((el) => {
      const root = el.shadowRoot;
      const inner = root
        ? (Array.from(root.children).find((c) => !(c instanceof HTMLStyleElement)) as
            HTMLElement | undefined)
        : undefined;
      const alert = root
        ? Array.from(root.querySelectorAll('[role="alert"]'))
            .map((a) => a.textContent?.trim() ?? '')
            .join(' ')
        : '';
      const heading = root?.querySelector('h1, h2, h3, legend')?.textContent?.trim() ?? '';
      const box = el.getBoundingClientRect();
      const parentBox = (el.parentElement ?? document.body).getBoundingClientRect();
      const innerStyle = inner ? getComputedStyle(inner) : undefined;
      const buttons = root
        ? Array.from(root.querySelectorAll('button'))
            .filter(
              (b) => b.getClientRects().length > 0 && getComputedStyle(b).visibility !== 'hidden',
            )
            .map((b) => {
              const r = b.getBoundingClientRect();
              const s = getComputedStyle(b);
              return {
                name: (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().slice(0, 40),
                height: r.height,
                width: r.width,
                cursor: s.cursor,
                borderWidth: parseFloat(s.borderTopWidth) || 0,
              };
            })
        : [];
      return {
        tag: t,
        defined: customElements.get(t) !== undefined,
        rendered: Boolean(root && inner),
        heading,
        alert,
        direction: innerStyle?.direction ?? '',
        width: box.width,
        overflow: Math.max(0, box.right - parentBox.right, parentBox.left - box.left),
        rootBoxSizing: innerStyle?.boxSizing ?? '',
        rootFontFamily: innerStyle?.fontFamily ?? '',
        rootFontSize: innerStyle ? parseFloat(innerStyle.fontSize) : 0,
        textAlign: innerStyle?.textAlign ?? '',
        buttons,
      };
    });
  }, tag);
}

/** Waits until every `tag` element shows its content: a heading, and no error panel. */
export async function waitRendered(
  target: Page | Frame,
  tag: string,
  count = 1,
): Promise<ElementReport[]> {
  try {
    await target.waitForFunction(
      ({ t, n }) => {
        const els = Array.from(document.querySelectorAll(t));
        return (
          els.length >= n &&
          els.every((el) => {
            const root = el.shadowRoot;
            if (!root) return false;
            if (
              Array.from(root.querySelectorAll('[role="alert"]')).some(
                (a) => (a.textContent ?? '').trim() !== '',
              )
            )
              return true; // settled, with an error
            return root.querySelector('h1, h2, h3, legend') !== null;
          })
        );
      },
      { t: tag, n: count },
      { timeout: 15_000 },
    );
  } catch {
    // fall through: the report says what is missing
  }
  return inspect(target, tag);
}
