import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../define.js';
import type { QdCvBuilder } from './cv-builder.js';
import { STEPS, type StepId } from './form-model.js';
import { arabicCv, samples } from '../fixtures.js';
import { story } from '../../../../apps/storybook/src/story-helpers.js';

interface Args {
  content?: unknown;
  step?: StepId;
  storage?: 'none' | 'session' | 'local';
  publicComputer?: boolean;
  easy?: boolean;
  lang?: string;
}

/** The builder, once it shows a step (or its error); `view` queries its shadow root as a person perceives it. */
const builder = (canvas: HTMLElement) =>
  story<QdCvBuilder>(canvas, 'qd-cv-builder', (el) =>
    expect(el.shadowRoot?.querySelector('#step-heading, [part="error"]')).toBeTruthy(),
  );

const ADVISORS = `Le **CV pas à pas** accompagne une personne de l’atelier emploi, de la page vide au CV imprimé, en 8 étapes. À l’écran : une aide en langage simple avec un exemple à chaque étape, le bouton « Facile à lire » et « Écouter », et l’aperçu du CV en direct (sur grand écran).

**Pour les conseillers et animateurs**

- Le CV reste sur l’appareil : rien n’est envoyé sur internet. Il est enregistré automatiquement dans le navigateur (on le retrouve le lendemain sur le même appareil). Sur un ordinateur du centre, utilisez \`public-computer\` : effacement à « Terminer et tout effacer », à la fermeture de l’onglet, ou après 10 minutes sans activité.
- Seuls le nom et un moyen de contact (téléphone ou e-mail) sont demandés ; tout le reste est facultatif.
- « Exporter mon CV (fichier) » donne un fichier JSON Resume que la personne garde (clé USB, e-mail à elle-même) et réimporte plus tard, ici ou dans un autre outil JSON Resume.
- « Imprimer ou enregistrer en PDF » : dans la fenêtre d’impression, choisir « Enregistrer au format PDF ». Le modèle « Une colonne » est le mieux lu par les logiciels de recrutement.
- Un CV de départ peut être donné en contenu (\`src="mon-modele.json"\`) ; un brouillon déjà enregistré passe avant.`;

const meta = {
  title: 'Composants/CV/Formulaire pas à pas',
  component: 'qd-cv-builder',
  parameters: {
    docs: { description: { component: ADVISORS } },
    embed: {
      package: '@quartiers-douai/cv',
      tag: 'qd-cv-builder',
      title: 'Mon CV pas à pas',
      height: 900,
      attributes: (args: Record<string, unknown>) => ({
        ...(args['publicComputer'] ? { 'public-computer': true } : {}),
        ...(args['storage'] && args['storage'] !== 'local'
          ? { storage: String(args['storage']) }
          : {}),
      }),
    },
  },
  argTypes: {
    content: { control: 'object', description: 'Un CV de départ (JSON Resume), facultatif.' },
    step: { control: 'select', options: [...STEPS], description: 'L’étape affichée.' },
    storage: {
      control: 'inline-radio',
      options: ['local', 'session', 'none'],
      description: 'Où garder le brouillon (sur l’appareil par défaut).',
    },
    publicComputer: {
      control: 'boolean',
      name: 'public-computer',
      description: 'Ordinateur partagé : effacement à « Terminer » ou après inactivité.',
    },
    easy: { control: 'boolean', description: 'Aide « Facile à lire ».' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { storage: 'none' },
  render: (a) =>
    html`<qd-cv-builder
      .content=${a.content}
      step=${ifDefined(a.step)}
      .storage=${a.storage ?? 'local'}
      ?public-computer=${a.publicComputer ?? false}
      .easy=${a.easy}
      lang=${ifDefined(a.lang)}
    ></qd-cv-builder>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel; starts from an empty CV. */
export const Playground: Story = {};

/** Samira : premier emploi, avec du bénévolat (le CV de départ est le fichier d’exemple). */
export const PremierEmploi: Story = {
  name: 'Premier emploi et bénévolat',
  args: { content: samples.benevolat, step: 'experience' },
};

/** Karim : reconversion avec des diplômes étrangers, à l’étape Formations. */
export const Reconversion: Story = {
  name: 'Reconversion, diplômes étrangers',
  args: { content: samples.reconversion, step: 'education' },
};

/** Léa : premier CV de lycéenne, avec ses stages ; l’aperçu, les modèles et la couleur. */
export const Apercu: Story = {
  name: 'Aperçu et impression',
  args: { content: samples.stages, step: 'preview' },
};

/** L’aide en « Facile à lire ». */
export const FacileALire: Story = { name: 'Facile à lire', args: { easy: true } };

/** Ordinateur partagé : ce qui est dit à la personne, et le bouton « Terminer et tout effacer ». */
export const OrdinateurPartage: Story = {
  name: 'Ordinateur partagé',
  args: { publicComputer: true, storage: 'session' },
};

/** Interface en arabe, de droite à gauche, pour un CV écrit en arabe. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { content: arabicCv(), lang: 'ar' } };

/** Le minimum (nom et un contact) expliqué, les erreurs reliées aux champs, le focus sur le premier. */
export const Erreurs: Story = {
  name: 'Erreurs expliquées',
  // Focus inside the shadow root is not visible to Storybook's test utilities: this flow is
  // tested with a real keyboard (Playwright) in the package's own tests.
};

/** Au clavier : le nom, le téléphone, Entrée, et l’on passe à l’étape suivante (focus sur son titre). */
export const Clavier: Story = {
  name: 'Parcours au clavier',
  // Focus inside the shadow root is not visible to Storybook's test utilities: this flow is
  // tested with a real keyboard (Playwright) in the package's own tests.
};

/** Un CV de départ invalide : le panneau d’erreurs en français (pour la personne qui a écrit le fichier). */
export const ContenuInvalide: Story = {
  name: 'CV de départ invalide',
  args: {
    content: { ...samples.benevolat, work: [{ position: 'Vendeuse', startDate: 'mars 2021' }] },
  },
  play: async ({ canvasElement }) => {
    const { view } = await builder(canvasElement);
    await expect(view.getByRole('alert')).toHaveTextContent('work[0].startDate : date invalide');
  },
};
