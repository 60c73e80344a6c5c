import { describe, it, expect, afterEach } from 'vitest';
import { keyboardGate, pageGate } from './a11y-gates.js';
import { brokenA11ySubject } from './fixtures/broken-a11y.js';

afterEach(() => document.body.replaceChildren());

describe('gate 2 catches the deliberately inaccessible fixture', () => {
  it('a block wider than 320 px, and an icon button invisible in forced colours', async () => {
    const failures = await pageGate(brokenA11ySubject, { axe: false });
    expect(
      failures.some((f) => f.includes('320 px') && f.includes('goes past the 320 px viewport')),
    ).toBe(true);
    expect(failures.some((f) => f.includes('forced colours') && f.includes('.icon'))).toBe(true);
  });

  it('a keyboard trap', async () => {
    const failures = await keyboardGate(brokenA11ySubject);
    expect(failures.some((f) => f.includes('keyboard trap: Tab'))).toBe(true);
  });

  it('a prototype without a keyboard walk is told, in French, what to write', async () => {
    const { keyboard: _, ...quality } = brokenA11ySubject.quality;
    const failures = await keyboardGate({ ...brokenA11ySubject, quality });
    expect(failures.join()).toMatch(/n'exporte pas « keyboard\(el, kb\) »/);
  });
});
