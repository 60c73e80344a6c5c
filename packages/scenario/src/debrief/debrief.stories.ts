import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor, within } from 'storybook/test';
import '../define.js';
import type { QdScenarioDebrief } from './debrief.js';
import { samples } from '../fixtures.js';

interface Args {
  content?: unknown;
  lang?: string;
}

/** The debrief's shadow root, queried as a person perceives it (roles, names). */
async function debrief(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector<QdScenarioDebrief>('qd-scenario-debrief')!;
  await waitFor(() => expect(el.contentStatus).not.toBe('loading'));
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

/** The sample files are named after their `id` (content/le-compte-anonyme.json…). */
function fileOf(content: unknown): string {
  const id = (content as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && Object.values(samples).some((s) => s.id === id)
    ? `${id}.json`
    : 'mon-histoire.json';
}

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
      attributes: (args: Record<string, unknown>) => ({ src: fileOf(args['content']) }),
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
