import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseStyles, TOKENS, type TokenName } from './tokens.js';
import {
  cleanup,
  mount,
  setPageLang,
  shadow,
  stubFetch,
  loaded,
} from '@quartiers-douai/kit-scripts/testing';
import '../test/test-element.js';

beforeEach(() => setPageLang('fr'));
afterEach(cleanup);

const css = baseStyles.cssText;

/** `#fff`, `#ffffff`, `white` → `#ffffff` (the browser's own parser). */
function hex(color: string): string {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = '#010203';
  ctx.fillStyle = color;
  return ctx.fillStyle;
}

/** The defaults baseStyles gives each `--qd-*` token, in one scheme's block. */
function defaultsIn(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, name, value] of block.matchAll(
    /var\((--qd-color-[\w-]+|--qd-radius|--qd-space|--qd-font-size|--qd-target-size),\s*([^()]+?)\)/g,
  ))
    if (!out.has(name!)) out.set(name!, value!.trim());
  return out;
}
const DARK = '@media (prefers-color-scheme: dark)';
const darkStart = css.indexOf(DARK);
const light = defaultsIn(css.slice(0, darkStart));
const dark = defaultsIn(
  css.slice(darkStart, css.indexOf('color-scheme: dark', darkStart + DARK.length)),
);

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex(c).slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('theme tokens', () => {
  it('the styles read every colour token they use with the documented light and dark defaults', () => {
    expect(darkStart).toBeGreaterThan(0);
    expect(light.size).toBeGreaterThan(8);
    for (const [name, value] of light) {
      const token = TOKENS[name as TokenName];
      expect(token, `${name} is not documented in TOKENS`).toBeDefined();
      if (name.startsWith('--qd-color-')) {
        expect([name, hex(value)]).toEqual([name, hex(token.light)]);
        expect([name, hex(dark.get(name) ?? '')]).toEqual([name, hex(token.dark)]);
      } else expect([name, value]).toEqual([name, token.light]);
    }
  });

  it('never declares a --qd-* property (that would block the page’s theme from inheriting)', () => {
    expect(css).not.toMatch(/(^|[;{\s])--qd-[\w-]+\s*:/);
  });

  it.each(['light', 'dark'] as const)(
    'default colour pairs meet WCAG AA in the %s scheme',
    (scheme) => {
      const c = (name: string) => TOKENS[`--qd-color-${name}` as TokenName][scheme];
      const text: Array<[string, string]> = [
        ['text', 'bg'],
        ['text', 'surface'],
        ['muted', 'bg'],
        ['muted', 'surface'],
        ['on-primary', 'primary'],
        ['primary', 'bg'],
        ['primary', 'surface'],
        ['danger', 'bg'],
        ['danger', 'surface'],
        ['success', 'bg'],
        ['warning', 'bg'],
      ];
      for (const [fg, bg] of text)
        expect([fg, bg, contrast(c(fg), c(bg)) >= 4.5]).toEqual([fg, bg, true]);
      for (const [fg, bg] of [
        ['border', 'bg'],
        ['focus', 'bg'],
        ['focus', 'surface'],
      ] as const)
        expect([fg, bg, contrast(c(fg), c(bg)) >= 3]).toEqual([fg, bg, true]);
    },
  );

  it('a page themes the element by setting --qd-* on an ancestor', async () => {
    const fetch = stubFetch();
    const wrapper = document.createElement('div');
    wrapper.style.setProperty('--qd-color-primary', 'rgb(122, 31, 92)');
    wrapper.style.setProperty('--qd-target-size', '50px');
    document.body.append(wrapper);
    try {
      const el = await mount('qd-demo', (e) => (e.src = 'x.json'), wrapper);
      fetch.last().respond('', 404);
      await loaded(el);
      const button = shadow(el).querySelector('button')!;
      expect(getComputedStyle(button).backgroundColor).toBe('rgb(122, 31, 92)');
      expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(50);
    } finally {
      wrapper.remove();
    }
  });

  it('buttons are at least 44 px high by default (target size)', async () => {
    const fetch = stubFetch();
    const el = await mount('qd-demo', (e) => (e.src = 'x.json'));
    fetch.last().respond('', 404);
    await loaded(el);
    expect(
      shadow(el).querySelector('button')!.getBoundingClientRect().height,
    ).toBeGreaterThanOrEqual(44);
  });
});
