import { defineConfig } from 'vitest/config';

// Node-side tests that drive a real Chromium (playwright-core) against a static server on
// 127.0.0.1: one browser per test file, one file at a time (2 cores shared by everyone).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 10_000,
  },
});
