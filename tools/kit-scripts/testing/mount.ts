/**
 * Putting an element on the test page, waiting until it has rendered, and taking it away.
 *
 *   afterEach(cleanup);
 *   const el = await mount('qd-quiz', samples.adultes, { seed: 's' });
 *   const demo = await mount('qd-demo', (e) => (e.content = demoContent));
 *
 * A package adds what its elements need with `onSettle` and `onCleanup`, in a setup file of its
 * vitest config (e.g. the festival lets a task run in each round, for media events).
 */
import { vi } from 'vitest';

type Tag = keyof HTMLElementTagNameMap;
type Updatable = Element & { updateComplete?: Promise<unknown> };
/** Attributes set before the element is connected; `null` leaves one out. */
export type Attrs = Record<string, string | null>;
/** The element `mount` gives: the tag's class, or the type a test names (`mount<QdCvBuilder>(…)`). */
export type Mounted<E, K extends Tag> = [E] extends [never] ? HTMLElementTagNameMap[K] : E;

const mounted = new Set<Element>();
const settleSteps: Array<(el: Element) => unknown> = [];
const cleanupSteps: Array<() => void> = [];

/** A step each round of `settle` also waits for (e.g. a task, for media events). */
export function onSettle(step: (el: Element) => unknown): void {
  settleSteps.push(step);
}

/** A step `cleanup` also runs (e.g. erase the kit's data on the device). */
export function onCleanup(step: () => void): void {
  cleanupSteps.push(step);
}

/**
 * Creates `tag`; sets `attrs`, then a copy of `content` (a JSON copy: the test's fixture stays as
 * it is), then runs `setup`, all before it is connected; appends it to `parent` (the page's body by
 * default) and waits until it has rendered. A tag defined later (a part of a bundle, ADR 0016) is
 * waited for, as on a page; a tag nobody defines fails after `DEFINE_TIMEOUT` ms.
 * `mount(tag, setup, parent)` is the short form for a test that sets everything itself.
 */
export async function mount<E extends Element = never, K extends Tag = Tag>(
  tag: K,
  setup: (el: Mounted<E, K>) => void,
  parent?: ParentNode,
): Promise<Mounted<E, K>>;
export async function mount<E extends Element = never, K extends Tag = Tag>(
  tag: K,
  content?: unknown,
  attrs?: Attrs,
  setup?: (el: Mounted<E, K>) => void,
  parent?: ParentNode,
): Promise<Mounted<E, K>>;
export async function mount(
  tag: Tag,
  contentOrSetup?: unknown,
  attrsOrParent?: Attrs | ParentNode,
  setupArg?: (el: Element) => void,
  parentArg?: ParentNode,
): Promise<Element> {
  const short = typeof contentOrSetup === 'function';
  const content = short ? undefined : contentOrSetup;
  const attrs = short ? {} : ((attrsOrParent as Attrs | undefined) ?? {});
  const setup = short ? (contentOrSetup as (el: Element) => void) : setupArg;
  const parent = (short ? (attrsOrParent as ParentNode | undefined) : parentArg) ?? document.body;

  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, v);
  if (content != null)
    (el as { content?: unknown }).content = JSON.parse(JSON.stringify(content)) as unknown;
  setup?.(el);
  parent.append(el);
  mounted.add(el);
  if (tag.includes('-') && !customElements.get(tag) && !(await definedSoon(tag))) {
    el.remove();
    mounted.delete(el);
    throw new Error(`mount: <${tag}> is not defined (import its define module)`);
  }
  await settle(el);
  return el;
}

/** How long `mount` waits for a tag defined later (a part of a bundle) before it fails. */
export const DEFINE_TIMEOUT = 5000;

async function definedSoon(tag: string): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>(
    (resolve) => (timer = setTimeout(resolve, DEFINE_TIMEOUT, false)),
  );
  const defined = await Promise.race([customElements.whenDefined(tag).then(() => true), late]);
  clearTimeout(timer);
  return defined;
}

/** Mounts an HTML snippet (e.g. an element with an inline JSON child); returns its first element. */
export async function mountHtml<E extends Element = HTMLElement>(
  markup: string,
  parent: ParentNode = document.body,
): Promise<E> {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const el = template.content.firstElementChild as E | null;
  if (!el) throw new Error('mountHtml: empty markup');
  parent.append(el);
  mounted.add(el);
  await settle(el);
  return el;
}

/** An element the test put on the page itself (e.g. without waiting for it): `cleanup` removes it. */
export function track<E extends Element>(el: E): E {
  mounted.add(el);
  return el;
}

/** Waits until a (Lit) element has no update pending: a render may request another. */
async function updated(el: Updatable): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const done = await (el.updateComplete ?? Promise.resolve(true));
    if (done !== false) return;
  }
}

/**
 * Waits until the element has rendered what is pending, and the elements in its shadow root too
 * (the builder's preview, the guide's agreement, the poll's results), in a few rounds: an update
 * may start another (content parsed, then shown), and a package's `onSettle` steps.
 */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    await updated(el);
    for (const inner of el.shadowRoot?.querySelectorAll('*') ?? [])
      if ('updateComplete' in inner) await updated(inner as Updatable);
    for (const step of settleSteps) await step(el);
  }
}

/** Waits until a content element has finished loading (any state but `loading`), then renders. */
export async function loaded(el: Element & { contentStatus: string }): Promise<void> {
  await vi.waitFor(() => {
    if (el.contentStatus === 'loading') throw new Error(`${el.localName} is still loading`);
  });
  await settle(el);
}

const pageLang = document.documentElement.getAttribute('lang');

/**
 * Sets (or removes, with `null`) the page's `lang`; `cleanup()` gives back the one the tests
 * started with (a French centre's page, `lang="fr"`, see vitest-setup.mjs).
 */
export function setPageLang(lang: string | null): void {
  if (lang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', lang);
}

/**
 * Removes every mounted element, gives the page its `lang` back and runs the package's
 * `onCleanup` steps (use as `afterEach(cleanup)`).
 */
export function cleanup(): void {
  for (const el of mounted) el.remove();
  mounted.clear();
  setPageLang(pageLang);
  if (vi.isFakeTimers()) vi.useRealTimers(); // (after `leaveAlone`)
  for (const step of cleanupSteps) step();
}
