import { TOKENS } from '@quartiers-douai/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, within } from 'storybook/test';
import '../theme/token-table.js';
import { demoContent, demoInvalidContent } from './demo-element.js';
import './demo-element.js';

interface Args {
  primary: string;
  onPrimary: string;
  surface: string;
  radius: string;
  fontSize: string;
}

const meta = {
  title: 'Socle (core)/Thème',
  parameters: {
    docs: {
      description: {
        component:
          'Une page habille tous les composants du kit en posant des propriétés `--qd-*` sur un ancêtre (par exemple `body`). Les valeurs par défaut respectent les contrastes WCAG AA, en clair comme en sombre.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Every token of `TOKENS` (`@quartiers-douai/core`), with its light and dark values. */
export const Tokens: Story = {
  name: 'Jetons du thème',
  render: () => html`<qd-sb-tokens></qd-sb-tokens>`,
  play: async ({ canvasElement }) => {
    const table = canvasElement.querySelector('qd-sb-tokens')!;
    const view = within(table.shadowRoot as unknown as HTMLElement);
    const rows = await view.findAllByRole('row');
    await expect(rows).toHaveLength(Object.keys(TOKENS).length + 1);
    await expect(view.getByRole('rowheader', { name: '--qd-color-primary' })).toBeVisible();
  },
};

/**
 * A centre's colours: the page sets a few `--qd-*` properties, every component follows — buttons,
 * panels, focus ring. Try other values in "Controls" (keep a contrast of 4.5:1).
 */
export const CentreColours: Story = {
  name: 'Couleurs d’un centre',
  // These are light colours: shown on the light tokens, whatever the "Couleurs" toolbar says.
  globals: { scheme: 'light' },
  args: {
    primary: '#7a1f5c',
    onPrimary: '#ffffff',
    surface: '#f8f0f5',
    radius: '1rem',
    fontSize: '1.125rem',
  },
  argTypes: {
    primary: { control: 'color', name: '--qd-color-primary' },
    onPrimary: { control: 'color', name: '--qd-color-on-primary' },
    surface: { control: 'color', name: '--qd-color-surface' },
    radius: { control: 'text', name: '--qd-radius' },
    fontSize: { control: 'text', name: '--qd-font-size' },
  },
  render: (args) =>
    html`<div
      style=${styleMap({
        '--qd-color-primary': args.primary,
        '--qd-color-focus': args.primary,
        '--qd-color-on-primary': args.onPrimary,
        '--qd-color-surface': args.surface,
        '--qd-radius': args.radius,
        '--qd-font-size': args.fontSize,
        display: 'grid',
        gap: '1rem',
      })}
    >
      <qd-sb-demo .content=${demoContent} read-aloud></qd-sb-demo>
      <qd-sb-demo .content=${demoInvalidContent}></qd-sb-demo>
    </div>`,
};

/** The kit's dark tokens (toolbar "Couleurs" → Sombre). */
export const Dark: Story = {
  name: 'Sombre',
  globals: { scheme: 'dark' },
  render: () =>
    html`<div style="display: grid; gap: 1rem">
      <qd-sb-demo .content=${demoContent} read-aloud></qd-sb-demo>
      <qd-sb-demo .content=${demoInvalidContent}></qd-sb-demo>
    </div>`,
};
