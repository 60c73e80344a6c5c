import { mergeConfig } from 'vitest/config';
import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';

export default mergeConfig(defineKitVitestConfig(), {
  // Test-only dependencies, pre-bundled up front: found mid-run, Vite would reload the page.
  optimizeDeps: { include: ['fast-check', 'axe-core'] },
});
