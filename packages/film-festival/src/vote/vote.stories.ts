import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define-audience-vote.js';
import { samples } from '../fixtures.js';

interface Args {
  content?: unknown;
  kiosk?: boolean;
  storage?: 'none' | 'local';
  collect?: 'event' | 'demo';
  staffPin?: string;
  resetDelay?: number;
  lang?: string;
  readAloud?: boolean;
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
    readAloud: {
      control: 'boolean',
      name: 'read-aloud',
      description: 'Boutons « Écouter » (leur code n’est chargé qu’une fois activés).',
    },
    content: { control: 'object', description: 'Le festival (objet JSON).' },
    kiosk: { control: 'boolean', description: 'Tablette partagée.' },
    storage: {
      control: 'inline-radio',
      options: ['none', 'local'],
      description: 'Borne : `local` garde le décompte sur la tablette (sans cela, pas de vote).',
    },
    collect: {
      control: 'inline-radio',
      options: [undefined, 'event', 'demo'],
      description:
        'Où vont les votes hors borne : `event` (la page les prend), `demo` (démonstration, rien n’est gardé). Sans destination, l’auteur voit quoi ajouter.',
    },
    staffPin: { control: 'text', description: 'Code de l’espace de l’équipe.' },
    resetDelay: { control: 'number', description: 'Secondes de l’écran « Merci ».' },
    lang: { control: 'inline-radio', options: ['fr', 'en', 'ar'], description: 'Langue.' },
  },
  args: {
    content: samples.festival,
    kiosk: true,
    storage: 'local',
    staffPin: '2468',
    resetDelay: 20,
  },
  render: (a) =>
    html`<qd-audience-vote
      .content=${a.content}
      .kioskMode=${a.kiosk ?? false}
      storage=${ifDefined(a.storage)}
      collect=${ifDefined(a.collect)}
      staff-pin=${ifDefined(a.staffPin)}
      reset-delay=${ifDefined(a.resetDelay)}
      lang=${ifDefined(a.lang)}
      .readAloud=${a.readAloud}
    ></qd-audience-vote>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** En kiosque, le décompte gardé sur la tablette (`storage="local"`), code de l'équipe 2468. */
export const Kiosque: Story = {};

/** Sur un téléphone, en démonstration (`collect="demo"`) : c'est écrit, rien n'est gardé. Un site qui garde les votes met `collect="event"` et prend chaque `qd-vote`. */
export const Telephone: Story = {
  name: 'Sur un téléphone (démonstration)',
  args: { kiosk: false, storage: 'none', collect: 'demo' },
};

/** Sans destination : l'auteur de la page voit quoi ajouter, personne n'est remercié pour un vote perdu. */
export const SansDestination: Story = {
  name: 'Sans destination',
  args: { kiosk: false, storage: 'none', collect: undefined },
};

/** Interface en arabe, de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };
