import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define-library.js';
import { clone, libraryIndex } from '../fixtures.js';

interface Args {
  content?: unknown;
  viewer?: string;
  lang?: string;
}

const meta = {
  title: 'Composants/Tutos/Bibliothèque',
  component: 'qd-tuto-library',
  parameters: {
    docs: {
      description: {
        component:
          'La **liste des tutos du centre**, depuis un fichier index : une recherche qui ignore les accents et les majuscules (« telephone » trouve « téléphone »), des thèmes à cocher, le nombre trouvé annoncé, et un message clair quand rien ne correspond. Fichier CDN à part : `tuto-library.js`.',
      },
    },
    // No `embed` snippet: the docs app's snippets know only a package's main CDN file (tutos.js,
    // <qd-tuto>); this element has its own file, tuto-library.js (see docs/tutos.md).
  },
  argTypes: {
    content: { control: 'object', description: 'La liste (objet JSON), prioritaire sur `src`.' },
    viewer: {
      control: 'text',
      description: 'Page qui affiche un tuto depuis `?src=` (pour les tutos sans `url`).',
    },
    lang: { control: 'inline-radio', options: ['fr', 'en', 'ar'], description: 'Langue.' },
  },
  args: { content: libraryIndex },
  render: (a) =>
    html`<qd-tuto-library
      .content=${a.content}
      viewer=${ifDefined(a.viewer)}
      lang=${ifDefined(a.lang)}
    ></qd-tuto-library>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Les tutos sans page : le titre mène à la page `viewer` avec le fichier. */
export const AvecUnePageDeLecture: Story = {
  name: 'Avec une page de lecture (viewer)',
  args: {
    content: {
      ...clone(libraryIndex),
      tutorials: clone(libraryIndex).tutorials.map(({ url: _u, ...e }) => e),
    },
    viewer: '/tutos/lire/',
  },
};

export const Vide: Story = {
  name: 'Bibliothèque vide',
  args: { content: { ...clone(libraryIndex), tutorials: [] } },
};

export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };
