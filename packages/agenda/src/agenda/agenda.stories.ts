import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../define.js';
import type { QdAgenda } from './agenda.js';
import { allCentres, samples, tinyAgenda } from '../fixtures.js';
import type { Audience } from '../schema.js';

interface Args {
  content?: unknown;
  view?: 'list' | 'month';
  centre?: string;
  audience?: Audience;
  today?: string;
  lang?: string;
}

/** The agenda's shadow root, queried as a person perceives it (roles, names). */
async function agenda(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector<QdAgenda>('qd-agenda')!;
  await waitFor(() => expect(el.contentStatus).toBe('ready'));
  await el.updateComplete;
  return { el, view: within(el.shadowRoot as unknown as HTMLElement) };
}

/** Plays only in the French pass (names as a French reader sees them); axe checks every pass. */
const inFrench =
  (play: (c: { canvasElement: HTMLElement }) => Promise<void>) =>
  async (c: { canvasElement: HTMLElement; globals: Record<string, unknown> }) => {
    if ((c.globals['lang'] ?? 'fr') !== 'fr') return;
    await play(c);
  };

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
