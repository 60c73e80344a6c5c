/**
 * The gates themselves, as functions that return what they found (a list of failures), so that
 * the same code checks every real prototype and, in gates.fixture.test.ts, a deliberately broken
 * element that each gate must catch.
 */
import * as fc from 'fast-check';
import { validateContent, eraseAllKitData, KEY_PREFIX, type Texts } from '@quartiers-douai/core';
import type { $ZodType } from 'zod/v4/core';
import { URL_PAYLOADS, XSS_PAYLOADS } from './payloads.js';
import { injectStrings, keepValid } from './inject.js';
import { demoAttributes, type JsonSchema, type QualityModule } from './prototypes.js';

/** What a gate needs of a prototype (real, or the broken fixture). */
export interface GateSubject {
  name: string;
  samples: Record<string, unknown>;
  jsonSchema: JsonSchema | undefined;
  schema: $ZodType;
  /** The prototype's rule sentences (src/texts.lazy.ts), so that failures read in French. */
  texts?: Texts;
  quality: QualityModule;
}

type ContentElement = HTMLElement & {
  content?: unknown;
  contentStatus?: string;
  updateComplete?: Promise<unknown>;
};

/** Rich-text elements any text may produce. */
const RICH_TEXT_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'span'];
/** Plain values for the XSS gate's baseline: a text, and a word (also a valid relative address). */
const PLAIN_TEXTS = ['Texte ordinaire', 'texte-ordinaire'];
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

export async function settle(el: ContentElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * Renders `content` in a new element, on a fresh device: the kit's saved data left by an earlier
 * mount is erased first. Otherwise an element that resumes a saved draft over its content (the CV
 * builder saves one by default, and a saved draft takes precedence over the starting CV) would show
 * the previous mount's data, and the gate would check that instead of the content it was given.
 */
export async function mount(
  tag: string,
  content: unknown,
  attrs: Record<string, string> = {},
): Promise<ContentElement> {
  eraseAllKitData({ centre: true });
  const el = document.createElement(tag) as ContentElement;
  for (const [k, v] of Object.entries({ ...demoAttributes[tag], ...attrs })) el.setAttribute(k, v);
  el.content = content;
  document.body.append(el);
  await settle(el);
  return el;
}

/** Every element inside the element's shadow tree (and nested shadow trees). */
export function deepElements(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const e of root.querySelectorAll('*')) {
      out.push(e);
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return out;
}

/** Elements whose text is never shown as text. */
const UNSHOWN = new Set(['script', 'style', 'template', 'noscript']);
/** Fields that show their value as text (not check boxes, radios, hidden or password fields…). */
const TEXT_FIELD = /^(text|search|email|tel|url|number)$/;

/**
 * The text a person sees: text nodes through nested shadow roots (not the code of a `<script>` or
 * `<style>`), and, unless `fields` is false, the values that text fields show.
 */
export function deepText(el: Element, { fields = true }: { fields?: boolean } = {}): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (!(node instanceof Element)) return;
    if (UNSHOWN.has(node.localName)) return;
    if (node instanceof HTMLTextAreaElement) {
      if (fields) parts.push(node.value);
      return; // its child text is the default value, not what it shows
    }
    if (node instanceof HTMLInputElement) {
      if (fields && TEXT_FIELD.test(node.type)) parts.push(node.value);
      return;
    }
    if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  if (el.shadowRoot) el.shadowRoot.childNodes.forEach(visit);
  else visit(el);
  return parts.join('');
}

/** Collects uncaught errors and rejections while `fn` runs. */
export async function catchErrors<T>(
  fn: () => Promise<T>,
): Promise<{ result?: T; errors: string[] }> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(String(e.error?.message ?? e.message));
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(String(e.reason?.message ?? e.reason));
    e.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await fn();
    await new Promise((r) => setTimeout(r, 0));
    return { result, errors };
  } catch (e) {
    errors.push(e instanceof Error ? e.message : String(e));
    return { errors };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** Walks the element, calling `check(screen)` after each screen. */
async function walkWith(
  q: QualityModule,
  el: ContentElement,
  check: (screen: string) => void,
): Promise<string[]> {
  const screens: string[] = [];
  for await (const screen of q.walk(el)) {
    await settle(el);
    screens.push(screen);
    check(screen);
  }
  return screens;
}

// --- gate 3: XSS ------------------------------------------------------------------------------

/**
 * What is wrong with an address attribute, read as the browser reads it (the WHATWG URL parser,
 * which strips control characters and spaces around it and tabs and newlines inside it, and reads
 * a scheme in any case): a script, an inline document, or another site over plain http.
 */
function badAddress(value: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (url.protocol === 'javascript:' || url.protocol === 'vbscript:') return 'a script address';
  if (url.href.startsWith('data:text')) return 'an inline document';
  if (url.protocol === 'http:' && url.origin !== location.origin)
    return 'another site over plain http';
  return undefined;
}

/** Looks for anything that is not text: unexpected elements, event handlers, script URLs, a run script. */
export function inspectRendering(el: Element, allowedTags: Set<string>): string[] {
  const found: string[] = [];
  if ((window as { __qdXss?: unknown }).__qdXss !== undefined)
    found.push('a payload ran (window.__qdXss set)');
  for (const e of deepElements(el)) {
    const tag = e.localName;
    if (!allowedTags.has(tag)) found.push(`unexpected <${tag}>`);
    for (const a of e.getAttributeNames()) {
      if (a.startsWith('on')) found.push(`event-handler attribute ${a} on <${tag}>`);
      const bad = URL_ATTRS.includes(a) && badAddress(e.getAttribute(a) ?? '', e.baseURI);
      if (bad) found.push(`${a}=${JSON.stringify(e.getAttribute(a))} on <${tag}>: ${bad}`);
    }
  }
  return found;
}

/** A plain text of its own for the `k`-th string field: « Texte ordinaire a », « … b »… (no digit). */
const marker = (k: number): string =>
  `Texte ordinaire ${[...k.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('')}`;

export async function xssGate(s: GateSubject, rotations = 4): Promise<string[]> {
  const failures: string[] = [];
  if (!s.jsonSchema) return [`${s.name}: schema.json missing (run pnpm build)`];
  for (const [file, sample] of Object.entries(s.samples)) {
    // Baseline: the elements shown across the screens by the same fields filled with plain text
    // (filling optional fields can add legitimate parts, e.g. the "Facile à lire" toggle). Twice:
    // with a space, and as one word, which is also a valid relative address, so that fields of
    // addresses (a photo…) show what a plain value shows there (an <img>), as payloads without
    // spaces are valid addresses too.
    const allowed = new Set(RICH_TEXT_TAGS);
    for (const text of PLAIN_TEXTS) {
      const plain =
        keepValid(
          injectStrings(structuredClone(sample), s.jsonSchema, () => text),
          sample,
          s.schema,
        ) ?? sample;
      const clean = await mount(s.quality.tag, structuredClone(plain));
      await walkWith(s.quality, clean, () =>
        deepElements(clean).forEach((e) => allowed.add(e.localName)),
      );
      clean.remove();
    }
    for (let r = 0; r < Math.min(rotations, XSS_PAYLOADS.length); r++) {
      let i = r;
      const injected = injectStrings(
        structuredClone(sample),
        s.jsonSchema,
        () => XSS_PAYLOADS[i++ % XSS_PAYLOADS.length]!,
      );
      const content = keepValid(injected, sample, s.schema);
      if (content === undefined) {
        failures.push(`${file} rotation ${r}: could not keep the injected content valid`);
        continue;
      }
      (window as { __qdXss?: unknown }).__qdXss = undefined;
      // Seen as rendered text (text nodes), not only as the value of a form field: a field shows
      // any string as typed, so it cannot tell whether the element renders the text as text.
      let sawPayloadText = false;
      let sawInField = false;
      const { errors } = await catchErrors(async () => {
        const el = await mount(s.quality.tag, content);
        await walkWith(s.quality, el, (screen) => {
          sawPayloadText ||= deepText(el, { fields: false }).includes('__qdXss');
          sawInField ||= deepText(el).includes('__qdXss');
          for (const f of inspectRendering(el, allowed))
            failures.push(`${file} rotation ${r}, ${screen}: ${f}`);
        });
        el.remove();
      });
      failures.push(...errors.map((e) => `${file} rotation ${r}: error ${e}`));
      if (!sawPayloadText)
        failures.push(
          `${file} rotation ${r}: no payload visible as text on any screen${sawInField ? ' (only inside form fields)' : ''}`,
        );
    }
    // Addresses that hide a script or another site (control characters, spaces, case), in turn in
    // every string field: an address field (link, photo, video, caption, sound, page) must refuse
    // them all (keepValid then gives its sample value back). A field that takes any text (it keeps
    // a plain marker of its own) may be one a walk types into, where a line break cannot be typed:
    // it gets the addresses without one.
    let n = 0;
    const marked = JSON.stringify(
      keepValid(
        injectStrings(structuredClone(sample), s.jsonSchema, () => marker(n++)),
        sample,
        s.schema,
      ) ?? sample,
    );
    const typeable = URL_PAYLOADS.filter((p) => !/[\n\r]/.test(p));
    for (let r = 0; r < URL_PAYLOADS.length; r++) {
      let i = r;
      let k = 0;
      const content = keepValid(
        injectStrings(structuredClone(sample), s.jsonSchema, () =>
          marked.includes(JSON.stringify(marker(k++)))
            ? typeable[i++ % typeable.length]!
            : URL_PAYLOADS[i++ % URL_PAYLOADS.length]!,
        ),
        sample,
        s.schema,
      );
      const at = `${file} address rotation ${r}`;
      if (content === undefined) {
        failures.push(`${at}: could not keep the injected content valid`);
        continue;
      }
      (window as { __qdXss?: unknown }).__qdXss = undefined;
      const { errors } = await catchErrors(async () => {
        const el = await mount(s.quality.tag, content);
        await walkWith(s.quality, el, (screen) => {
          for (const f of inspectRendering(el, allowed)) failures.push(`${at}, ${screen}: ${f}`);
        });
        el.remove();
      });
      failures.push(...errors.map((e) => `${at}: error ${e}`));
    }
  }
  return [...new Set(failures)];
}

// --- gate 5: fuzzing --------------------------------------------------------------------------

function leafPaths(
  v: unknown,
  path: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
) {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => leafPaths(x, [...path, i], out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) leafPaths(x, [...path, k], out);
  return out;
}

function replaceAt(v: unknown, path: Array<string | number>, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (next === undefined) delete parent[key];
  else parent[key] = next;
  return copy;
}

/** Any JSON, or a sample with one value replaced or removed. */
export function hostileContent(samples: unknown[]): fc.Arbitrary<unknown> {
  const mutated = fc
    .constantFrom(...samples)
    .chain((s) =>
      fc
        .tuple(
          fc.constantFrom(...leafPaths(s)),
          fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
        )
        .map(([p, v]) => replaceAt(s, p, v)),
    );
  return samples.length > 0
    ? fc.oneof(fc.jsonValue({ maxDepth: 4 }), mutated, mutated)
    : fc.jsonValue({ maxDepth: 4 });
}

export async function fuzzGate(
  s: GateSubject,
  runs = { hostile: 40, valid: 20 },
): Promise<string[]> {
  const failures: string[] = [];
  const quiet = console.error;
  const quietWarn = console.warn;
  console.error = console.warn = () => {};
  try {
    // Any JSON value: parses and renders, or shows the French error panel. Never throws, never blank.
    const hostile = await fc.check(
      fc.asyncProperty(hostileContent(Object.values(s.samples)), async (content) => {
        const { errors } = await catchErrors(async () => {
          const el = await mount(s.quality.tag, content);
          try {
            const status = el.contentStatus;
            if (deepText(el).trim() === '') throw new Error(`blank element (status ${status})`);
            if (status === 'invalid' && !el.shadowRoot!.querySelector('[role="alert"]'))
              throw new Error('invalid content without role="alert" panel');
            if (status === 'ready') await walkWith(s.quality, el, () => {});
          } finally {
            el.remove();
          }
        });
        if (errors.length > 0) throw new Error(errors.join('; '));
      }),
      { numRuns: runs.hostile, seed: 20261128 },
    );
    if (hostile.failed)
      failures.push(
        `hostile content ${JSON.stringify(hostile.counterexample?.[0])?.slice(0, 300)}: ${String((hostile.errorInstance as Error | undefined)?.message ?? '')}`,
      );
    // Valid arbitrary contents: always render and can be completed.
    const valid = await fc.check(
      fc.asyncProperty(s.quality.arbitrary(fc), async (content) => {
        const v = validateContent(s.schema, content, {
          supportedVersion: 999,
          packageName: s.name,
          texts: s.texts,
        });
        if (!v.ok)
          throw new Error(
            `the arbitrary made invalid content: ${v.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
          );
        const { errors } = await catchErrors(async () => {
          const el = await mount(s.quality.tag, content);
          try {
            if (el.contentStatus !== 'ready') throw new Error(`status ${el.contentStatus}`);
            const screens = await walkWith(s.quality, el, () => {});
            if (screens.length < 2) throw new Error('the walk did not go past the first screen');
          } finally {
            el.remove();
          }
        });
        if (errors.length > 0) throw new Error(errors.join('; '));
      }),
      { numRuns: runs.valid, seed: 20261128 },
    );
    if (valid.failed)
      failures.push(
        `valid content ${JSON.stringify(valid.counterexample?.[0])?.slice(0, 300)}: ${String((valid.errorInstance as Error | undefined)?.message ?? '')}`,
      );
  } finally {
    console.error = quiet;
    console.warn = quietWarn;
  }
  return failures;
}

// --- gate 6: privacy (inside the page) -------------------------------------------------------

const storageKeys = () => [
  ...Object.keys(localStorage).map((k) => `local:${k}`),
  ...Object.keys(sessionStorage).map((k) => `session:${k}`),
];
const NETWORK_TYPES = new Set([
  'img',
  'fetch',
  'xmlhttprequest',
  'beacon',
  'css',
  'iframe',
  'video',
  'audio',
  'track',
  'object',
  'embed',
  'link',
  'other',
]);

/** Strings of a content that can be asset addresses (resolved against the page). */
function declaredAssets(content: unknown): Set<string> {
  const out = new Set<string>();
  JSON.stringify(content, (_k, v: unknown) => {
    if (typeof v === 'string' && /^(https:\/\/|\.{0,2}\/|[\w-]+\/)[^\s]*\.\w{2,5}$/.test(v)) {
      try {
        out.add(new URL(v, document.baseURI).href);
      } catch {
        /* not a URL */
      }
    }
    return v;
  });
  return out;
}

export async function privacyGate(s: GateSubject): Promise<string[]> {
  const failures: string[] = [];
  const calls: string[] = [];
  const original = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    beacon: navigator.sendBeacon,
    ws: window.WebSocket,
    es: window.EventSource,
  };
  window.fetch = ((input: RequestInfo | URL) => {
    calls.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return Promise.reject(new TypeError('blocked by the privacy gate'));
  }) as typeof fetch;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, _m: string, url: string | URL) {
    calls.push(`xhr ${String(url)}`);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url: string | URL) => (calls.push(`beacon ${String(url)}`), false);
  (window as { WebSocket: unknown }).WebSocket = function (url: string) {
    calls.push(`websocket ${url}`);
    throw new Error('blocked');
  };
  (window as { EventSource: unknown }).EventSource = function (url: string) {
    calls.push(`eventsource ${url}`);
    throw new Error('blocked');
  };
  try {
    for (const [file, sample] of Object.entries(s.samples)) {
      const allowed = declaredAssets(sample);
      const dbsBefore = (await indexedDB.databases()).map((d) => d.name).join(',');
      const keysBefore = storageKeys();
      const cookieBefore = document.cookie;
      const t0 = performance.now();
      // storage="none": nothing kept, nothing sent. (Each prototype documents its own default —
      // the CV builder saves drafts on the device by default, as its issue asks — so the gate
      // checks the explicit opt-out, which every prototype must honour.)
      const el = await mount(s.quality.tag, structuredClone(sample), { storage: 'none' });
      const { errors } = await catchErrors(() => walkWith(s.quality, el, () => {}));
      failures.push(...errors.map((e) => `${file}: error ${e}`));
      el.remove();
      const newKeys = storageKeys().filter((k) => !keysBefore.includes(k));
      if (newKeys.length > 0)
        failures.push(`${file}: storage written without opt-in: ${newKeys.join(', ')}`);
      if (document.cookie !== cookieBefore) failures.push(`${file}: a cookie was set`);
      if ((await indexedDB.databases()).map((d) => d.name).join(',') !== dbsBefore)
        failures.push(`${file}: IndexedDB used`);
      for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (
          r.startTime >= t0 &&
          NETWORK_TYPES.has(r.initiatorType) &&
          !allowed.has(r.name) &&
          !r.name.startsWith('data:') &&
          !r.name.startsWith('blob:')
        )
          failures.push(
            `${file}: request to ${r.name} (${r.initiatorType}) not declared by the content`,
          );
      }
      // Opted in: only the kit's keys, and "Effacer mes données" leaves nothing.
      const opted = await mount(s.quality.tag, structuredClone(sample), { storage: 'local' });
      const walked = await catchErrors(() => walkWith(s.quality, opted, () => {}));
      failures.push(...walked.errors.map((e) => `${file} (storage=local): error ${e}`));
      const written = storageKeys().filter((k) => !keysBefore.includes(k));
      const foreign = written.filter(
        (k) => !k.split(':').slice(1).join(':').startsWith(KEY_PREFIX),
      );
      if (foreign.length > 0)
        failures.push(`${file}: keys outside the kit's "qd:" prefix: ${foreign.join(', ')}`);
      if (written.length > 0) {
        const erase = deepElements(opted).find(
          (e) => e.localName === 'button' && e.textContent?.trim() === 'Effacer mes données',
        ) as HTMLButtonElement | undefined;
        if (!erase)
          failures.push(
            `${file}: data kept on the device but no "Effacer mes données" button on the last screen`,
          );
        else {
          erase.click();
          await settle(opted);
          const left = storageKeys().filter((k) => k.includes(`:${KEY_PREFIX}`));
          if (left.length > 0)
            failures.push(`${file}: "Effacer mes données" left ${left.join(', ')}`);
        }
      }
      opted.remove();
      for (const c of calls.splice(0)) failures.push(`${file}: ${c}`);
      localStorage.clear();
      sessionStorage.clear();
    }
  } finally {
    window.fetch = original.fetch;
    XMLHttpRequest.prototype.open = original.open;
    navigator.sendBeacon = original.beacon;
    window.WebSocket = original.ws;
    window.EventSource = original.es;
  }
  return [...new Set(failures)];
}
