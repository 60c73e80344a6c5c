import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';

// The kit's config, and what the festival's tests add to the shared helpers (src/test/setup.ts).
export default defineKitVitestConfig({ setupFiles: ['./src/test/setup.ts'] });
