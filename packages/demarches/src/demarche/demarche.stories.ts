import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';
import type { QdDemarche } from './demarche.js';
import { clone, samples, tinyProcedure } from '../fixtures.js';
import {
  fileOf,
  focusedIn,
  inFrench,
  story,
} from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  mode?: 'guided' | 'practice';
  easy?: boolean;
  readAloud?: boolean;
  lang?: string;
}

/** The story's <qd-demarche>, once shown; `view` queries its shadow root as a person perceives it. */
const demarche = (canvas: HTMLElement) => story<QdDemarche>(canvas, 'qd-demarche');

const FOR_CENTRES = `Un **simulateur de démarche en ligne** : l’habitant s’entraîne sans risque, sur des écrans dessinés (maquettes d’entraînement), avant de faire la démarche pour de vrai. **Guidé** : la zone à toucher est entourée et nommée. **Seul** : il cherche ; après deux essais ratés, un indice. Les formulaires d’exemple n’acceptent que les données d’exemple et n’envoient rien. La liste « À préparer » se coche et s’imprime ; les mots difficiles s’ouvrent dans le texte.

**Accessibilité** : les zones sont de vrais boutons nommés, posés en % sur l’image (elles la suivent quand elle change de taille, et restent à leur place en arabe), parcourues au clavier dans l’ordre de lecture ; chaque essai est annoncé (\`role="status"\`) ; après chaque étape, le focus va au titre de l’étape suivante (« Étape 3 sur 8 ») ; « Facile à lire » et « Écouter » sur chaque consigne. Guide complet : page « Démarches ».`;

const meta = {
  title: 'Composants/Démarches',
  component: 'qd-demarche',
  parameters: {
    docs: { description: { component: FOR_CENTRES } },
    embed: {
      package: '@quartiers-douai/demarches',
      tag: 'qd-demarche',
      title: 'Démarche en ligne : s’entraîner',
      height: 900,
      attributes: (args: Record<string, unknown>) => ({
        src: fileOf(args['content'], samples, 'ma-demarche.json'),
        ...(args['mode'] === 'practice' ? { mode: 'practice' } : {}),
        ...(args['easy'] ? { easy: true } : {}),
        ...(args['readAloud'] === false ? { 'read-aloud': 'false' } : {}),
      }),
    },
  },
  argTypes: {
    content: { control: 'object', description: 'La démarche (objet JSON), prioritaire sur `src`.' },
    mode: {
      control: 'inline-radio',
      options: ['guided', 'practice'],
      description: 'Quel bouton de départ vient en premier : guidé ou seul.',
    },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC) dès le départ.' },
    readAloud: {
      control: 'boolean',
      name: 'read-aloud',
      description: 'Boutons « Écouter » (présents par défaut).',
    },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.compte, mode: 'guided' },
  render: (a) =>
    html`<qd-demarche
      .content=${a.content}
      mode=${a.mode ?? 'guided'}
      .easy=${a.easy}
      .readAloud=${a.readAloud}
      lang=${ifDefined(a.lang)}
    ></qd-demarche>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

/** « Créer mon compte » : adresse e-mail, mot de passe, message d’activation (et une arnaque à repérer). */
export const CreerMonCompte: Story = {
  name: 'Créer mon compte (exemple)',
  args: { content: samples.compte },
};

/** « Déclarer un changement d’adresse » : prévenir plusieurs organismes en une fois. */
export const ChangementAdresse: Story = {
  name: 'Changement d’adresse (exemple)',
  args: { content: samples.adresse },
};

/** « Prendre un rendez-vous en ligne » : chercher la mairie, choisir un créneau, garder la convocation. */
export const RendezVous: Story = {
  name: 'Rendez-vous en ligne (exemple)',
  args: { content: samples.rdv },
};

/**
 * Guidé : la zone à toucher est entourée et nommée ; une mauvaise zone dit pourquoi ; la bonne
 * fait passer à l'étape suivante, le focus sur son titre.
 */
export const Guide: Story = {
  name: 'Guidé pas à pas',
  args: { content: clone(tinyProcedure) },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await demarche(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer, guidé pas à pas' }));
    await waitFor(() => expect(focusedIn(el)?.id).toBe('step-title'));
    await expect(view.getByText('Étape 1 sur 3')).toBeVisible();
    await userEvent.click(view.getByRole('button', { name: 'Bouton Aide' }));
    await expect(await view.findByText('C’est l’aide.')).toBeVisible();
    await userEvent.click(view.getByRole('button', { name: 'Bouton Créer' }));
    await waitFor(() => expect(view.getByText('Étape 2 sur 3')).toBeVisible());
  }),
};

/** Seul : rien n'est entouré ; après deux essais ratés, un indice, et la bonne zone entourée. */
export const Seul: Story = {
  name: 'M’entraîner seul (indice après deux essais)',
  args: { content: clone(tinyProcedure), mode: 'practice' },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await demarche(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'M’entraîner seul' }));
    await userEvent.click(view.getByRole('button', { name: 'Bouton Aide' }));
    await userEvent.click(view.getByRole('button', { name: 'Bouton Aide' }));
    await expect(
      await view.findByText('Indice : cherchez « Bouton Créer », entouré en couleur sur l’écran.'),
    ).toBeVisible();
  }),
};

/** Facile à lire dès le départ : consignes courtes, définitions simples. */
export const FacileALire: Story = {
  name: 'Facile à lire',
  args: { content: samples.rdv, easy: true },
};

/** Interface en arabe : de droite à gauche ; l'image n'est pas retournée, les zones restent sur leurs boutons. */
export const Arabe: Story = {
  name: 'Arabe (RTL)',
  args: { content: samples.compte, lang: 'ar' },
};

/** Un fichier avec des erreurs : le panneau dit où et quoi corriger, en français. */
export const ContenuInvalide: Story = {
  name: 'Contenu invalide',
  args: {
    content: (() => {
      const c = clone(tinyProcedure);
      c.title = 'Démarche à corriger';
      c.steps[0]!.hotspots![0]!.correct = false;
      return c;
    })(),
  },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await demarche(canvasElement);
    const alert = await view.findByRole('alert');
    await expect(alert).toHaveTextContent("l'étape « entrer » n'a aucune zone juste");
  }),
};
