import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';
import type { QdAgenda } from './agenda.js';
import { allCentres, samples, tinyAgenda } from '../fixtures.js';
import type { Audience } from '../schema.js';
import { inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  view?: 'list' | 'month';
  centre?: string;
  audience?: Audience;
  today?: string;
  lang?: string;
  readAloud?: boolean;
}

/** The story's <qd-agenda>, once shown; `view` queries its shadow root as a person perceives it. */
const agenda = (canvas: HTMLElement) =>
  story<QdAgenda>(canvas, 'qd-agenda', (el) => expect(el.contentStatus).toBe('ready'));

const FILES = Object.keys(samples)
  .map((k) => `/wp-content/uploads/qd/${k}.json`)
  .join(' ');

const meta = {
  title: 'Composants/Agenda',
  component: 'qd-agenda',
  parameters: {
    docs: {
      description: {
        component:
          'L’**agenda inter-quartiers** : un fichier JSON par centre, réunis en un seul agenda (`src` avec plusieurs adresses séparées par des espaces). Liste par jour (par défaut) ou grille du mois, filtres centre, public, thème et « Cette semaine » (le nombre d’activités est annoncé), détails du centre en mots (adresse, téléphone, accessibilité, transports), « Ajouter à mon agenda » et « Exporter tout » en `.ics`, programme de la semaine à imprimer en A4. Les ateliers qui reviennent restent à leur heure de Paris après le changement d’heure. Guide : page « Écrire l’agenda ».',
      },
    },
    embed: {
      package: '@quartiers-douai/agenda',
      tag: 'qd-agenda',
      title: 'Agenda des centres',
      height: 900,
      attributes: () => ({ src: FILES }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'Un fichier, ou un tableau de fichiers (un par centre).',
    },
    view: {
      control: 'inline-radio',
      options: ['list', 'month'],
      description: 'Liste par jour ou grille.',
    },
    centre: { control: 'text', description: 'Filtre de départ : l’id d’un centre.' },
    audience: {
      control: 'select',
      options: ['enfants', 'jeunes', 'adultes', 'familles'],
      description: 'Filtre de départ : le public.',
    },
    today: { control: 'text', description: 'Le jour compté comme aujourd’hui (AAAA-MM-JJ).' },
    readAloud: {
      control: 'boolean',
      name: 'read-aloud',
      description: 'Boutons « Écouter » (leur code n’est chargé qu’une fois activés).',
    },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: allCentres(), today: '2027-03-30' },
  render: (a) =>
    html`<qd-agenda
      .content=${a.content}
      view=${ifDefined(a.view)}
      centre=${ifDefined(a.centre)}
      audience=${ifDefined(a.audience)}
      today=${ifDefined(a.today)}
      lang=${ifDefined(a.lang)}
      .readAloud=${a.readAloud}
    ></qd-agenda>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Les cinq centres réunis : la liste par jour de mars 2027. */
export const Playground: Story = {
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await agenda(canvasElement);
    await expect(view.getByRole('heading', { level: 2 })).toHaveTextContent('Agenda des centres');
    await expect(view.getByText(/^\d+ activités en mars 2027$/)).toBeTruthy();
  }),
};

/** Un habitant cherche les ateliers pour adultes de cette semaine, dans les cinq centres. */
export const CetteSemainePourAdultes: Story = {
  name: 'Cette semaine, pour les adultes',
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await agenda(canvasElement);
    await userEvent.selectOptions(view.getByLabelText('Public'), 'adultes');
    await userEvent.click(view.getByLabelText('Cette semaine'));
    await waitFor(() => expect(view.getByText('4 activités cette semaine')).toBeTruthy());
  }),
};

/** La grille du mois : un tableau, les activités sont des boutons. */
export const GrilleDuMois: Story = { name: 'Grille du mois', args: { view: 'month' } };

/** La page d'un centre : le filtre « centre » choisi au départ. */
export const UnCentre: Story = { name: 'Un seul centre', args: { centre: 'tilleuls' } };

/** Une activité annulée reste affichée, marquée « Annulé ». */
export const Annulee: Story = {
  name: 'Activité annulée',
  args: { content: tinyAgenda, today: '2027-03-15' },
};

/** Interface en arabe, de droite à gauche (chiffres latins). */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };

/**
 * « Écouter » (`read-aloud`) : le titre et le nombre d’activités, chaque activité (jour, heure,
 * centre, public), ses détails (description, en Facile à lire s’il est activé, adresse, accès).
 * Le code de la lecture n’est téléchargé que lorsque l’attribut est mis.
 */
export const Ecouter: Story = {
  name: 'Écouter (lecture à voix haute)',
  args: { content: tinyAgenda, today: '2027-03-01', readAloud: true },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await agenda(canvasElement);
    if (!('speechSynthesis' in window)) return; // (no dead button where the browser cannot speak)
    await waitFor(() => expect(view.getAllByRole('button', { name: 'Écouter' })).toHaveLength(5));
  }),
};
