/**
 * Gate 2 (accessibility of whole screens), as functions that return what they found, so that the
 * same code checks every prototype and the deliberately broken fixture (fixtures/broken-a11y.ts):
 * reflow at 320 CSS px, 200 % text, forced colours, axe (WCAG 2.2 A/AA) on every screen reached by
 * the prototype's `walk`, screenshots at 320 and 1280 px, and the keyboard-only walk.
 */
import axe from 'axe-core';
import { commands, page, userEvent } from 'vitest/browser';
import { deepElements, mount, settle } from './gates.js';
import type { GateSubject } from './gates.js';
import type { KeyboardDriver, QualityModule } from './prototypes.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    forcedColors(on: boolean): Promise<void>;
    shoot(selector: string, name: string): Promise<string>;
  }
}

type El = HTMLElement & { updateComplete?: Promise<unknown> };

const WCAG22 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Short description of an element for a failure message. */
export function describeEl(e: Element): string {
  const id = e.id ? `#${e.id}` : '';
  const part = e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : '';
  const cls = !id && !part && e.classList.length > 0 ? `.${[...e.classList].join('.')}` : '';
  const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${e.localName}${id}${part}${cls}>${text ? ` « ${text} »` : ''}`;
}

/** Visually hidden on purpose (screen-reader-only text, hidden inputs behind a styled label…). */
function visuallyHidden(e: Element): boolean {
  const s = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  return (
    s.display === 'none' ||
    s.visibility === 'hidden' ||
    r.width <= 1 ||
    r.height <= 1 ||
    s.clipPath.startsWith('inset(50%') ||
    (s.position === 'absolute' && s.clip !== 'auto' && s.clip !== '')
  );
}

/** Horizontal scroll of the document, and any element that sticks out of the viewport or clips its text. */
export function overflowFindings(el: Element): string[] {
  const found: string[] = [];
  const doc = document.scrollingElement ?? document.documentElement;
  const vw = doc.clientWidth;
  if (doc.scrollWidth > vw + 1)
    found.push(`horizontal scroll: the page is ${doc.scrollWidth} px wide for ${vw} px`);
  for (const e of deepElements(el)) {
    if (e instanceof HTMLStyleElement || visuallyHidden(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.right > vw + 1 || r.left < -1)
      found.push(
        `${describeEl(e)} goes past the ${vw} px viewport (${Math.round(r.left)}…${Math.round(r.right)} px)`,
      );
    const s = getComputedStyle(e);
    const clips = /hidden|clip|auto|scroll/.test(s.overflowX);
    if (clips && e.scrollWidth > e.clientWidth + 1 && (e.textContent ?? '').trim())
      found.push(
        `${describeEl(e)} ${/auto|scroll/.test(s.overflowX) ? 'scrolls sideways' : 'clips its text'} (${e.scrollWidth} px in ${e.clientWidth} px)`,
      );
    const clipsY = /hidden|clip/.test(s.overflowY);
    if (clipsY && e.scrollHeight > e.clientHeight + 1 && (e.textContent ?? '').trim())
      found.push(
        `${describeEl(e)} clips its text vertically (${e.scrollHeight} px in ${e.clientHeight} px)`,
      );
  }
  return found;
}

const CONTROLS =
  'button, input:not([type=hidden]), select, textarea, a[href], summary, [role=button], [role=link], [tabindex]:not([tabindex="-1"])';

const visibleBorder = (s: CSSStyleDeclaration) =>
  ['Top', 'Right', 'Bottom', 'Left'].some(
    (side) =>
      parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
      !['none', 'hidden'].includes(s.getPropertyValue(`border-${side.toLowerCase()}-style`)) &&
      s.getPropertyValue(`border-${side.toLowerCase()}-color`) !== 'rgba(0, 0, 0, 0)',
  );

/**
 * In forced colours, every control keeps a visible boundary (a border, or a native widget) or
 * its own visible text. (Call with forced colours on.)
 */
export function forcedColorFindings(el: Element): string[] {
  const found: string[] = [];
  if (!matchMedia('(forced-colors: active)').matches) return ['forced colours are not active'];
  for (const e of deepElements(el)) {
    if (!e.matches(CONTROLS) || visuallyHidden(e)) continue;
    const s = getComputedStyle(e);
    const field =
      e instanceof HTMLTextAreaElement ||
      (e instanceof HTMLInputElement &&
        /^(text|search|email|tel|url|number|password|date|time)$/.test(e.type));
    // Native check boxes, radios, selects keep their system look in forced colours.
    const nativeWidget = e.matches('input, select') && !field && s.appearance !== 'none';
    const text = field ? '' : (e.textContent ?? '').trim();
    const textVisible =
      (text !== '' || e.querySelector('svg') !== null) &&
      s.color !== 'rgba(0, 0, 0, 0)' &&
      s.color !== s.backgroundColor &&
      parseFloat(s.fontSize) > 0;
    if (s.opacity === '0' || !(nativeWidget || visibleBorder(s) || textVisible))
      found.push(`${describeEl(e)} has no visible boundary or text in forced colours`);
  }
  return found;
}

export async function axeFindings(el: Element): Promise<string[]> {
  const r = await axe.run(el, {
    runOnly: { type: 'tag', values: WCAG22 },
    resultTypes: ['violations'],
  });
  return r.violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Walks every screen, calling `check` on each; returns the screens reached. */
async function eachScreen(
  q: QualityModule,
  el: El,
  check: (screen: string, n: number) => Promise<void>,
): Promise<string[]> {
  const screens: string[] = [];
  for await (const screen of q.walk(el)) {
    await settle(el);
    screens.push(screen);
    await check(screen, screens.length);
  }
  return screens;
}

export interface PageGateOptions {
  /** Screenshots at 320 and 1280 px into reports/screenshots (real prototypes only). */
  screenshots?: boolean;
  /** axe on every screen (off for fixtures that test something else). */
  axe?: boolean;
}

/** Reflow (320 px), 200 % text (640 px), forced colours, axe; screenshots at 320/1280 px. */
export async function pageGate(s: GateSubject, options: PageGateOptions = {}): Promise<string[]> {
  const failures: string[] = [];
  const short = s.name.replace(/^@[^/]+\//, '');
  const html = document.documentElement;
  try {
    for (const [file, sample] of Object.entries(s.samples)) {
      const id = file.replace(/\.json$/, '');
      // 1. 320 CSS px: no horizontal scroll; axe; screenshot.
      await page.viewport(320, 720);
      let el = await mount(s.quality.tag, structuredClone(sample));
      await eachScreen(s.quality, el, async (screen, n) => {
        for (const f of overflowFindings(el)) failures.push(`${file}, 320 px, ${screen}: ${f}`);
        if (options.axe !== false)
          for (const f of await axeFindings(el)) failures.push(`${file}, ${screen}: ${f}`);
        if (options.screenshots)
          await commands.shoot(
            s.quality.tag,
            `${short}/${id}/320-${String(n).padStart(2, '0')}-${screen}`,
          );
      });
      el.remove();
      // 2. 1280 px: screenshots only.
      if (options.screenshots) {
        await page.viewport(1280, 800);
        el = await mount(s.quality.tag, structuredClone(sample));
        await eachScreen(s.quality, el, async (screen, n) => {
          await commands.shoot(
            s.quality.tag,
            `${short}/${id}/1280-${String(n).padStart(2, '0')}-${screen}`,
          );
        });
        el.remove();
      }
      // 3. 200 % text at 640 px (the same as 320 px at 200 % zoom): no scroll, no clipped text.
      await page.viewport(640, 720);
      html.style.fontSize = '200%';
      el = await mount(s.quality.tag, structuredClone(sample));
      const base = parseFloat(getComputedStyle(el.shadowRoot?.firstElementChild ?? el).fontSize);
      if (base < 31)
        failures.push(
          `${file}, 200 %: the text did not grow (${base} px): sizes must follow the page (rem/em)`,
        );
      await eachScreen(s.quality, el, async (screen) => {
        for (const f of overflowFindings(el)) failures.push(`${file}, 200 % text, ${screen}: ${f}`);
      });
      el.remove();
      html.style.fontSize = '';
      // 4. Forced colours: every control keeps a boundary or text.
      await page.viewport(1024, 720);
      await commands.forcedColors(true);
      try {
        el = await mount(s.quality.tag, structuredClone(sample));
        await eachScreen(s.quality, el, async (screen) => {
          for (const f of forcedColorFindings(el))
            failures.push(`${file}, forced colours, ${screen}: ${f}`);
        });
        el.remove();
      } finally {
        await commands.forcedColors(false);
      }
    }
  } finally {
    html.style.fontSize = '';
    await page.viewport(1024, 720);
  }
  return [...new Set(failures)];
}

// --- keyboard -------------------------------------------------------------------------------

const KEY =
  /^(\{(Tab|Enter|Escape|ArrowUp|ArrowDown|ArrowLeft|ArrowRight|Home|End|\/?Shift>?|Shift>|\/Shift)\}| )+$/;

/** The element that has the focus, looking into shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Text of the live regions (role=status/alert, aria-live) of the element. */
export function announced(el: Element): string {
  return deepElements(el)
    .filter((e) => e.matches('[role=status],[role=alert],[aria-live]:not([aria-live=off])'))
    .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' | ');
}

const within = (el: Element, e: Element | null): boolean => {
  for (let n: Node | null = e; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
    if (n === el) return true;
  return false;
};

/** Tab (or Shift+Tab) from the current focus must leave the element within as many presses as it has controls (+5). */
async function escapes(el: Element, before: HTMLElement, after: HTMLElement): Promise<string[]> {
  const found: string[] = [];
  // Enough presses to visit every control of the element once, and a few more.
  const max =
    deepElements(el).filter((e) => e.matches(CONTROLS) && !e.matches(':disabled')).length + 5;
  const start = deepActive() as HTMLElement | null;
  for (const [key, target, label] of [
    ['{Tab}', after, 'Tab'],
    ['{Shift>}{Tab}{/Shift}', before, 'Shift+Tab'],
  ] as const) {
    start?.focus();
    let n = 0;
    while (document.activeElement !== target && n < max) {
      await userEvent.keyboard(key);
      n++;
    }
    if (document.activeElement !== target)
      found.push(
        `keyboard trap: ${label} pressed ${max} times from ${start ? describeEl(start) : 'nothing'} never leaves <${el.localName}>`,
      );
  }
  start?.focus();
  return found;
}

/** Runs the prototype's keyboard walk; checks focus stays meaningful, no trap, status announced. */
export async function keyboardGate(s: GateSubject): Promise<string[]> {
  const failures: string[] = [];
  const kbWalk = s.quality.keyboard;
  if (!kbWalk)
    return [
      `${s.name} : src/quality.ts n'exporte pas « keyboard(el, kb) ». Écrivez le parcours au clavier seul (Tab, Maj+Tab, flèches, Entrée, Espace, Échap) du premier au dernier écran, en vérifiant avec kb.expectFocus où est le focus après chaque action et avec kb.expectStatus le texte annoncé : voir packages/quiz/src/quality.ts`,
    ];
  for (const [file, sample] of Object.entries(s.samples)) {
    // Where the mouse walk ends: the keyboard walk must get there too.
    const ref = await mount(s.quality.tag, structuredClone(sample));
    let last = '';
    for await (const screen of s.quality.walk(ref)) last = screen;
    ref.remove();

    const before = Object.assign(document.createElement('button'), { textContent: 'avant' });
    const after = Object.assign(document.createElement('button'), { textContent: 'après' });
    document.body.append(before);
    const el = await mount(s.quality.tag, structuredClone(sample));
    document.body.append(after);
    before.focus();
    let focusChecks = 0;
    let statusChecks = 0;
    const kb: KeyboardDriver = {
      async press(keys) {
        if (!KEY.test(keys))
          throw new Error(
            `kb.press("${keys}"): only Tab, Shift+Tab, arrows, Home/End, Enter, Space and Escape`,
          );
        await userEvent.keyboard(keys);
        await settle(el);
      },
      async type(text) {
        const f = deepActive();
        if (!(f instanceof HTMLInputElement || f instanceof HTMLTextAreaElement))
          throw new Error(
            `kb.type: the focus is on ${f ? describeEl(f) : 'nothing'}, not a text field`,
          );
        await userEvent.keyboard(text.replace(/[{[]/g, (c) => c + c));
        await settle(el);
      },
      focused: deepActive,
      announced: () => announced(el),
      async tabTo(match, why, max = 30) {
        for (let n = 0; n <= max; n++) {
          const f = deepActive();
          if (f && within(el, f) && match(f)) return f;
          await kb.press('{Tab}');
        }
        throw new Error(
          `${why}: not reached with ${max} Tab presses (focus on ${describeEl(deepActive() ?? document.body)})`,
        );
      },
      expectFocus(match, why) {
        focusChecks++;
        const f = deepActive();
        if (!f || !within(el, f) || !match(f))
          throw new Error(`focus: ${why} — it is on ${f ? describeEl(f) : 'nothing'}`);
      },
      expectStatus(re, why) {
        statusChecks++;
        const text = announced(el);
        if (!re.test(text)) throw new Error(`status: ${why} — announced « ${text} »`);
      },
    };
    const seen = new Set<string>();
    let reached = '';
    try {
      for await (const screen of kbWalk(el, kb)) {
        await settle(el);
        reached = screen;
        const f = deepActive();
        if (!f || !within(el, f))
          failures.push(
            `${file}, ${screen}: the focus left the element (on ${f ? describeEl(f) : 'nothing'})`,
          );
        if (!seen.has(screen)) {
          seen.add(screen);
          for (const t of await escapes(el, before, after))
            failures.push(`${file}, ${screen}: ${t}`);
        }
      }
    } catch (e) {
      failures.push(
        `${file}, after ${reached || 'the start'}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (reached && reached !== last)
      failures.push(`${file}: the keyboard walk ends on « ${reached} », the walk on « ${last} »`);
    if (focusChecks === 0)
      failures.push(`${file}: the keyboard walk never checks the focus (kb.expectFocus)`);
    if (statusChecks === 0)
      failures.push(
        `${file}: the keyboard walk never checks an announced status (kb.expectStatus)`,
      );
    el.remove();
    before.remove();
    after.remove();
  }
  return [...new Set(failures)];
}
