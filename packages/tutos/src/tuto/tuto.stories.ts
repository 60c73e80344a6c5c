import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';
import type { QdTuto } from './tuto.js';
import { clone, samples, tinyTuto } from '../fixtures.js';
import {
  fileOf,
  focusedIn,
  inFrench,
  story,
} from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  all?: boolean;
  easy?: boolean;
  readAloud?: boolean;
  storage?: 'none' | 'session' | 'local';
  lang?: string;
}

/** The story's <qd-tuto>, once shown; `view` queries its shadow root as a person perceives it. */
const tuto = (canvas: HTMLElement) => story<QdTuto>(canvas, 'qd-tuto');

const FOR_CENTRES = `Un **tuto pas à pas fait par un habitant** (« ce que j’apprends, je le partage ») : la présentation (ce qu’on apprend, le niveau, la durée, ce qu’il faut), puis les étapes une à une (« Étape suivante ») ou toutes à la fois, chacune avec sa photo et sa description, son texte, et la voix de l’auteur avec ce qui est dit écrit dessous. « J’ai réussi » marque une étape (gardé sur l’appareil seulement avec \`storage\`). « Imprimer » donne toutes les étapes, une par bloc, avec l’auteur et la licence.

Les tutos se créent avec \`<qd-tuto-maker>\` et se listent avec \`<qd-tuto-library>\` (fichiers CDN à part). Guide complet : page « Guide des tutos ».`;

const meta = {
  title: 'Composants/Tutos/Lire un tuto',
  component: 'qd-tuto',
  parameters: {
    docs: { description: { component: FOR_CENTRES } },
    embed: {
      package: '@quartiers-douai/tutos',
      tag: 'qd-tuto',
      title: 'Tuto pas à pas',
      height: 760,
      attributes: (args: Record<string, unknown>) => ({
        src: fileOf(args['content'], samples, 'mon-tuto.json'),
        ...(args['all'] ? { all: true } : {}),
        ...(args['easy'] ? { easy: true } : {}),
        ...(args['storage'] && args['storage'] !== 'none'
          ? { storage: String(args['storage']) }
          : {}),
      }),
    },
  },
  argTypes: {
    content: { control: 'object', description: 'Le tuto (objet JSON), prioritaire sur `src`.' },
    all: { control: 'boolean', description: 'Toutes les étapes d’un coup.' },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC) dès le départ.' },
    readAloud: { control: 'boolean', name: 'read-aloud', description: 'Boutons « Écouter ».' },
    storage: {
      control: 'inline-radio',
      options: ['none', 'session', 'local'],
      description: 'Où garder les étapes réussies (`none` : nulle part).',
    },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.scanner, all: false },
  render: (a) =>
    html`<qd-tuto
      .content=${a.content}
      ?all=${a.all ?? false}
      .easy=${a.easy}
      .readAloud=${a.readAloud}
      storage=${ifDefined(a.storage)}
      lang=${ifDefined(a.lang)}
    ></qd-tuto>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

export const Scanner: Story = { name: 'Scanner un document', args: { content: samples.scanner } };
export const AppelVideo: Story = { name: 'Faire un appel vidéo', args: { content: samples.appel } };
export const AdresseEmail: Story = {
  name: 'Créer une adresse e-mail',
  args: { content: samples.email },
};
export const PieceJointe: Story = {
  name: 'Envoyer une pièce jointe',
  args: { content: samples.pieceJointe },
};
export const SmsFrauduleux: Story = {
  name: 'Reconnaître un SMS frauduleux',
  args: { content: samples.sms },
};

/** Toutes les étapes d'un coup (`all`), comme sur la feuille imprimée. */
export const ToutesLesEtapes: Story = {
  name: 'Toutes les étapes',
  args: { content: samples.appel, all: true },
};

/**
 * Une étape à la fois, avec la voix et sa transcription : « Commencer » met le focus sur le titre
 * de l'étape 1 ; « J'ai réussi » est annoncé ; « Terminer » mène à « Bravo ».
 */
export const EtapeParEtape: Story = {
  name: 'Étape par étape (voix et transcription)',
  args: { content: clone(tinyTuto) },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await tuto(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
    await waitFor(() => expect(focusedIn(el)?.id).toBe('s-0-h'));
    await userEvent.click(view.getByRole('button', { name: /J’ai réussi/ }));
    await userEvent.click(view.getByRole('button', { name: 'Étape suivante' }));
    await expect(
      await view.findByText('Moi, je pose la feuille près de la fenêtre.'),
    ).toBeVisible();
  }),
};

/** Facile à lire et Écouter. */
export const FacileALire: Story = {
  name: 'Facile à lire',
  args: { content: samples.sms, easy: true, all: true },
};

/** Interface en arabe : de droite à gauche (le tuto reste en français). */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { content: samples.email, lang: 'ar' } };

/** Un fichier avec des erreurs : le panneau dit où et quoi corriger, en français. */
export const ContenuInvalide: Story = {
  name: 'Contenu invalide',
  args: { content: { ...clone(tinyTuto), author: 'samia@exemple.fr', steps: [] } },
};
