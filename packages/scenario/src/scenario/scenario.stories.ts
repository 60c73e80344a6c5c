import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../define.js';
import type { QdScenario } from './scenario.js';
import { clone, samples, tinyStory } from '../fixtures.js';
import {
  fileOf,
  focusedIn,
  inFrench,
  story,
} from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  group?: boolean;
  typingDelay?: number;
  easy?: boolean;
  readAloud?: boolean;
  lang?: string;
}

/** The story's <qd-scenario>, once shown; `view` queries its shadow root as a person perceives it. */
const scenario = (canvas: HTMLElement) => story<QdScenario>(canvas, 'qd-scenario');

const FOR_CENTRES = `Une **histoire interactive de prévention** pour les 11-17 ans (« Dans la rue numérique ») : les messages des personnages arrivent comme dans une messagerie, le jeune choisit ce qu’il fait, et voit où ses choix le mènent — une bonne fin, une fin en demi-teinte ou une fin difficile, avec ce qu’il faut retenir. Puis le **débrief** (\`<qd-scenario-debrief>\`, même fichier) lance la discussion et donne l’aide (3018).

**En atelier** : \`group\` pour une séance projetée (texte plus grand, vote à main levée, puis « Révéler la suite ») ; « Revenir au choix précédent » pour explorer une autre branche. **Une histoire peut se souvenir** des choix faits (variables, conditions, un score par fin : « Le groupe de la classe »). Rien n’est envoyé ; rien n’est gardé, sauf avec \`storage\` (l’histoire reprend où elle en était). Guide complet, règles du fichier et diagrammes des histoires : page « Écrire une histoire ».

**Accessibilité** : la conversation est une liste ; les nouveaux messages sont annoncés poliment ; pas de pause animée si l’appareil demande moins d’animations (et « Tout afficher » pour la passer) ; les choix sont de vrais boutons ; après chaque choix, le focus va sur votre réponse dans la conversation ; le genre de la fin est écrit, pas seulement coloré.`;

const meta = {
  title: 'Composants/Scénario',
  component: 'qd-scenario',
  parameters: {
    docs: { description: { component: FOR_CENTRES } },
    embed: {
      package: '@quartiers-douai/scenario',
      tag: 'qd-scenario',
      title: 'Histoire interactive : Dans la rue numérique',
      height: 760,
      attributes: (args: Record<string, unknown>) => ({
        src: fileOf(args['content'], samples, 'mon-histoire.json'),
        ...(args['group'] ? { group: true } : {}),
        ...(typeof args['typingDelay'] === 'number' && args['typingDelay'] !== 900
          ? { 'typing-delay': String(args['typingDelay']) }
          : {}),
        ...(args['easy'] ? { easy: true } : {}),
        ...(args['readAloud'] ? { 'read-aloud': true } : {}),
      }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'L’histoire (objet JSON), prioritaire sur `src`.',
    },
    group: {
      control: 'boolean',
      description: 'Séance projetée : grand texte, vote à main levée, puis « Révéler la suite ».',
    },
    typingDelay: {
      control: { type: 'number', min: 0, step: 100 },
      name: 'typing-delay',
      description:
        'Millisecondes entre deux messages (0 : tout d’un coup ; jamais de pause si l’appareil demande moins d’animations).',
    },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC) dès le départ.' },
    readAloud: { control: 'boolean', name: 'read-aloud', description: 'Boutons « Écouter ».' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.photo, group: false, typingDelay: 900 },
  render: (a) =>
    html`<qd-scenario
      .content=${a.content}
      ?group=${a.group ?? false}
      .typingDelay=${a.typingDelay ?? 900}
      .easy=${a.easy}
      .readAloud=${a.readAloud}
      lang=${ifDefined(a.lang)}
    ></qd-scenario>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

/** « La photo de groupe » — une photo prise sans accord circule dans le groupe de la classe. */
export const LaPhotoDeGroupe: Story = {
  name: 'La photo de groupe',
  args: { content: samples.photo },
};

/** « Le compte anonyme » — un compte se moque d'une élève : le rôle des témoins, le 3018. */
export const LeCompteAnonyme: Story = {
  name: 'Le compte anonyme',
  args: { content: samples.anonyme },
};

/** « Le cadeau dans le jeu » — des gemmes « gratuites » contre un code : arnaque, vol de compte. */
export const LeCadeauDansLeJeu: Story = {
  name: 'Le cadeau dans le jeu',
  args: { content: samples.cadeau },
};

/** « Vrai ou fake ? » — une vidéo choc et une rumeur : vérifier avant de partager. */
export const VraiOuFake: Story = {
  name: 'Vrai ou fake ?',
  args: { content: samples.fake },
};

/**
 * « Le groupe de la classe » — une histoire **qui se souvient** : garder des preuves et gagner la
 * confiance de Sami ouvrent des choix à la fin ; un choix pas encore possible reste affiché, grisé,
 * avec sa raison (et la dit quand on l'appuie) ; chaque fin a un score (« Votre score : 3 sur 3 »).
 */
export const AvecMemoire: Story = {
  name: 'Avec mémoire : Le groupe de la classe',
  args: { content: samples.groupe, typingDelay: 0 },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await scenario(canvasElement);
    await userEvent.click(await view.findByRole('button', { name: 'Commencer' }));
    await userEvent.click(
      await view.findByRole('button', {
        name: 'Écrire à Sami en privé : « Ça va ? Je trouve ça nul »',
      }),
    );
    await userEvent.click(
      await view.findByRole('button', { name: 'Lui dire de laisser tomber, que ça va passer' }),
    );
    const locked = await view.findByRole('button', { name: 'Appeler le 3018 avec Sami' });
    await expect(locked).toHaveAttribute('aria-disabled', 'true');
    await expect(locked).toHaveAccessibleDescription(
      'Pas possible pour l’instant : Sami ne te fait pas encore assez confiance pour en parler avec toi.',
    );
    await userEvent.click(view.getByRole('button', { name: 'Revenir au choix précédent' }));
    await userEvent.click(
      await view.findByRole('button', { name: 'Lui proposer de garder des preuves ensemble' }),
    );
    await userEvent.click(await view.findByRole('button', { name: 'Appeler le 3018 avec Sami' }));
    await expect(await view.findByText('Votre score : 3 sur 3')).toBeVisible();
  }),
};

/** Avec `storage="local"` : l'histoire reprend où elle en était, les variables aussi. */
export const AvecSauvegarde: Story = {
  name: 'Avec sauvegarde (storage)',
  args: { content: samples.groupe, typingDelay: 0 },
  render: (a) =>
    html`<qd-scenario .content=${a.content} storage="session" .typingDelay=${0}></qd-scenario>`,
};

/**
 * Séance projetée (`group`) : texte plus grand, choix numérotés ; le groupe vote à main levée,
 * l'animateur clique sur le choix retenu (bouton enfoncé), puis sur « Révéler la suite ».
 */
export const EnGroupe: Story = {
  name: 'En groupe (projeté)',
  args: { content: samples.anonyme, group: true, typingDelay: 0 },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await scenario(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
    const choices = await view.findByRole('group', { name: 'Que faites-vous ?' });
    const [first] = within(choices).getAllByRole('button', { pressed: false });
    await userEvent.click(first!);
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(view.getByRole('button', { name: 'Révéler la suite' }));
    // The group's answer is in the thread, and the focus is on it.
    await waitFor(() => expect(focusedIn(el)?.id).toMatch(/^you-/));
  }),
};

/** Facile à lire et Écouter dès le départ : phrases courtes, boutons de lecture à voix haute. */
export const FacileALire: Story = {
  name: 'Facile à lire et Écouter',
  args: { content: samples.cadeau, easy: true, readAloud: true },
};

/**
 * Jusqu'à une fin : chaque choix est un bouton ; après « Commencer », le focus va au premier
 * message, après un choix sur votre réponse dans la conversation. La fin dit son genre en mots
 * (« Une fin difficile »), puis ce qu'il faut retenir et vos choix. Au clavier : Tab jusqu'à un
 * choix, Entrée (ce parcours est vérifié avec un vrai clavier dans `scenario.test.ts`).
 */
export const JusquaUneFin: Story = {
  name: 'Jusqu’à une fin',
  args: { content: clone(tinyStory), typingDelay: 0 },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await scenario(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
    await waitFor(() => expect(focusedIn(el)?.id).toBe('m-0-0'));
    await userEvent.click(await view.findByRole('button', { name: 'Je regarde la photo' }));
    await waitFor(() => expect(focusedIn(el)?.id).toBe('you-0'));
    await userEvent.click(await view.findByRole('button', { name: 'Je la partage' }));
    await expect(
      await view.findByRole('heading', { name: 'Fin de l’histoire : Une fin difficile' }),
    ).toBeVisible();
    await expect(view.getByRole('heading', { name: 'Vos choix' })).toBeVisible();
  }),
};

/** Interface en arabe : la mise en page passe de droite à gauche (l'histoire reste en français). */
export const Arabe: Story = {
  name: 'Arabe (RTL)',
  args: { content: samples.fake, lang: 'ar' },
};

/** Un fichier avec des erreurs : le panneau dit où et quoi corriger, en français. */
export const ContenuInvalide: Story = {
  name: 'Contenu invalide',
  args: {
    content: {
      ...clone(tinyStory),
      title: 'Histoire à corriger',
      nodes: {
        ...clone(tinyStory).nodes,
        montre: {
          messages: [{ from: 'sam', text: 'Tu la partages dans le groupe ?' }],
          choices: [
            { text: 'Non, et je dis à Sam de la supprimer', next: 'fin-bien' },
            { text: 'Je la partage', next: 'fin-partage' },
          ],
        },
      },
    },
  },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await scenario(canvasElement);
    const alert = await view.findByRole('alert');
    await expect(alert).toHaveTextContent(
      "nodes.montre.choices[1].next : ce choix de l'étape « montre » mène à « fin-partage », qui n'existe pas",
    );
    await expect(alert).toHaveTextContent("l'étape « fin-mal » n'est jamais atteinte");
  }),
};
