import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';

export default defineKitVitestConfig({ include: ['bench/**/*.bench.ts'] });
