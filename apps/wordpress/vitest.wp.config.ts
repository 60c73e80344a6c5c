import { defineConfig } from 'vitest/config';

// End-to-end tests against the WordPress that `pnpm wp:start` runs (its state file gives the
// address and the logins): one Chromium per file, one file at a time (2 cores shared).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 20_000,
  },
});
