import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';

// The kit's config: its `emulateMedia` browser command lets the printed checklist and agreement
// be tested as printed, not only as rendered.
export default defineKitVitestConfig();
