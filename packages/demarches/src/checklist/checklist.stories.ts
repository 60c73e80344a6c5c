import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';
import { samples } from '../fixtures.js';
import { fileOf } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  storage?: 'none' | 'local' | 'session';
  easy?: boolean;
  lang?: string;
}

const meta = {
  title: 'Composants/Démarches/À préparer',
  component: 'qd-demarche-checklist',
  parameters: {
    docs: {
      description: {
        component:
          'La liste **« À préparer »** d’une démarche, seule : une case par chose à apporter, avec pourquoi elle est utile, et « Imprimer la liste » (une feuille propre, avec l’adresse du vrai service écrite en entier). Elle lit le même fichier que `<qd-demarche>`. Avec `storage="local"`, les cases cochées restent sur l’appareil, avec « Effacer mes données ».',
      },
    },
    embed: {
      package: '@quartiers-douai/demarches',
      tag: 'qd-demarche-checklist',
      title: 'À préparer avant la démarche',
      height: 640,
      attributes: (args: Record<string, unknown>) => ({
        src: fileOf(args['content'], samples, 'ma-demarche.json'),
        ...(args['storage'] && args['storage'] !== 'none' ? { storage: args['storage'] } : {}),
      }),
    },
  },
  argTypes: {
    content: { control: 'object', description: 'La démarche (objet JSON) : son champ `prepare`.' },
    storage: {
      control: 'inline-radio',
      options: ['none', 'local', 'session'],
      description: 'Garder les cases cochées sur l’appareil (rien par défaut).',
    },
    easy: { control: 'boolean', description: 'Texte « Facile à lire ».' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.rdv, storage: 'none' },
  render: (a) =>
    html`<qd-demarche-checklist
      .content=${a.content}
      storage=${a.storage ?? 'none'}
      .easy=${a.easy}
      lang=${ifDefined(a.lang)}
    ></qd-demarche-checklist>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Gardée sur l'appareil : les cases cochées reviennent à la visite suivante. */
export const GardeeSurLAppareil: Story = {
  name: 'Gardée sur l’appareil',
  args: { content: samples.adresse, storage: 'local' },
};

export const Arabe: Story = {
  name: 'Arabe (RTL)',
  args: { content: samples.compte, lang: 'ar' },
};
