import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../define.js';
import type { QdQuiz } from './quiz.js';
import { quizWith, samples, sampleFiles } from '../fixtures.js';
import { focusedIn, inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  seed?: string;
  storage?: 'none' | 'session' | 'local';
  easy?: boolean;
  readAloud?: boolean;
  printAnswers?: boolean;
  lang?: string;
}

/** The story's <qd-quiz>, once shown; `view` queries its shadow root as a person perceives it. */
const quiz = (canvas: HTMLElement) => story<QdQuiz>(canvas, 'qd-quiz');

const meta = {
  title: 'Composants/Quiz',
  component: 'qd-quiz',
  parameters: {
    docs: {
      description: {
        component:
          'Un quiz léger et accessible pour les ateliers : une question par écran, réponse immédiate (entraînement) ou à la fin (défi), résultat avec correction, « Revoir mes erreurs », version papier. Contenu : un fichier JSON (voir la page « Quiz » et les trois exemples).',
      },
    },
    embed: {
      package: '@quartiers-douai/quiz',
      tag: 'qd-quiz',
      title: 'Quiz',
      height: 640,
      attributes: (args: Record<string, unknown>) => ({
        src: sampleFiles.adultes,
        ...(args['seed'] ? { seed: String(args['seed']) } : {}),
        ...(args['storage'] && args['storage'] !== 'none'
          ? { storage: String(args['storage']) }
          : {}),
      }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'Le contenu du quiz (objet JSON), prioritaire sur `src`.',
    },
    seed: {
      control: 'text',
      description: 'Graine : même tirage et même ordre à chaque fois (versions imprimées).',
    },
    storage: {
      control: 'inline-radio',
      options: ['none', 'session', 'local'],
      description: 'Où garder la progression (rien par défaut).',
    },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC).' },
    readAloud: { control: 'boolean', name: 'read-aloud', description: 'Boutons « Écouter ».' },
    printAnswers: {
      control: 'boolean',
      name: 'print-answers',
      description: 'Ajoute le corrigé à la version imprimée.',
    },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: samples.adultes, storage: 'none' },
  render: (a) =>
    html`<qd-quiz
      .content=${a.content}
      seed=${ifDefined(a.seed || undefined)}
      .storage=${a.storage ?? 'none'}
      .easy=${a.easy}
      .readAloud=${a.readAloud}
      ?print-answers=${a.printAnswers ?? false}
      lang=${ifDefined(a.lang)}
    ></qd-quiz>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

/** « Mon premier mot de passe » — enfants de 6 à 10 ans : grands boutons, Facile à lire et Écouter par défaut. */
export const Enfants: Story = { args: { content: samples.junior } };

/** « Les bons réflexes sur les réseaux sociaux » — 11-17 ans, questions mélangées, numéro 3018. */
export const Ados: Story = { args: { content: samples.ados, seed: 'atelier' } };

/** « Repérer un message frauduleux » — adultes, mode défi : la correction vient à la fin. */
export const AdultesDefi: Story = {
  name: 'Adultes (mode défi)',
  args: { content: samples.adultes },
};

/** Progression gardée sur l'appareil (`storage="local"`) : elle survit à un rechargement ; boutons Télécharger / Reprendre / Effacer. */
export const ProgressionGardee: Story = {
  name: 'Progression gardée',
  args: { content: samples.ados, storage: 'local', seed: 'demo' },
};

/** Interface en arabe : la mise en page passe de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { content: samples.junior, lang: 'ar' } };

/** Un contenu avec des erreurs : le panneau dit où et quoi corriger, en français. */
export const ContenuInvalide: Story = {
  name: 'Contenu invalide',
  args: {
    content: {
      version: 1,
      title: 'Quiz à corriger',
      questions: [
        {
          id: 'q1',
          type: 'single',
          prompt: 'Une question ?',
          choices: [{ text: 'Un seul choix', correct: true }],
        },
      ],
      draw: 5,
    },
  },
  play: async ({ canvasElement }) => {
    const { view } = await quiz(canvasElement);
    const alert = await view.findByRole('alert');
    await expect(alert).toHaveTextContent(
      'questions[0].choices : au moins deux choix sont nécessaires',
    );
  },
};

/**
 * Au clavier seulement : Tab pour aller au groupe de réponses, flèches pour choisir, Espace pour
 * cocher, Entrée pour valider puis passer à la suite. Le focus va au titre de chaque question, puis
 * au titre du résultat. (Ce parcours est vérifié avec un vrai clavier dans `quiz.test.ts`.)
 */
export const Clavier: Story = {
  name: 'Parcours au clavier',
  args: { content: quizWith(['faux-colis', 'ameli-mot-de-passe']) },
};

/** Version papier : imprimez (Ctrl+P) pour obtenir les questions, et le corrigé avec `print-answers`. */
export const Impression: Story = {
  args: { content: samples.junior, printAnswers: true, seed: 'papier' },
};

/**
 * « Naviguer sans risque » — les exercices : remettre dans l'ordre, associer, texte à trous, montrer sur l'image. Chaque type d'exercice a son
 * propre petit fichier, chargé seulement par un quiz qui en contient.
 */
export const Exercices: Story = { args: { content: samples.exercices, seed: 'atelier' } };

/**
 * Remettre dans l'ordre, au clavier : Tab jusqu'à « Descendre », Entrée ; la nouvelle place est
 * annoncée (« position 2 sur 4 ») et le focus reste sur l'étape déplacée. Alt + flèches aussi.
 */
export const RemettreDansLOrdre: Story = {
  name: 'Remettre dans l’ordre',
  args: { content: quizWith(['ordre-mot-de-passe']), seed: 'atelier' },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await quiz(canvasElement);
    (await view.findByRole('button', { name: 'Commencer' })).click();
    const down = (await view.findAllByRole('button', { name: /^Descendre : / }))[0]!;
    const item = down.getAttribute('aria-label')!.replace('Descendre : ', '');
    down.click();
    const status = () => el.shadowRoot!.querySelector('.qd-order ~ [role="status"]');
    await waitFor(() => expect(status()).toHaveTextContent(`« ${item} » : position 2 sur 4.`));
    await expect(focusedIn(el)).toHaveAttribute('aria-label', `Descendre : ${item}`);
  }),
};

/**
 * Associer : une liste par élément, nommée par lui ; « Valider » sans tout associer le dit et met
 * le focus sur la première liste vide.
 */
export const Associer: Story = {
  args: { content: quizWith(['associer-numeros', 'trier-infos']), seed: 'atelier' },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await quiz(canvasElement);
    (await view.findByRole('button', { name: 'Commencer' })).click();
    const first = await view.findByRole('combobox', { name: 'Ma carte bancaire a été volée' });
    (await view.findByRole('button', { name: 'Valider ma réponse' })).click();
    await waitFor(() =>
      expect(view.getByRole('alert')).toHaveTextContent('Associez chaque élément, puis validez.'),
    );
    await expect(focusedIn(el)).toBe(first);
  }),
};

/** Texte à trous : une case nommée par trou ; « DOUZE » ou « douze. » sont acceptés comme « douze ». */
export const TexteATrous: Story = {
  name: 'Texte à trous',
  args: { content: quizWith(['trous-mot-de-passe', 'trous-adresse']) },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await quiz(canvasElement);
    (await view.findByRole('button', { name: 'Commencer' })).click();
    const box = await view.findByRole('textbox', { name: 'Case 1 sur 2' });
    await userEvent.type(box, 'DOUZE');
    await userEvent.type(view.getByRole('textbox', { name: 'Case 2 sur 2' }), 'comptes');
    view.getByRole('button', { name: 'Valider ma réponse' }).click();
    await waitFor(() =>
      expect(el.shadowRoot!.querySelector('[part="feedback"]')).toHaveTextContent(
        'Bonne réponse !',
      ),
    );
  }),
};

/** Montrer sur l'image : chaque partie est un bouton nommé ; Tab de l'une à l'autre, Entrée choisit. */
export const ZoneDImage: Story = {
  name: 'Montrer sur l’image',
  args: { content: quizWith(['zone-adresse']) },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await quiz(canvasElement);
    (await view.findByRole('button', { name: 'Commencer' })).click();
    const part = await view.findByRole('button', { name: "La barre d'adresse, en haut" });
    part.click();
    await waitFor(() => expect(part).toHaveAttribute('aria-pressed', 'true'));
    await expect(el.shadowRoot!.querySelector('.qd-zones + [role="status"]')).toHaveTextContent(
      "Choisi : La barre d'adresse, en haut",
    );
  }),
};

/** Un son dans une question : le lecteur du navigateur, rien ne démarre seul, la transcription à ouvrir. */
export const SonOuVideo: Story = {
  name: 'Son ou vidéo',
  args: { content: quizWith(['ordre-arnaque']), seed: 'atelier' },
  play: inFrench(async ({ canvasElement }) => {
    const { el, view } = await quiz(canvasElement);
    (await view.findByRole('button', { name: 'Commencer' })).click();
    await waitFor(() => expect(el.shadowRoot!.querySelector('.qd-media audio')).not.toBeNull());
    const audio = el.shadowRoot!.querySelector<HTMLAudioElement>('.qd-media audio')!;
    await expect(audio.autoplay).toBe(false);
    await expect(view.getByText('Transcription')).toBeTruthy();
  }),
};
