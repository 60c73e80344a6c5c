import { mergeConfig } from 'vitest/config';
import { defineKitVitestConfig } from '@quartiers-douai/kit-scripts/vitest';

/**
 * The kit's config, plus one browser command: `emulateMedia` switches the page to print media
 * (or forced colors, reduced motion), so the printed checklist and agreement are tested as
 * printed, not only as rendered. (A candidate for kit-scripts.)
 */
export default mergeConfig(defineKitVitestConfig(), {
  test: {
    browser: {
      commands: {
        /** @param {{ page: import('playwright').Page }} ctx */
        emulateMedia: async (ctx, options) => {
          await ctx.page.emulateMedia(options);
        },
      },
    },
  },
});
