import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define-audience-vote.js';
import { samples } from '../fixtures.js';

interface Args {
  content?: unknown;
  kiosk?: boolean;
  staffPin?: string;
  resetDelay?: number;
  lang?: string;
}

const meta = {
  title: 'Composants/Festival/Vote du public',
  component: 'qd-audience-vote',
  parameters: {
    docs: {
      description: {
        component:
          'Le **prix du public** (fichier CDN `audience-vote.js`) : choisir un film, voter. En kiosque (`kiosk`), chaque vote est compté sur la tablette et l’écran revient au vote pour la personne suivante ; l’équipe ouvre son espace avec le code pour voir et télécharger le décompte.',
      },
    },
  },
  argTypes: {
    content: { control: 'object', description: 'Le festival (objet JSON).' },
    kiosk: { control: 'boolean', description: 'Tablette partagée.' },
    staffPin: { control: 'text', description: 'Code de l’espace de l’équipe.' },
    resetDelay: { control: 'number', description: 'Secondes de l’écran « Merci ».' },
    lang: { control: 'inline-radio', options: ['fr', 'en', 'ar'], description: 'Langue.' },
  },
  args: { content: samples.festival, kiosk: true, staffPin: '2468', resetDelay: 20 },
  render: (a) =>
    html`<qd-audience-vote
      .content=${a.content}
      .kioskMode=${a.kiosk ?? false}
      staff-pin=${ifDefined(a.staffPin)}
      reset-delay=${ifDefined(a.resetDelay)}
      lang=${ifDefined(a.lang)}
    ></qd-audience-vote>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** En kiosque, code de l'équipe 2468. */
export const Kiosque: Story = {};

/** Sur un téléphone : le vote est un événement pour la page. */
export const Telephone: Story = { name: 'Sur un téléphone', args: { kiosk: false } };

/** Interface en arabe, de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };
