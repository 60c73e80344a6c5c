import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';
import type { Qd__Name__ } from './__name__.js';
import { clone, samples, withoutEasy } from '../fixtures.js';
import { fileOf, focusedIn, inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  easy?: boolean;
  readAloud?: boolean;
  lang?: string;
}

/** The story's <qd-__element__>, once shown; `view` queries its shadow root as a person perceives it. */
const element = (canvas: HTMLElement) => story<Qd__Name__>(canvas, 'qd-__element__');

const FOR_CENTRES = `**__title__** : un premier écran (un titre, un texte court, « Continuer »), puis un second (« Recommencer »). Chaque texte peut avoir sa version **Facile à lire** et être **écouté** ; l’interface parle français, anglais et arabe.

**Accessibilité** : de vrais boutons ; après chaque écran, le focus va à son titre ; l’étape (« Étape 2 sur 2 ») est annoncée.`;

const meta = {
  title: 'Composants/__title__',
  component: 'qd-__element__',
  parameters: {
    docs: { description: { component: FOR_CENTRES } },
    embed: {
      package: '@quartiers-douai/__name__',
      tag: 'qd-__element__',
      title: '__title__',
      height: 480,
      attributes: (args: Record<string, unknown>) => ({
        src: fileOf(args['content'], samples, 'mon-contenu.json'),
        ...(args['easy'] ? { easy: true } : {}),
        ...(args['readAloud'] ? { 'read-aloud': true } : {}),
      }),
    },
  },
  argTypes: {
    content: { control: 'object', description: 'Le contenu (objet JSON), prioritaire sur `src`.' },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC) dès le départ.' },
    readAloud: { control: 'boolean', name: 'read-aloud', description: 'Boutons « Écouter ».' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.premiersPas },
  render: (a) =>
    html`<qd-__element__
      .content=${a.content}
      .easy=${a.easy}
      .readAloud=${a.readAloud}
      lang=${ifDefined(a.lang)}
    ></qd-__element__>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

/** Les textes « Facile à lire » (FALC) dès le départ. */
export const FacileALire: Story = { name: 'Facile à lire', args: { easy: true } };

/** Un bouton « Écouter » pour chaque écran (lecture à voix haute, si l’appareil sait lire). */
export const Ecouter: Story = { name: 'Écouter', args: { readAloud: true } };

/** Sans version Facile à lire : pas de bouton « Facile à lire ». */
export const SansFacileALire: Story = {
  name: 'Sans Facile à lire',
  args: { content: withoutEasy() },
};

/** Le second écran, atteint avec « Continuer » ; le focus va à son titre. */
export const SecondEcran: Story = {
  name: 'Second écran',
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await element(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Continuer' }));
    await waitFor(() => expect(focusedIn(el)?.id).toBe('next-title'));
  }),
};

/** Interface en arabe : la mise en page passe de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };

/** Un contenu avec une erreur : le panneau dit où et quoi corriger, en français. */
export const ContenuInvalide: Story = {
  name: 'Contenu invalide',
  args: {
    content: (() => {
      const c = clone(samples.premiersPas);
      delete c.next.easy;
      return c;
    })(),
  },
  play: async ({ canvasElement }) => {
    const { view } = await element(canvasElement);
    await expect(await view.findByRole('alert')).toHaveTextContent('next.easy');
  },
};
