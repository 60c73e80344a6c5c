import { mergeConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** reports/ at the root of the monorepo (screenshots are for people to look at, not committed). */
const reports = resolve(dirname(fileURLToPath(import.meta.url)), '../../reports');

// Playwright's page, reachable from the tests (vitest browser mode runs them inside a frame of it).
type Ctx = Parameters<BrowserCommand<[]>>[0] & {
  page: import('playwright').Page;
  frame(): Promise<import('playwright').Frame>;
};

/** `forced-colors: active` (and back), as Windows high-contrast users see the page. */
const forcedColors: BrowserCommand<[on: boolean]> = async (ctx, on) => {
  await (ctx as Ctx).page.emulateMedia({ forcedColors: on ? 'active' : 'none' });
};

/** Screenshot of the first element matching `selector`, whole (not only what the frame shows). */
const shoot: BrowserCommand<[selector: string, name: string]> = async (ctx, selector, name) => {
  const file = resolve(reports, 'screenshots', `${name.replace(/[^\w./-]+/g, '-')}.png`);
  await mkdir(dirname(file), { recursive: true });
  const frame = await (ctx as Ctx).frame();
  await frame.locator(selector).first().screenshot({ path: file, animations: 'disabled' });
  return file;
};

export default mergeConfig(defineKitVitestConfig(), {
  test: { browser: { commands: { forcedColors, shoot } } },
});
