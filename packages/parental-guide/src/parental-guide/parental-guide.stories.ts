import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../define.js';
import type { QdParentalGuide } from './parental-guide.js';
import { clone, exampleCentre, sampleFiles, samples, withCentre } from '../fixtures.js';
import { focusedIn, inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  storage?: 'none' | 'session' | 'local';
  easy?: boolean;
  readAloud?: boolean;
  lang?: string;
  centreName?: string;
  centrePhone?: string;
  centreEmail?: string;
}

/** The story's <qd-parental-guide>, once shown; `view` queries its shadow root as a person perceives it. */
const guide = (canvas: HTMLElement) => story<QdParentalGuide>(canvas, 'qd-parental-guide');

/** Answers the three questions by clicking, as a parent would. */
async function answer(
  view: Awaited<ReturnType<typeof guide>>['view'],
  age: string,
  devices: string[],
) {
  await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
  await userEvent.click(await view.findByRole('radio', { name: age }));
  await userEvent.click(view.getByRole('button', { name: 'Suivant' }));
  for (const d of devices) await userEvent.click(await view.findByRole('checkbox', { name: d }));
  await userEvent.click(view.getByRole('button', { name: 'Suivant' }));
  await userEvent.click(await view.findByRole('button', { name: 'Voir mon guide' }));
  await view.findByRole('heading', { level: 2, name: 'Votre guide personnalisé' });
  await cards(view);
}

/**
 * The guide's cards: a part of the bundle, fetched while the questions are answered — here once a
 * guide's title shows (up to 5 s: the docs app's server prepares the file on first request).
 */
const cards = (view: Awaited<ReturnType<typeof guide>>['view']) =>
  view.findAllByRole('heading', { level: 4 }, { timeout: 5000 });

const FOR_CENTRES = `Le **guide du contrôle parental** répond à la question des parents « Comment accompagner mes enfants ? » : trois questions (l’âge de chaque enfant, les appareils et applis à la maison, ce qui les préoccupe), puis un guide pas à pas **pour chaque enfant**, avec seulement les réglages utiles, le lien vers l’aide officielle et la date de vérification. Les parents cochent ce qui est fait, **impriment leur liste** (une page par appareil) et font leur **pacte familial**. Le bloc « Besoin d’aide ? » (3018, jeprotegemonenfant.gouv.fr, 119, et votre centre) est toujours affiché.

**Pour les centres** : indiquez votre contact avec \`centre-name\`, \`centre-phone\`, \`centre-email\` (ou dans le fichier de contenu, \`"centre"\`). Rien n’est gardé sur l’appareil sauf avec \`storage="local"\` (les prénoms restent alors dans le navigateur ; « Effacer mes données » les enlève). Pour ajouter ou mettre à jour un guide : voir la page « Contrôle parental » du paquet (docs/controle-parental.md).

**Accessibilité** : chaque question est un vrai formulaire (\`fieldset\`/\`legend\`, cases et boutons radio) que l’on peut passer ; le focus va sur le titre de chaque étape ; messages d’état en \`role="status"\` ; cibles de 44 px ; lisible à 320 px de large ; de droite à gauche en arabe ; couleurs forcées et impression testées.`;

const meta = {
  title: 'Composants/Contrôle parental/Guide personnalisé',
  component: 'qd-parental-guide',
  parameters: {
    docs: { description: { component: FOR_CENTRES } },
    embed: {
      package: '@quartiers-douai/parental-guide',
      tag: 'qd-parental-guide',
      title: 'Contrôle parental : le guide de votre famille',
      height: 900,
      attributes: (args: Record<string, unknown>) => ({
        src: sampleFiles.library,
        'centre-name': String(args['centreName'] ?? exampleCentre.name),
        ...(args['centreEmail'] ? { 'centre-email': String(args['centreEmail']) } : {}),
        ...(args['centrePhone'] ? { 'centre-phone': String(args['centrePhone']) } : {}),
        ...(args['storage'] && args['storage'] !== 'none'
          ? { storage: String(args['storage']) }
          : {}),
      }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'La bibliothèque de guides (objet JSON), prioritaire sur `src`.',
    },
    storage: {
      control: 'inline-radio',
      options: ['none', 'session', 'local'],
      description: 'Où garder les réponses et les cases cochées (rien par défaut).',
    },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC).' },
    readAloud: { control: 'boolean', name: 'read-aloud', description: 'Boutons « Écouter ».' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
    centreName: {
      control: 'text',
      name: 'centre-name',
      description: 'Nom du centre dans « Besoin d’aide ? ».',
    },
    centrePhone: { control: 'text', name: 'centre-phone', description: 'Téléphone du centre.' },
    centreEmail: {
      control: 'text',
      name: 'centre-email',
      description: 'Adresse e-mail du centre.',
    },
  },
  args: { content: withCentre(), storage: 'none' },
  render: (a) =>
    html`<qd-parental-guide
      .content=${a.content}
      .storage=${a.storage ?? 'none'}
      .easy=${a.easy}
      .readAloud=${a.readAloud}
      lang=${ifDefined(a.lang)}
      centre-name=${ifDefined(a.centreName || undefined)}
      centre-phone=${ifDefined(a.centrePhone || undefined)}
      centre-email=${ifDefined(a.centreEmail || undefined)}
    ></qd-parental-guide>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel; the sample library with an example centre. */
export const Playground: Story = {};

/** A 9-11 year-old with an Android phone and a Switch: only their guides, ordered by concern. */
export const UnEnfant: Story = {
  name: 'Un enfant : téléphone Android et Switch',
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await guide(canvasElement);
    await answer(view, '9 à 11 ans', [
      'Téléphone Android (Samsung, Xiaomi, Oppo, Google Pixel…)',
      'Nintendo Switch ou Switch 2',
    ]);
    await expect(view.getByRole('heading', { level: 4, name: /Google Family Link/ })).toBeVisible();
    await expect(view.getByRole('heading', { level: 4, name: /Nintendo Switch/ })).toBeVisible();
    await userEvent.click(view.getAllByRole('checkbox', { name: 'Étape 1 faite' })[0]!);
    await expect(view.getAllByText('1 étape faite sur 6')[0]).toBeVisible();
  }),
};

/** Two children: one guide per child, each with the guides of their age (TikTok only for the teen). */
export const DeuxEnfants: Story = {
  name: 'Deux enfants, deux guides',
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await guide(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
    await userEvent.type(view.getByRole('textbox', { name: 'Prénom (facultatif)' }), 'Inès');
    const [first] = view.getAllByRole('group', { name: 'Âge' });
    await userEvent.click(within(first!).getByRole('radio', { name: '6 à 8 ans' }));
    await userEvent.click(view.getByRole('button', { name: '+ Ajouter un enfant' }));
    const names = await waitFor(() => {
      const found = view.getAllByRole('textbox', { name: 'Prénom (facultatif)' });
      if (found.length !== 2) throw new Error('the second child is not there yet');
      return found;
    });
    await userEvent.type(names[1]!, 'Yanis');
    const ages = view.getAllByRole('group', { name: 'Âge' });
    await userEvent.click(within(ages[1]!).getByRole('radio', { name: '15 à 17 ans' }));
    await userEvent.click(view.getByRole('button', { name: 'Suivant' }));
    await userEvent.click(await view.findByRole('checkbox', { name: 'TikTok' }));
    await userEvent.click(view.getByRole('checkbox', { name: 'YouTube' }));
    await userEvent.click(view.getByRole('button', { name: 'Suivant' }));
    await userEvent.click(await view.findByRole('button', { name: 'Voir mon guide' }));
    await cards(view);
    await expect(
      await view.findByRole('heading', { level: 3, name: 'Pour Inès — 6 à 8 ans' }),
    ).toBeVisible();
    await expect(
      view.getByRole('heading', { level: 3, name: 'Pour Yanis — 15 à 17 ans' }),
    ).toBeVisible();
    await expect(
      view.getByRole('heading', { level: 4, name: 'TikTok : la Connexion Famille' }),
    ).toBeVisible();
  }),
};

/** Easy-to-read texts (FALC): short sentences, one action per step. */
export const FacileALire: Story = { name: 'Facile à lire', args: { easy: true } };

/** Every step can be skipped: the guide then shows everything (here, straight to the guide). */
export const QuestionsPassees: Story = {
  name: 'Questions passées',
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await guide(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
    for (let i = 0; i < 3; i++)
      await userEvent.click(await view.findByRole('button', { name: 'Passer cette question' }));
    const heading = await view.findByRole('heading', {
      level: 2,
      name: 'Votre guide personnalisé',
    });
    // (the focus comes once the screen has rendered, its cards' code included)
    await waitFor(() => expect(focusedIn(el)).toBe(heading), { timeout: 5000 });
    await expect(view.getByRole('status')).toHaveTextContent('Question passée');
  }),
};

/** Keyboard: Enter starts, focus goes to each step's heading, Enter in a field goes to the next step. */
export const Clavier: Story = {
  name: 'Parcours au clavier',
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await guide(canvasElement);
    view.getByRole('button', { name: 'Commencer' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(focusedIn(el)).toBe(view.getByRole('heading', { level: 2, name: 'Vos enfants' })),
    );
    view.getByRole('textbox', { name: 'Prénom (facultatif)' }).focus();
    await userEvent.keyboard('Sami{Enter}');
    await waitFor(() =>
      expect(focusedIn(el)).toBe(
        view.getByRole('heading', { level: 2, name: 'Les appareils et les applis' }),
      ),
    );
  }),
};

/** Arabic interface, right to left; the guides stay in French (marked lang="fr"). */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };

/** A guide checked more than a year ago warns the parent that the menus may have changed. */
export const GuideAVerifier: Story = {
  name: 'Guide vérifié il y a plus d’un an',
  args: {
    content: (() => {
      const c = withCentre();
      c.guides = c.guides
        .filter((g) => g.id === 'xbox')
        .map((g) => ({ ...g, lastChecked: '2024-09-01' }));
      return c;
    })(),
  },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await guide(canvasElement);
    await answer(view, '12 à 14 ans', ['Xbox (One, Series X ou S)']);
    await expect(view.getByText(/Vérifié il y a plus d'un an/)).toBeVisible();
  }),
};

/** For the worker who wrote the file: each mistake, where, and what to change (in French). */
export const ContenuInvalide: Story = {
  name: 'Erreur de contenu (panneau en français)',
  args: {
    content: (() => {
      const c = clone(samples.library);
      c.guides[6]!.appliesTo = ['swicth'];
      return c;
    })(),
  },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await guide(canvasElement);
    await expect(view.getByRole('alert')).toHaveTextContent(
      'guides[6].appliesTo[0] : l\'appareil « swicth » n\'existe pas dans "devices"',
    );
    await expect(view.getByRole('heading', { name: "Besoin d'aide ?" })).toBeVisible();
  }),
};
