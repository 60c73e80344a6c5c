import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define-jury.js';
import { samples } from '../fixtures.js';

interface Args {
  content?: unknown;
  storage?: 'none' | 'local';
  lang?: string;
  readAloud?: boolean;
}

const meta = {
  title: 'Composants/Festival/Jury',
  component: 'qd-jury-grid',
  parameters: {
    docs: {
      description: {
        component:
          'La **grille d’un juré** (fichier CDN `jury.js`) : un écran par film, un groupe de boutons radio par critère, un commentaire, le total pondéré calculé en direct ; le récapitulatif télécharge les notes (JSON pour l’organisation, CSV pour un tableur). `<qd-jury-results>` (même fichier) réunit les fichiers des jurés et classe les films.',
      },
    },
  },
  argTypes: {
    readAloud: {
      control: 'boolean',
      name: 'read-aloud',
      description: 'Boutons « Écouter » (leur code n’est chargé qu’une fois activés).',
    },
    content: { control: 'object', description: 'Le festival (objet JSON).' },
    storage: {
      control: 'inline-radio',
      options: ['none', 'local'],
      description: '`local` : les notes sont gardées sur la tablette.',
    },
    lang: { control: 'inline-radio', options: ['fr', 'en', 'ar'], description: 'Langue.' },
  },
  args: { content: samples.festival },
  render: (a) =>
    html`<qd-jury-grid
      .content=${a.content}
      storage=${ifDefined(a.storage)}
      lang=${ifDefined(a.lang)}
      .readAloud=${a.readAloud}
    ></qd-jury-grid>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** La grille, sans rien garder. */
export const Grille: Story = {};

/** Les résultats : choisissez les fichiers téléchargés depuis la grille. */
export const Resultats: Story = {
  name: 'Résultats du jury',
  render: (a) =>
    html`<qd-jury-results .content=${a.content} lang=${ifDefined(a.lang)}></qd-jury-results>`,
};

/** Interface en arabe, de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };
