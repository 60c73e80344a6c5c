import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../define-maker.js';
import type { QdTutoMaker } from './tuto-maker.js';
import { clone, tinyTuto } from '../fixtures.js';
import { inFrench } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  storage?: 'none' | 'session' | 'local';
  lang?: string;
}

const meta = {
  title: 'Composants/Tutos/Créer un tuto',
  component: 'qd-tuto-maker',
  parameters: {
    docs: {
      description: {
        component:
          'L’outil d’atelier pour **créer un tuto** sur un téléphone ou un ordinateur du centre : titre, ce qu’on apprend, niveau, durée, ce qu’il faut ; puis les étapes, chacune avec sa photo (appareil photo ou galerie, réduite dans le navigateur et **sans position GPS**) et sa description obligatoire, son texte, et la voix de l’auteur avec **ce qui est dit** (obligatoire avec un son). « Monter » / « Descendre » au clavier, « Aperçu », brouillon gardé sur l’appareil, « Exporter le tuto » en un seul fichier JSON. Fichier CDN à part : `tuto-maker.js`.',
      },
    },
    // No `embed` snippet: the docs app's snippets know only a package's main CDN file (tutos.js,
    // <qd-tuto>); this element has its own file, tuto-maker.js (see docs/tutos.md).
  },
  argTypes: {
    content: { control: 'object', description: 'Un tuto de départ (facultatif).' },
    storage: {
      control: 'inline-radio',
      options: ['local', 'session', 'none'],
      description: 'Où garder le brouillon (`local` par défaut).',
    },
    lang: { control: 'inline-radio', options: ['fr', 'en', 'ar'], description: 'Langue.' },
  },
  args: { storage: 'session' },
  render: (a) =>
    html`<qd-tuto-maker
      .content=${a.content}
      storage=${ifDefined(a.storage)}
      lang=${ifDefined(a.lang)}
    ></qd-tuto-maker>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Un formulaire vide, brouillon gardé dans l'onglet. */
export const Playground: Story = {};

/** Partir d'un tuto existant (photo, voix et transcription). */
export const AvecUnTuto: Story = {
  name: 'Partir d’un tuto',
  args: { content: clone(tinyTuto), storage: 'none' },
};

/** « Exporter » avec des oublis : la liste, chaque champ marqué, le curseur sur le premier. */
export const CeQuiManque: Story = {
  name: 'Ce qui manque avant d’exporter',
  args: { storage: 'none' },
  play: inFrench(async ({ canvasElement }) => {
    const el = canvasElement.querySelector<QdTutoMaker>('qd-tuto-maker')!;
    await el.updateComplete;
    const view = within(el.shadowRoot as unknown as HTMLElement);
    await userEvent.click(view.getByRole('button', { name: 'Exporter le tuto' }));
    await waitFor(() => expect(view.getByRole('alert')).toHaveTextContent('Écrivez un titre.'));
  }),
};

export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar', storage: 'none' } };
