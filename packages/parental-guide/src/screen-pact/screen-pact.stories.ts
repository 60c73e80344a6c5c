import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';
import type { QdScreenPact } from './screen-pact.js';
import { sampleFiles, samples } from '../fixtures.js';
import { focusedIn, inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  ages?: string;
  storage?: 'none' | 'session' | 'local';
  easy?: boolean;
  lang?: string;
}

/** The story's <qd-screen-pact>, once shown; `view` queries its shadow root as a person perceives it. */
const pact = (canvas: HTMLElement) => story<QdScreenPact>(canvas, 'qd-screen-pact');

const meta = {
  title: 'Composants/Contrôle parental/Pacte familial',
  component: 'qd-screen-pact',
  parameters: {
    docs: {
      description: {
        component:
          'Le **pacte familial des écrans** : les règles conseillées pour l’âge des enfants sont déjà cochées (pas d’écran pendant les repas, pas d’écran dans la chambre la nuit, demander avant de télécharger…) ; la famille les garde ou les change, ajoute ses propres règles et les prénoms de qui signe, puis l’imprime. Il est aussi la dernière étape de `<qd-parental-guide>`. Les prénoms et les règles écrites ne sont jamais envoyés dans les événements.',
      },
    },
    embed: {
      package: '@quartiers-douai/parental-guide',
      tag: 'qd-screen-pact',
      title: 'Notre pacte familial',
      height: 900,
      attributes: (args: Record<string, unknown>) => ({
        src: sampleFiles.library,
        ...(args['ages'] ? { ages: String(args['ages']) } : {}),
        ...(args['storage'] && args['storage'] !== 'none'
          ? { storage: String(args['storage']) }
          : {}),
      }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'La bibliothèque de guides (ses `pactRules` et `ageGroups`).',
    },
    ages: {
      control: 'text',
      description:
        'Tranches d’âge cochées au départ, séparées par des espaces (ex. « 6-8 12-14 »).',
    },
    storage: {
      control: 'inline-radio',
      options: ['none', 'session', 'local'],
      description: 'Où garder le pacte en cours (rien par défaut).',
    },
    easy: { control: 'boolean', description: 'Règles en « Facile à lire ».' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.library, storage: 'none' },
  render: (a) =>
    html`<qd-screen-pact
      .content=${a.content}
      .ages=${(a.ages ?? '').split(/\s+/).filter(Boolean)}
      .storage=${a.storage ?? 'none'}
      .easy=${a.easy}
      lang=${ifDefined(a.lang)}
    ></qd-screen-pact>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

/** Under 3: no screens, even a TV on in the background. */
export const TresJeunes: Story = { name: 'Moins de 3 ans', args: { ages: '0-2' } };

/** Teens: private accounts, meeting online friends, photos of others. */
export const Ados: Story = { name: 'Adolescents', args: { ages: '12-14 15-17' } };

/** Easy-to-read rules. */
export const FacileALire: Story = { name: 'Facile à lire', args: { ages: '6-8', easy: true } };

/** A rule of the family's own, names, then the agreement as it prints. */
export const Apercu: Story = {
  name: 'Règle à nous, signatures et aperçu',
  args: { ages: '9-11' },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await pact(canvasElement);
    await userEvent.type(
      view.getByRole('textbox', { name: 'Une autre règle' }),
      'Le dimanche, balade sans téléphone{Enter}',
    );
    await expect(view.getByRole('status')).toHaveTextContent(
      'Règle ajoutée : Le dimanche, balade sans téléphone',
    );
    await userEvent.type(
      view.getByRole('textbox', { name: 'Les prénoms, un par ligne' }),
      'Maman{Enter}Papa{Enter}Inès',
    );
    await userEvent.click(view.getByRole('button', { name: 'Voir notre pacte' }));
    await waitFor(() =>
      expect(focusedIn(el)).toBe(
        view.getByRole('heading', { level: 2, name: 'Notre pacte familial' }),
      ),
    );
    await expect(view.getByText('Le dimanche, balade sans téléphone')).toBeVisible();
  }),
};

/** An empty rule: the message is an alert, linked to the field. */
export const Erreur: Story = {
  name: 'Règle vide (erreur expliquée)',
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await pact(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Ajouter cette règle' }));
    const field = view.getByRole('textbox', { name: 'Une autre règle' });
    await expect(field).toHaveAccessibleDescription("Écrivez la règle avant de l'ajouter.");
    await waitFor(() => expect(focusedIn(el)).toBe(field));
  }),
};

/** Arabic interface, right to left. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { ages: '6-8', lang: 'ar' } };
