import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../define.js';
import type { QdFilmGallery } from './gallery.js';
import { samples } from '../fixtures.js';
import { inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  list?: boolean;
  lang?: string;
  readAloud?: boolean;
}

/** The story's <qd-film-gallery>, once shown; `view` queries its shadow root as a person perceives it. */
const gallery = (canvas: HTMLElement) => story<QdFilmGallery>(canvas, 'qd-film-gallery');

const meta = {
  title: 'Composants/Festival/Galerie des films',
  component: 'qd-film-gallery',
  parameters: {
    docs: {
      description: {
        component:
          'La **galerie du festival** : filtres par catégorie et par centre, fiches accessibles (affiche chargée au défilement), et une page par film avec le lecteur vidéo du navigateur, les sous-titres affichés d’office et la transcription à déplier. Aucune lecture automatique, aucun lecteur tiers. Les vidéos de ces exemples (`content/media/`) ont été fabriquées avec ffmpeg.',
      },
    },
    embed: {
      package: '@quartiers-douai/film-festival',
      tag: 'qd-film-gallery',
      title: 'Festival du film court',
      height: 900,
      attributes: () => ({ src: 'festival.json' }),
    },
  },
  argTypes: {
    content: { control: 'object', description: 'Le festival (objet JSON).' },
    list: { control: 'boolean', description: 'Fiches en liste plutôt qu’en grille.' },
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
  args: { content: samples.festival },
  render: (a) =>
    html`<qd-film-gallery
      .content=${a.content}
      ?list=${a.list}
      lang=${ifDefined(a.lang)}
      .readAloud=${a.readAloud}
    ></qd-film-gallery>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Le festival d'exemple : quatre films, trois catégories, trois centres. */
export const Playground: Story = {
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await gallery(canvasElement);
    await expect(view.getAllByRole('article')).toHaveLength(4);
    await expect(view.getByText('4 films')).toBeDefined();
  }),
};

/** Fiches en liste. */
export const EnListe: Story = { name: 'En liste', args: { list: true } };

/** Interface en arabe, de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };

/**
 * « Écouter » (`read-aloud`) : le festival, puis chaque film (titre, catégorie, durée, centre,
 * résumé — en Facile à lire s’il est activé —, auteurs). Le code de la lecture n’est téléchargé
 * que lorsque l’attribut est mis. Le jury et le vote du public ont le même attribut.
 */
export const Ecouter: Story = {
  name: 'Écouter (lecture à voix haute)',
  args: { readAloud: true },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await gallery(canvasElement);
    if (!('speechSynthesis' in window)) return; // (no dead button where the browser cannot speak)
    await waitFor(() => expect(view.getAllByRole('button', { name: 'Écouter' })).toHaveLength(5));
  }),
};
