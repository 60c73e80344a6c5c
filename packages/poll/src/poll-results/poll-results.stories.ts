import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor, within } from 'storybook/test';
import '../define.js';
import type { QdPollResults } from './poll-results.js';
import { sampleFiles, sampleResults } from '../fixtures.js';

interface Args {
  content?: unknown;
  today?: string;
  lang?: string;
}

const meta = {
  title: 'Composants/Sondage citoyen/Résultats',
  component: 'qd-poll-results',
  parameters: {
    docs: {
      description: {
        component:
          'Les résultats d’un sondage, lisibles par tous : des barres accompagnées de leurs chiffres (votes, pourcentages) et d’un tableau, le classement par la méthode de Borda (expliquée à l’écran), la moyenne et la répartition des échelles, les réponses libres en liste. Le fichier est celui que donne l’export JSON de l’espace équipe (ou celui de votre serveur). La règle `results` du sondage est respectée : après le vote, après la clôture, ou jamais.',
      },
    },
    embed: {
      package: '@quartiers-douai/poll',
      tag: 'qd-poll-results',
      title: 'Résultats du sondage',
      height: 900,
      attributes: { src: sampleFiles.resultats },
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'Le fichier de résultats (le sondage et ses bulletins).',
    },
    today: {
      control: 'text',
      description: 'Le jour pris en compte pour la règle de publication (AAAA-MM-JJ).',
    },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: sampleResults, today: '2027-03-01' },
  render: (a) =>
    html`<qd-poll-results
      .content=${a.content}
      today=${ifDefined(a.today || undefined)}
      lang=${ifDefined(a.lang)}
    ></qd-poll-results>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** « Priorités pour l'aire de jeux » : 24 participations d'exemple. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<QdPollResults>('qd-poll-results')!;
    await waitFor(() => expect(el.contentStatus).toBe('ready'));
    const view = within(el.shadowRoot as unknown as HTMLElement);
    await expect(
      await view.findByRole('heading', { name: /Classez les aménagements/ }),
    ).toBeVisible();
  },
};

/** Avant la clôture, avec `"results": "after-close"` : la date de publication est annoncée. */
export const AvantLaCloture: Story = { name: 'Avant la clôture', args: { today: '2027-02-15' } };

/** Interface en arabe : de droite à gauche, chiffres latins. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };
