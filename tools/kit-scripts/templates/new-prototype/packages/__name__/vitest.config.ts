import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';

export default defineKitVitestConfig();
