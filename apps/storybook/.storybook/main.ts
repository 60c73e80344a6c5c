import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../../../packages/*/src/**/*.stories.ts', '../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No English onboarding checklist (sidebar widget and "Guide" page of the menu): the docs app
  // speaks French to centres, and its first page is the kit's own « Démarrer ».
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Documentation' },
  viteFinal: (config) => ({
    ...config,
    build: {
      ...config.build,
      // Storybook's own chunks (axe, docs blocks) are big and that is fine for a docs site.
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        ...config.build?.rollupOptions,
        onwarn(warning, warn) {
          // zod places /* @__PURE__ */ where Rollup cannot use it; harmless, and not ours to fix.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
};

export default config;
