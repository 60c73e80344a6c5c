import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../define.js';
import type { QdPoll } from './poll.js';
import { openDay, pollWith, sampleFiles, samples } from '../fixtures.js';
import { inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  layout?: 'page' | 'steps';
  today?: string;
  storage?: 'none' | 'session' | 'local';
  action?: string;
  collect?: 'event' | 'demo';
  kiosk?: boolean;
  keepBallots?: boolean;
  staffPin?: string;
  resetDelay?: number;
  easy?: boolean;
  readAloud?: boolean;
  lang?: string;
}

/** The story's <qd-poll>, once shown; `view` queries its shadow root as a person perceives it. */
const poll = (canvas: HTMLElement) => story<QdPoll>(canvas, 'qd-poll');

const boolAttr = (v: boolean | undefined) => (v === undefined ? undefined : v ? '' : 'false');

/** A pretend server for the "sending" story: refuses while "offline", then accepts. */
const DEMO_ACTION = '/__qd-poll-demo__/reponses';
function demoServer(): () => void {
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname !== DEMO_ACTION) return real(input, init);
    return navigator.onLine
      ? Promise.resolve(new Response(null, { status: 201 }))
      : Promise.reject(new TypeError('Failed to fetch'));
  };
  return () => {
    window.fetch = real;
    localStorage.removeItem('qd:poll-outbox:fete-quartier-2027');
  };
}

const meta = {
  title: 'Composants/Sondage citoyen',
  component: 'qd-poll',
  parameters: {
    docs: {
      description: {
        component:
          'Un sondage à intégrer en quelques minutes : choix unique ou multiple, classement, échelle, texte libre ; sur une page ou pas à pas ; vérification avant envoi ; écran de remerciement. Rien de personnel n’est collecté. Sur une tablette d’accueil (`kiosk`), il se remet à zéro pour la personne suivante, peut garder les réponses sur l’appareil et les exporter pour l’équipe (CSV, JSON). Les dates d’exemple sont fixées avec `today` pour que le sondage soit ouvert ici quel que soit le jour.',
      },
    },
    embed: {
      package: '@quartiers-douai/poll',
      tag: 'qd-poll',
      title: 'Sondage citoyen',
      height: 720,
      attributes: (args: Record<string, unknown>) => ({
        src: sampleFiles.fete,
        ...(args['layout'] === 'steps' ? { layout: 'steps' } : {}),
        ...(args['storage'] && args['storage'] !== 'none'
          ? { storage: String(args['storage']) }
          : {}),
        // Where the ballots go (ADR 0018): the story's choice, copied as is.
        ...(args['action'] ? { action: String(args['action']) } : {}),
        ...(args['collect'] ? { collect: String(args['collect']) } : {}),
        ...(args['kiosk'] ? { kiosk: true } : {}),
        ...(args['keepBallots'] ? { 'keep-ballots': true } : {}),
        ...(args['staffPin'] ? { 'staff-pin': String(args['staffPin']) } : {}),
      }),
    },
  },
  argTypes: {
    content: {
      control: 'object',
      description: 'Le contenu du sondage (objet JSON), prioritaire sur `src`.',
    },
    layout: {
      control: 'inline-radio',
      options: ['page', 'steps'],
      description: '`page` : toutes les questions sur une page ; `steps` : une question par écran.',
    },
    today: {
      control: 'text',
      description:
        'Le jour pris en compte pour les dates d’ouverture (AAAA-MM-JJ) : pour prévisualiser avant l’ouverture.',
    },
    storage: {
      control: 'inline-radio',
      options: ['none', 'session', 'local'],
      description: 'Où garder les réponses en cours et le « déjà voté » (rien par défaut).',
    },
    action: {
      control: 'text',
      description:
        'Adresse où envoyer le bulletin (POST JSON). Le texte `privacy` devient obligatoire.',
    },
    collect: {
      control: 'inline-radio',
      options: [undefined, 'event', 'demo'],
      description:
        'Où vont les réponses sans `action` ni `keep-ballots` : `event` (la page prend chaque `qd-submit`), `demo` (démonstration, rien n’est gardé). Sans destination, l’auteur voit quoi ajouter.',
    },
    kiosk: {
      control: 'boolean',
      description: 'Tablette partagée : remise à zéro après le merci ou l’inactivité.',
    },
    keepBallots: {
      control: 'boolean',
      name: 'keep-ballots',
      description: 'Borne : garder les bulletins sur l’appareil (ordre mélangé, sans date).',
    },
    staffPin: {
      control: 'text',
      name: 'staff-pin',
      description: 'Borne : code de l’espace équipe (export CSV/JSON).',
    },
    resetDelay: {
      control: 'number',
      name: 'reset-delay',
      description: 'Borne : secondes de l’écran de remerciement avant la remise à zéro.',
    },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC).' },
    readAloud: { control: 'boolean', name: 'read-aloud', description: 'Boutons « Écouter ».' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: {
    content: samples.fete,
    today: openDay.fete,
    layout: 'page',
    storage: 'none',
    collect: 'demo',
  },
  render: (a) =>
    html`<qd-poll
      .content=${a.content}
      layout=${ifDefined(a.layout)}
      today=${ifDefined(a.today || undefined)}
      storage=${ifDefined(a.storage)}
      action=${ifDefined(a.action || undefined)}
      collect=${ifDefined(a.collect)}
      ?kiosk=${a.kiosk ?? false}
      ?keep-ballots=${a.keepBallots ?? false}
      staff-pin=${ifDefined(a.staffPin || undefined)}
      reset-delay=${ifDefined(a.resetDelay)}
      easy=${ifDefined(boolAttr(a.easy))}
      read-aloud=${ifDefined(boolAttr(a.readAloud))}
      lang=${ifDefined(a.lang)}
    ></qd-poll>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. « Fête de quartier : vos envies » utilise les cinq types de questions. */
export const Playground: Story = {};

/** Sans `action`, `keep-ballots` ni `collect` : l'auteur de la page voit quoi ajouter, aucun habitant n'est remercié pour une réponse perdue. */
export const SansDestination: Story = {
  name: 'Sans destination',
  args: { collect: undefined },
};

/** Une question par écran, avec « Question 2 sur 5 » et une barre de progression. */
export const PasAPas: Story = {
  name: 'Pas à pas',
  args: { content: samples.horaires, today: openDay.horaires, layout: 'steps' },
};

/**
 * Des questions posées seulement après certaines réponses (`showIf`) : « Oui » ajoute « Comment
 * avez-vous été accueilli ? », une note de 1 ou 2 ajoute « Qu'est-ce qui n'est pas allé ? ». Chaque
 * question qui arrive ou s'en va est annoncée poliment ; le focus reste sur la réponse donnée ; une
 * question non posée n'est ni obligatoire, ni comptée, ni envoyée.
 */
export const QuestionsSelonReponses: Story = {
  name: 'Questions selon les réponses',
  args: { content: samples.accueil, today: openDay.accueil },
  play: inFrench(async ({ canvasElement }) => {
    const { view } = await poll(canvasElement);
    (await view.findByRole('button', { name: 'Répondre au sondage' })).click();
    (await view.findByRole('radio', { name: 'Oui' })).click();
    await expect(
      await view.findByRole('group', { name: /Comment avez-vous été accueilli/ }),
    ).toBeVisible();
    await expect(view.queryByRole('group', { name: /Qu'est-ce qui vous empêche/ })).toBeNull();
  }),
};

/** Classer avec « Monter » / « Descendre » (clavier, un toucher) ou en faisant glisser la poignée ; chaque déplacement est annoncé. */
export const Classement: Story = {
  args: { content: samples.aireDeJeux, today: openDay.aireDeJeux, layout: 'steps' },
};

/** Les questions obligatoires sans réponse et les limites (3 choix au maximum, 500 caractères) : un récapitulatif, chaque erreur reliée à sa question. */
export const Erreurs: Story = {
  name: 'Réponses à compléter',
  // Focus inside the shadow root is not visible to Storybook's test utilities: this flow is
  // tested with a real keyboard (Playwright) in the package's own tests.
};

/** Avant `opensAt` et après `closesAt` : un message clair, pas de questions. */
export const PasEncoreOuvert: Story = {
  name: 'Pas encore ouvert',
  args: { content: samples.horaires, today: '2026-12-15' },
};
export const Termine: Story = {
  name: 'Terminé',
  args: { content: samples.horaires, today: '2027-02-10' },
};

/**
 * Envoi à une adresse (`action`) : le bulletin `{pollId, answers}` part en JSON, sans cookie. Hors
 * connexion, il attend sur l'appareil et part tout seul au retour de la connexion, une seule fois.
 * Le texte « Vos réponses et vos données » est alors obligatoire et affiché avant la première question.
 */
export const Envoi: Story = {
  name: 'Envoi à un serveur',
  args: { action: DEMO_ACTION },
  beforeEach: () => demoServer(),
};

/**
 * Tablette à l'accueil : après le merci (20 s, pause possible) ou 2 minutes sans activité, tout est
 * effacé pour la personne suivante. Les bulletins restent sur l'appareil (`keep-ballots`) ; l'équipe
 * les exporte avec le code 1234 (bouton « Espace équipe » en bas).
 */
export const Borne: Story = {
  name: 'Borne (tablette partagée)',
  args: { layout: 'steps', kiosk: true, keepBallots: true, staffPin: '1234' },
  beforeEach: () => () => localStorage.removeItem('qd:poll-ballots:fete-quartier-2027'),
};

/** « Déjà voté sur cet appareil » (avec `storage="local"`), et le bouton « Effacer mes données ». */
export const UnVoteParAppareil: Story = {
  name: 'Un vote par appareil',
  args: { content: pollWith(['date']), storage: 'local' },
  beforeEach: () => () => localStorage.removeItem('qd:poll-voted:fete-quartier-2027'),
};

/** Au clavier seulement : Tab, flèches, Espace, Entrée ; « Descendre » garde le focus sur le choix déplacé. */
export const Clavier: Story = {
  name: 'Parcours au clavier',
  args: { content: pollWith(['repas']), layout: 'steps' },
  // Focus inside the shadow root is not visible to Storybook's test utilities: this flow is
  // tested with a real keyboard (Playwright) in the package's own tests.
};

/** Texte « Facile à lire » : phrases courtes, mots simples. */
export const FacileALire: Story = { name: 'Facile à lire', args: { easy: true } };

/** Interface en arabe : la mise en page passe de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar', layout: 'steps' } };

/** Un contenu avec des erreurs : le panneau dit où et quoi corriger, en français. */
export const ContenuInvalide: Story = {
  name: 'Contenu invalide',
  args: {
    content: {
      version: 1,
      id: 'a-corriger',
      title: 'Sondage à corriger',
      questions: [
        {
          id: 'q1',
          type: 'ranking',
          prompt: 'Classez',
          choices: [{ id: 'seul', text: 'Un seul choix' }],
        },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const { view } = await poll(canvasElement);
    await expect(await view.findByRole('alert')).toHaveTextContent(
      'questions[0].choices : au moins deux choix sont nécessaires',
    );
  },
};
