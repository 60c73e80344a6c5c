import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';
import type { QdAutodiag } from './autodiag.js';
import { clone, samples, tinyDiag } from '../fixtures.js';
import {
  fileOf,
  focusedIn,
  inFrench,
  story,
} from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  advisor?: boolean;
  easy?: boolean;
  readAloud?: boolean;
  lang?: string;
}

/** The story's <qd-autodiag>, once shown; `view` queries its shadow root as a person perceives it. */
const autodiag = (canvas: HTMLElement) => story<QdAutodiag>(canvas, 'qd-autodiag');

const FOR_CENTRES = `Un **autodiagnostic des compétences numériques** pour les adultes, qui n’est pas un examen : une phrase par écran (« Je sais envoyer une photo par e-mail ») avec le pictogramme de son domaine et quatre grandes réponses, de « Je ne sais pas » à « Je peux montrer à quelqu’un » ; on peut passer une phrase et revenir en arrière. À la fin : **le niveau dans chacun des cinq domaines** (un tableau écrit, jamais une note unique), **ce que je sais déjà faire**, et **les ateliers du centre** qui conviennent, avec jour, lieu et contact ; la fiche s’imprime ou s’enregistre.

**Avec un accompagnant** : \`advisor\` (« la personne… », notes par domaine sur la fiche). **Sur une tablette du centre** : \`storage="local"\` et \`staff-pin\` comptent les niveaux atteints (domaine × niveau, rien d’autre) pour l’« Espace équipe » et son export CSV. Guide complet, calcul des niveaux et messages d’erreur : page « Autodiagnostic ».

**Accessibilité** : « Écouter » par défaut ; une phrase par écran, en titre, avec le focus dessus ; les réponses sont de grands boutons dans un groupe nommé par la phrase ; les pictogrammes sont décoratifs, le nom du domaine est écrit ; le profil est un tableau avec le niveau en mots.`;

const meta = {
  title: 'Composants/Autodiagnostic',
  component: 'qd-autodiag',
  parameters: {
    docs: { description: { component: FOR_CENTRES } },
    embed: {
      package: '@quartiers-douai/autodiag',
      tag: 'qd-autodiag',
      title: 'Autodiagnostic : où j’en suis avec le numérique',
      height: 760,
      attributes: (args: Record<string, unknown>) => ({
        src: fileOf(args['content'], samples, 'mon-autodiagnostic.json'),
        ...(args['advisor'] ? { advisor: true } : {}),
        ...(args['easy'] ? { easy: true } : {}),
        ...(args['readAloud'] === false ? { 'read-aloud': 'false' } : {}),
      }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'L’autodiagnostic (objet JSON), prioritaire sur `src`.',
    },
    advisor: {
      control: 'boolean',
      description:
        'Un accompagnant remplit avec la personne : « la personne… », notes par domaine.',
    },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC) dès le départ.' },
    readAloud: {
      control: 'boolean',
      name: 'read-aloud',
      description: 'Boutons « Écouter » (présents par défaut ; décochez pour les retirer).',
    },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.complet, advisor: false },
  render: (a) =>
    html`<qd-autodiag
      .content=${a.content}
      ?advisor=${a.advisor ?? false}
      .easy=${a.easy}
      .readAloud=${a.readAloud}
      lang=${ifDefined(a.lang)}
    ></qd-autodiag>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

/** Le bilan complet : 27 phrases dans les cinq domaines, onze ateliers d'un centre fictif. */
export const BilanComplet: Story = {
  name: 'Bilan complet (27 phrases)',
  args: { content: samples.complet },
};

/** « Premier pas » : huit phrases pour une première rencontre. */
export const PremierPas: Story = {
  name: 'Premier pas (8 phrases)',
  args: { content: samples.premierPas },
};

/**
 * Jusqu'au profil : chaque réponse mène à la phrase suivante (le focus avec elle), « Passer » est
 * permis ; à la fin, le profil par domaine, ce que je sais déjà faire, les ateliers conseillés.
 * Au clavier : Tab jusqu'à une réponse, Entrée (vérifié avec un vrai clavier dans
 * `autodiag.test.ts`).
 */
export const JusquAuProfil: Story = {
  name: 'Jusqu’au profil',
  args: { content: clone(tinyDiag) },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await autodiag(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
    await waitFor(() => expect(focusedIn(el)?.id).toBe('statement'));
    await expect(view.getByText('1 sur 4')).toBeVisible();
    await userEvent.click(view.getByRole('button', { name: /Seul\(e\)/ }));
    await userEvent.click(await view.findByRole('button', { name: /Je ne sais pas/ }));
    await userEvent.click(await view.findByRole('button', { name: 'Passer' }));
    await userEvent.click(await view.findByRole('button', { name: /Je peux montrer/ }));
    await expect(await view.findByRole('heading', { name: 'Mon profil' })).toBeVisible();
    await expect(view.getByRole('table', { name: 'Mon niveau dans chaque domaine' })).toBeVisible();
    await expect(
      view.getByRole('heading', { name: 'Les ateliers conseillés pour moi' }),
    ).toBeVisible();
  }),
};

/**
 * « Mes progrès » : avec `storage="local"`, la personne peut garder ses résultats sur son appareil
 * (une case décochée par défaut) et, la fois suivante, voir son niveau par domaine comparé aux
 * dernières fois — un tableau d'abord, le même en image ensuite — imprimé avec la fiche, effacé
 * d'un geste. Ici, un résultat du 10 janvier 2026 est déjà gardé.
 */
export const MesProgres: Story = {
  name: 'Mes progrès (refaire plus tard)',
  args: { content: clone(tinyDiag) },
  render: (a) =>
    html`<qd-autodiag
      .content=${a.content}
      storage="local"
      lang=${ifDefined(a.lang)}
    ></qd-autodiag>`,
  beforeEach: () => {
    const key = 'qd:autodiag-history:petit-bilan';
    localStorage.setItem(
      key,
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'autodiag-history',
        version: 1,
        savedAt: '2026-01-10T10:00:00.000Z',
        data: { attempts: [{ on: '2026-01-10', areas: { courriel: 'debut', securite: 'moyen' } }] },
      }),
    );
    return () => localStorage.removeItem(key);
  },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await autodiag(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
    for (const answer of [/Seul\(e\)/, /Avec de l'aide/, /Je peux montrer/, /Seul\(e\)/])
      await userEvent.click(await view.findByRole('button', { name: answer }));
    await expect(await view.findByRole('heading', { name: 'Mes progrès' })).toBeVisible();
    await expect(view.getByRole('checkbox', { name: /Garder mes résultats/ })).toBeChecked();
    await expect(
      view.getByRole('table', { name: 'Mon niveau dans chaque domaine, les dernières fois' }),
    ).toBeVisible();
  }),
};

/** Avec un accompagnant (`advisor`) : « Demandez à la personne : », notes par domaine sur la fiche. */
export const AvecUnAccompagnant: Story = {
  name: 'Avec un accompagnant',
  args: { content: samples.premierPas, advisor: true },
};

/** Facile à lire dès le départ : phrases courtes pour chaque phrase et chaque domaine. */
export const FacileALire: Story = {
  name: 'Facile à lire',
  args: { content: samples.complet, easy: true },
};

/** Interface en arabe : la mise en page passe de droite à gauche (les phrases restent en français). */
export const Arabe: Story = {
  name: 'Arabe (RTL)',
  args: { content: samples.premierPas, lang: 'ar' },
};

/** Un fichier avec des erreurs : le panneau dit où et quoi corriger, en français. */
export const ContenuInvalide: Story = {
  name: 'Contenu invalide',
  args: {
    content: {
      ...clone(tinyDiag),
      title: 'Bilan à corriger',
      items: [
        ...clone(tinyDiag).items,
        { id: 'wifi', area: 'internet', statement: 'Je sais me connecter au Wi-Fi' },
      ],
    },
  },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await autodiag(canvasElement);
    const alert = await view.findByRole('alert');
    await expect(alert).toHaveTextContent("items[4].area : le domaine « internet » n'existe pas");
  }),
};
