import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../define.js';
import type { QdScenarioDebrief } from './debrief.js';
import { samples } from '../fixtures.js';
import { fileOf, inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  lang?: string;
}

/** The story's <qd-scenario-debrief>, once shown; `view` queries its shadow root as a person perceives it. */
const debrief = (canvas: HTMLElement) => story<QdScenarioDebrief>(canvas, 'qd-scenario-debrief');

const meta = {
  title: 'Composants/Scénario/Débrief',
  component: 'qd-scenario-debrief',
  parameters: {
    docs: {
      description: {
        component:
          'Le **temps d’échange** après une histoire : les questions pour en parler en groupe, ce qu’il faut retenir, et où trouver de l’aide (le 3018 avec un lien « Appeler le 3018 », les sites que donne l’histoire). Il lit le même fichier que `<qd-scenario>`. Le bouton « Imprimer » donne une feuille propre à distribuer : boutons cachés, adresses des liens écrites en entier.',
      },
    },
    embed: {
      package: '@quartiers-douai/scenario',
      tag: 'qd-scenario-debrief',
      title: 'Débrief de l’histoire',
      height: 720,
      attributes: (args: Record<string, unknown>) => ({
        src: fileOf(args['content'], samples, 'mon-histoire.json'),
      }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'L’histoire (objet JSON) : son champ `debrief` est affiché.',
    },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.anonyme },
  render: (a) =>
    html`<qd-scenario-debrief
      .content=${a.content}
      lang=${ifDefined(a.lang)}
    ></qd-scenario-debrief>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** « Le compte anonyme » : questions, points clés, le 3018 et PHAROS. */
export const Playground: Story = {
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await debrief(canvasElement);
    await expect(view.getByRole('heading', { level: 2 })).toHaveTextContent('Débrief');
    await expect(view.getByRole('link', { name: 'Appeler le 3018' })).toHaveAttribute(
      'href',
      'tel:3018',
    );
  }),
};

/** « La photo de groupe » : le 3018 et le droit à l'effacement (CNIL). */
export const LaPhotoDeGroupe: Story = {
  name: 'La photo de groupe',
  args: { content: samples.photo },
};

/** « Le cadeau dans le jeu » : Cybermalveillance, le 3018, et un site pour les parents. */
export const LeCadeauDansLeJeu: Story = {
  name: 'Le cadeau dans le jeu',
  args: { content: samples.cadeau },
};

/** « Vrai ou fake ? » : des sites de vérification fiables. */
export const VraiOuFake: Story = {
  name: 'Vrai ou fake ?',
  args: { content: samples.fake },
};

/** Interface en arabe, de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };
