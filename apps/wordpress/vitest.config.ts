import { defineConfig } from 'vitest/config';

// Node-side checks of the plugin's sources that need neither PHP nor WordPress.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/*.test.ts'],
  },
});
