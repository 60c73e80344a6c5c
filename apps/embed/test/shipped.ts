/**
 * The shipped-files gate (issue #21): each prototype's own `walk` and `keyboard` (its
 * src/quality.ts), run inside a plain page that loads the package's `dist/cdn` files exactly as
 * they are — the files a centre pastes — over HTTP, or inside the iframe page built from them.
 * A test build proves nothing about those files: this walks them to their last screen.
 *
 * The walks are bundled for the browser (esbuild, only `tag`, `walk` and `keyboard`: no element is
 * defined by them); keys are pressed by Playwright from Node, so the focus and the keyboard events
 * are the browser's own.
 */
import { readFileSync, readdirSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { prototypePackages, type KitPackage } from '@quartiers-douai/kit-scripts/packages';
import { distDir, watch, type Server } from './browser.js';

export const LANGS = ['fr', 'en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export type Mode = 'walk' | 'keyboard';

export interface Shipped {
  pkg: KitPackage;
  /** The main element (`qd.tag`). */
  tag: string;
  /** Sample content files (content/*.json of the main element), sorted. */
  samples: string[];
  /** The settings a demonstration gives the element (package.json `qd.demoAttributes`). */
  attributes: Record<string, string>;
  /** dist/cdn/manifest.json */
  cdn: { file: string; integrity: string };
}

/** Every prototype, with what the gate needs; fails in French when a piece is missing. */
export function shippedPrototypes(): Shipped[] {
  return prototypePackages().map((pkg) => {
    const manifestFile = join(pkg.dir, 'dist/cdn/manifest.json');
    if (!existsSync(manifestFile))
      throw new Error(`${pkg.name} : dist/cdn/manifest.json manquant, lancez « pnpm build »`);
    const cdn = JSON.parse(readFileSync(manifestFile, 'utf8')) as Shipped['cdn'];
    const contentDir = join(pkg.dir, 'content');
    const samples = readdirSync(contentDir)
      .filter((f) => f.endsWith('.json'))
      .filter((f) => {
        const json = JSON.parse(readFileSync(join(contentDir, f), 'utf8')) as { $schema?: unknown };
        return typeof json.$schema !== 'string' || /(^|\/)schema\.json$/.test(json.$schema);
      })
      .sort();
    const qd = pkg.pkg.qd as { demoAttributes?: Record<string, string> };
    return { pkg, tag: pkg.tag!, samples, attributes: qd.demoAttributes ?? {}, cdn };
  });
}

/**
 * The prototype's walks, bundled for the browser: a module script that puts `{ tag, walk,
 * keyboard }` on `window.__qdQuality` (a parser-inserted script from the page's own site: allowed
 * by the iframe pages' strict CSP and Trusted Types, as their own scripts are).
 */
export async function walkModule(p: Shipped): Promise<string> {
  const r = await build({
    stdin: {
      contents: `import { tag, walk, keyboard } from './src/quality.ts';\nObject.assign(window, { __qdQuality: { tag, walk, keyboard } });`,
      resolveDir: p.pkg.dir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    // Type-only imports of the elements vanish; nothing else may define an element here.
    plugins: [
      {
        name: 'no-define',
        setup(b) {
          b.onResolve({ filter: /define(\.ts|\.js)?$/ }, (a) => {
            throw new Error(`${p.pkg.name} : src/quality.ts importe ${a.path}`);
          });
        },
      },
    ],
  });
  return r.outputFiles[0]!.text;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A centre's page: `<script type="module">` of a CDN file with its SRI hash, then `body`. */
function centrePage(o: {
  lang: Lang;
  title: string;
  script: string;
  integrity: string;
  head?: string;
  body: string;
}): string {
  return `<!doctype html>
<html lang="${o.lang}"${o.lang === 'ar' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttr(o.title)}</title>
<script type="module" src="${o.script}" integrity="${o.integrity}" crossorigin="anonymous"></script>
${o.head ?? ''}
</head>
<body>
<main>
${o.body}
</main>
</body>
</html>
`;
}

/** ` src="…" collect="demo"`: attributes written into a tag. */
const markup = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');

/**
 * A centre's page: the snippet the docs give (module script with SRI), the element with its
 * content file, a button before and after it (the keyboard walk starts on the first).
 */
export function plainPage(p: Shipped, sample: string, lang: Lang): string {
  return centrePage({
    lang,
    title: p.pkg.name,
    script: `/cdn/${p.pkg.shortName}/${p.cdn.file}`,
    integrity: p.cdn.integrity,
    head: walkScript(p),
    body: `<button type="button" id="qd-before">avant</button>
<${p.tag}${markup({ src: `/content/${p.pkg.shortName}/${sample}`, ...p.attributes })}></${p.tag}>
<button type="button" id="qd-after">après</button>`,
  });
}

/** The walks' script tag (the test's own, beside the centre's snippet). */
export const walkScript = (p: Shipped) =>
  `<script type="module" src="/walks/${p.pkg.shortName}.js"></script>`;

/** The server's folders: each package's dist/cdn and content as they are, and the embed pages. */
export function mounts(all: Shipped[]): Record<string, string> {
  const m: Record<string, string> = {};
  for (const p of all) {
    m[`/cdn/${p.pkg.shortName}/`] = join(p.pkg.dir, 'dist/cdn');
    m[`/content/${p.pkg.shortName}/`] = join(p.pkg.dir, 'content');
  }
  m['/embed/'] = distDir;
  return m;
}

export interface WalkReport {
  screens: string[];
  error?: string;
  focusChecks: number;
  statusChecks: number;
  /** `direction` of the element's first rendered block, as the browser computes it. */
  direction: string;
}

/**
 * Runs the prototype's `walk` or `keyboard` in the page, on its first `tag` element, once the
 * page has loaded. Keys go through Playwright (real key events, real focus).
 */
export async function runWalk(
  page: Page,
  { tag, mode }: { tag: string; mode: Mode },
): Promise<WalkReport> {
  await page.exposeFunction('__qdPress', (keys: string) => press(page, keys));
  await page.exposeFunction('__qdType', (text: string) => page.keyboard.type(text));
  // Defined, its content fetched and checked (or refused: the walk then says what it found).
  await page.waitForFunction(
    (t) => {
      const el = document.querySelector(t) as (HTMLElement & { data?: unknown }) | null;
      return (
        customElements.get(t) !== undefined &&
        '__qdQuality' in window &&
        !!el &&
        (el.data !== undefined || !!el.shadowRoot?.querySelector('[role=alert]'))
      );
    },
    tag,
    { timeout: 20_000 },
  );
  return page.evaluate(inPage, { tag, mode });
}

/** userEvent.keyboard's syntax, as the walks write it: `{Tab}`, `{Shift>}{Tab}{/Shift}`, ` `. */
async function press(page: Page, keys: string): Promise<void> {
  for (const m of keys.matchAll(/\{(\/?)(\w+)(>?)\}| /g)) {
    if (m[0] === ' ') await page.keyboard.press('Space');
    else if (m[1]) await page.keyboard.up(m[2]!);
    else if (m[3]) await page.keyboard.down(m[2]!);
    else await page.keyboard.press(m[2]!);
  }
}

type QualityInPage = {
  walk(el: Element): AsyncGenerator<string>;
  keyboard?(el: Element, kb: unknown): AsyncGenerator<string>;
};

/** Runs in the browser (serialised by Playwright): no reference to anything outside. */
async function inPage({ tag, mode }: { tag: string; mode: Mode }): Promise<WalkReport> {
  type El = HTMLElement & { updateComplete?: Promise<unknown> };
  const el = document.querySelector(tag) as El;
  const w = window as unknown as {
    __qdPress(k: string): Promise<void>;
    __qdType(t: string): Promise<void>;
    __qdQuality: QualityInPage;
  };
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  const deepActive = (): Element | null => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const within = (e: Element | null): boolean => {
    for (let n: Node | null = e; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
      if (n === el) return true;
    return false;
  };
  const deepElements = (): Element[] => {
    const out: Element[] = [];
    const visit = (root: ParentNode) => {
      for (const e of root.querySelectorAll('*')) {
        out.push(e);
        if (e.shadowRoot) visit(e.shadowRoot);
      }
    };
    if (el.shadowRoot) visit(el.shadowRoot);
    return out;
  };
  const describe = (e: Element | null) =>
    e
      ? `<${e.localName}${e.id ? `#${e.id}` : ''}> « ${(e.textContent ?? '').trim().slice(0, 30)} »`
      : 'rien';
  const announced = () =>
    deepElements()
      .filter((e) => e.matches('[role=status],[role=alert],[aria-live]:not([aria-live=off])'))
      .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' | ');
  let focusChecks = 0;
  let statusChecks = 0;
  const kb = {
    async press(keys: string) {
      await w.__qdPress(keys);
      await settle();
    },
    async type(text: string) {
      await w.__qdType(text);
      await settle();
    },
    focused: deepActive,
    announced,
    async tabTo(match: (e: Element) => boolean, why: string, max = 30) {
      for (let n = 0; n <= max; n++) {
        const f = deepActive();
        if (f && within(f) && match(f)) return f;
        await kb.press('{Tab}');
      }
      throw new Error(`${why} : pas atteint en ${max} Tab (focus sur ${describe(deepActive())})`);
    },
    expectFocus(match: (e: Element) => boolean, why: string) {
      focusChecks++;
      const f = deepActive();
      if (!f || !within(f) || !match(f))
        throw new Error(`focus : ${why} — il est sur ${describe(f)}`);
    },
    expectStatus(re: RegExp, why: string) {
      statusChecks++;
      const text = announced();
      if (!re.test(text)) throw new Error(`annonce : ${why} — annoncé « ${text} »`);
    },
  };
  const screens: string[] = [];
  let error: string | undefined;
  try {
    const q = w.__qdQuality;
    await settle();
    if (mode === 'walk') {
      for await (const s of q.walk(el)) screens.push(s);
    } else {
      if (!q.keyboard) throw new Error('src/quality.ts n’exporte pas keyboard()');
      document.getElementById('qd-before')?.focus();
      for await (const s of q.keyboard(el, kb)) {
        await settle();
        screens.push(s);
      }
    }
  } catch (e) {
    error = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
  }
  const block = [...(el.shadowRoot?.children ?? [])].find((c) => c.localName !== 'style');
  return {
    screens,
    ...(error ? { error } : {}),
    focusChecks,
    statusChecks,
    direction: block ? getComputedStyle(block).direction : '',
  };
}

/** Checks still running for a list of `watchRequests` (see its media case). */
const checking = new WeakMap<string[], Promise<void>[]>();

/** Waits until every check of `watchRequests` on this list is done. */
export async function requestsChecked(problems: string[]): Promise<void> {
  await Promise.all(checking.get(problems) ?? []);
}

/**
 * Everything the page asked the server for and did not get, and anything asked elsewhere. A sound
 * or video the browser stopped loading itself (`net::ERR_ABORTED` on a media request: it had the
 * metadata `preload="metadata"` asks for, or its player left the screen) is not a failure if the
 * file is there: it is fetched again here and must answer 200 (call `requestsChecked` before
 * reading the list).
 */
export function watchRequests(page: Page, server: Server): string[] {
  const problems: string[] = [];
  const pending: Promise<void>[] = [];
  checking.set(problems, pending);
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (r.resourceType() === 'media' && error.includes('ERR_ABORTED'))
      pending.push(
        fetch(r.url()).then(
          (answer) => {
            if (answer.status !== 200) problems.push(`${answer.status} ${r.url()} (média)`);
          },
          (e: unknown) => void problems.push(`échec ${r.url()} (média : ${String(e)})`),
        ),
      );
    else problems.push(`échec ${r.url()} (${error})`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url('')) && !r.url().startsWith('data:'))
      problems.push(`requête vers un autre site : ${r.url()}`);
  });
  return problems;
}

/**
 * The gate on one page: opens `path` in a fresh context (a fresh device), runs the prototype's
 * walk there, and says what went wrong, in French — nothing when the walk reached its last screen
 * with every file come, no page error, nothing asked of another site, the language's texts
 * fetched (and right to left in Arabic), and, for the keyboard, focus and announcements checked.
 */
export async function walkShipped(
  browser: Browser,
  server: Server,
  p: Shipped,
  path: string,
  mode: Mode,
  lang: Lang,
): Promise<{ failures: string[]; last: string }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
  const page = await context.newPage();
  const problems = await watch(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const network = watchRequests(page, server);
  // The iframe page gets the walks' script beside its own (the plain page has it already).
  await page.route(
    (url) => url.pathname === `/embed/${p.pkg.shortName}.html`,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</head>', `${walkScript(p)}\n</head>`);
      await route.fulfill({ response, body });
    },
  );
  const failures: string[] = [];
  let report: WalkReport = { screens: [], focusChecks: 0, statusChecks: 0, direction: '' };
  try {
    await page.goto(server.url(path));
    report = await runWalk(page, { tag: p.tag, mode });
  } catch (e) {
    failures.push(
      `la page ne s'est pas prêtée au parcours : ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  } finally {
    await context.close();
  }
  if (report.error)
    failures.push(
      `le parcours s'arrête après « ${report.screens.join(' → ') || 'le début'} » : ${report.error}`,
    );
  else if (report.screens.length === 0) failures.push('aucun écran atteint');
  await requestsChecked(network);
  failures.push(...problems, ...network);
  if (lang === 'ar' && report.direction !== 'rtl')
    failures.push(`en arabe, l'élément va de ${report.direction || '?'} (attendu : rtl)`);
  if (
    lang !== 'fr' &&
    !requests.some((u) => new RegExp(`/messages\\.${lang}-[0-9a-f]{10}\\.js$`).test(u))
  )
    failures.push(`les textes « ${lang} » du prototype ne sont pas venus`);
  if (mode === 'keyboard' && !report.error) {
    if (report.focusChecks === 0) failures.push('le parcours clavier ne vérifie jamais le focus');
    if (report.statusChecks === 0) failures.push('le parcours clavier ne vérifie aucune annonce');
  }
  return { failures, last: report.screens[report.screens.length - 1] ?? '' };
}

/** Another public element of a package, shown from the shipped files (its quality.ts `shipped`). */
export interface ShippedExtra {
  tag: string;
  /** Its file in dist/cdn. */
  file: string;
  /** Its content, under content/. */
  src?: string;
  attributes?: Record<string, string>;
}

/** The package's `shipped` list (src/quality.ts), read in Node. */
export async function shippedExtras(p: Shipped): Promise<ShippedExtra[]> {
  const r = await build({
    stdin: {
      contents: `export { shipped } from './src/quality.ts';`,
      resolveDir: p.pkg.dir,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'qd-shipped-')), 'quality.mjs');
  writeFileSync(file, r.outputFiles[0]!.text);
  const m = (await import(pathToFileURL(file).href)) as { shipped?: ShippedExtra[] };
  return m.shipped ?? [];
}

/** A centre's page showing `extra` from its CDN file (the snippet, with SRI), in `lang`. */
export function extraPage(p: Shipped, extra: ShippedExtra, lang: Lang): string {
  const manifest = JSON.parse(readFileSync(join(p.pkg.dir, 'dist/cdn/manifest.json'), 'utf8')) as {
    file: string;
    integrity: string;
    extra?: Record<string, { integrity: string }>;
  };
  const integrity =
    extra.file === manifest.file ? manifest.integrity : manifest.extra?.[extra.file]?.integrity;
  if (!integrity) throw new Error(`${p.pkg.name} : ${extra.file} absent de dist/cdn/manifest.json`);
  return centrePage({
    lang,
    title: extra.tag,
    script: `/cdn/${p.pkg.shortName}/${extra.file}`,
    integrity,
    body: `<${extra.tag}${markup({
      ...(extra.src ? { src: `/content/${p.pkg.shortName}/${extra.src}` } : {}),
      ...extra.attributes,
    })}></${extra.tag}>`,
  });
}

/**
 * The gate on an extra element: it shows a heading and no error, every file came, nothing was asked
 * elsewhere, no page error, its language's texts came (and right to left in Arabic).
 */
export async function showShipped(
  browser: Browser,
  server: Server,
  tag: string,
  path: string,
  lang: Lang,
): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
  const page = await context.newPage();
  const problems = await watch(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const network = watchRequests(page, server);
  const failures: string[] = [];
  try {
    await page.goto(server.url(path));
    const seen = await page
      .waitForFunction(
        (t) => {
          const root = document.querySelector(t)?.shadowRoot;
          if (!root) return false;
          const alert = [...root.querySelectorAll('[role=alert]')].some((a) =>
            a.textContent?.trim(),
          );
          const heading = root.querySelector('h1, h2, h3, legend');
          if (!alert && !heading) return false;
          const block = [...root.children].find((c) => c.localName !== 'style');
          return {
            alert: [...root.querySelectorAll('[role=alert]')]
              .map((a) => a.textContent?.trim())
              .join(' '),
            direction: block ? getComputedStyle(block).direction : '',
          };
        },
        tag,
        { timeout: 20_000 },
      )
      .then((h) => h.jsonValue() as Promise<{ alert: string; direction: string }>);
    if (seen.alert) failures.push(`<${tag}> montre une erreur : ${seen.alert}`);
    if (lang === 'ar' && seen.direction !== 'rtl')
      failures.push(`en arabe, <${tag}> va de ${seen.direction || '?'} (attendu : rtl)`);
  } catch (e) {
    failures.push(
      `<${tag}> ne s'affiche pas : ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  } finally {
    await context.close();
  }
  await requestsChecked(network);
  failures.push(...problems, ...network);
  if (lang !== 'fr' && !requests.some((u) => new RegExp(`\\.${lang}-[0-9a-f]{10}\\.js$`).test(u)))
    failures.push(`les textes « ${lang} » de <${tag}> ne sont pas venus`);
  return failures;
}

export type { Browser };
