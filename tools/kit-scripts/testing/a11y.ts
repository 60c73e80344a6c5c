/**
 * Accessibility checks (axe-core on WCAG 2.2 A/AA, the kit's target) and the page's media as a
 * person may set it (print, reduced motion, forced colours), through the kit's `emulateMedia`
 * browser command (vitest.shared.mjs).
 */
import axe from 'axe-core';
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia(options: {
      media?: 'print' | 'screen' | null;
      forcedColors?: 'active' | 'none' | null;
      reducedMotion?: 'reduce' | 'no-preference' | null;
    }): Promise<void>;
  }
}

/** WCAG 2.0–2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violationsOf(el: Element, options: axe.RunOptions): Promise<axe.Result[]> {
  const results = await axe.run(el, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
    ...options,
  });
  return results.violations;
}

/** axe's violations inside `el` (shadow DOM included), as `rule: targets` lines; [] when none. */
export async function axeViolations(el: Element, options: axe.RunOptions = {}): Promise<string[]> {
  return (await violationsOf(el, options)).map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Fails with a readable list (rule, impact, help, each target) when axe finds a violation. */
export async function expectNoAxeViolations(
  el: Element,
  options: axe.RunOptions = {},
): Promise<void> {
  const violations = await violationsOf(el, options);
  if (violations.length > 0) {
    const lines = violations.flatMap((v) => [
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
      ...v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    ]);
    throw new Error(`axe found ${violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

/** Print media, reduced motion, forced colours… (`null` resets). */
export async function emulate(options: Parameters<typeof commands.emulateMedia>[0]): Promise<void> {
  await commands.emulateMedia(options);
}
