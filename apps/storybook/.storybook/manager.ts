import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: 'Quartiers#Douai 3.0 — composants',
    fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
    fontCode: 'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", monospace',
  }),
});
