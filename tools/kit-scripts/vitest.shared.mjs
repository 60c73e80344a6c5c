// One vitest config for every package: tests run in a real (headless) Chromium.
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './chromium.mjs';

const setup = fileURLToPath(new URL('./vitest-setup.mjs', import.meta.url));

/** @param {{ include?: string[], setupFiles?: string[] }} [options] */
export function defineKitVitestConfig(options = {}) {
  return defineConfig({
    // Tests use Lit's development build so that its warnings can fail them.
    resolve: { conditions: ['development', 'browser', 'module', 'import', 'default'] },
    test: {
      include: options.include ?? ['src/**/*.test.ts'],
      setupFiles: [setup, ...(options.setupFiles ?? [])],
      testTimeout: 15_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({ launchOptions: chromiumLaunchOptions() }),
        instances: [{ browser: 'chromium' }],
        // `emulateMedia({ media: 'print' | reducedMotion | forcedColors })`: tests see the page
        // printed, with reduced motion or in high contrast, as a person would.
        commands: {
          /** @param {{ page: import('playwright').Page }} ctx @param {object} options */
          emulateMedia: async (ctx, options) => {
            await ctx.page.emulateMedia(options);
          },
        },
      },
    },
  });
}
