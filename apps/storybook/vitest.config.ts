// Every story is a test: it renders in headless Chromium (the system one, see
// tools/kit-scripts/chromium.mjs), its play function runs, then axe checks it
// (`parameters.a11y.test = 'error'` in .storybook/preview.ts). Run with `pnpm test`.
// Two passes: as shown by default (French, light), then with the kit's dark tokens in Arabic
// (right to left) — contrast and layout problems often hide there. Only the first:
// `pnpm test -- --project stories`.
import { chromiumLaunchOptions } from '@quartiers-douai/kit-scripts/chromium';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Docs (MDX, React) are not rendered in story tests, so React is not resolvable there: drop it
 * from the pre-bundled dependencies that @storybook/addon-docs asks for (avoids "Failed to resolve
 * dependency: react" warnings).
 */
const noReactPrebundle: Plugin = {
  name: 'qd:no-react-prebundle',
  enforce: 'post',
  config(config) {
    const include = config.optimizeDeps?.include;
    if (include)
      config.optimizeDeps!.include = include.filter((d) => !/^react(-dom)?(\/|$)/.test(d));
  },
};

// A fresh object per project: Vitest writes the instance's name into it.
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  // Two Chromium sessions start together; give a busy 2-core machine time to open them.
  connectTimeout: 180_000,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
});

/**
 * One pass over every story with `initialGlobals`. Each pass gets its own Vite cache: the
 * Storybook plugin would give all three the same one, and they pre-bundle at the same time.
 */
const project = (name: string, initialGlobals: Record<string, string>, exclude: string[] = []) => {
  const cacheDir: Plugin = {
    name: 'qd:cache-per-pass',
    enforce: 'post',
    config: () => ({
      cacheDir: `node_modules/.cache/sb-vitest/${Object.values(initialGlobals).join('-') || 'default'}`,
    }),
  };
  return {
    extends: true as const,
    plugins: [
      storybookTest({ configDir: '.storybook', initialGlobals, tags: { exclude } }),
      noReactPrebundle,
      cacheDir,
    ],
    test: { name, browser: browser() },
  };
};

export default defineConfig({
  test: {
    // Lit dev-mode warnings fail the story that caused them, as in the packages' tests.
    setupFiles: ['@quartiers-douai/kit-scripts/vitest-setup'],
    testTimeout: 20_000,
    projects: [
      project('stories', {}),
      // Tools of the docs app itself (tag "internal") are checked once, in the first pass.
      project('stories (sombre, arabe)', { scheme: 'dark', lang: 'ar' }, ['internal']),
    ],
  },
});
