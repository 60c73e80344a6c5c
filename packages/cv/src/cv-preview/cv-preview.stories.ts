import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';
import { arabicCv, sampleFiles, samples } from '../fixtures.js';
import { ACCENTS, TEMPLATES, type CvTemplate } from '../schema.js';

interface Args {
  content?: unknown;
  template?: CvTemplate;
  accent?: string;
}

const meta = {
  title: 'Composants/CV/Aperçu',
  component: 'qd-cv-preview',
  parameters: {
    docs: {
      description: {
        component:
          'L’affichage seul d’un CV (format JSON Resume), en trois modèles : **sobre**, **moderne** (deux colonnes) et **une colonne** (lecture robot / ATS), avec une couleur au choix. Imprimé (méthode `print()`, ou depuis le formulaire), il donne un CV A4 sans rien d’autre de la page. Paquet léger : `dist/cdn/cv-preview.js`.',
      },
    },
    embed: {
      package: '@quartiers-douai/cv',
      tag: 'qd-cv-preview',
      title: 'Aperçu du CV',
      height: 1100,
      attributes: (args: Record<string, unknown>) => ({
        src: sampleFiles.benevolat,
        ...(args['template'] ? { template: String(args['template']) } : {}),
        ...(args['accent'] ? { accent: String(args['accent']) } : {}),
      }),
    },
  },
  argTypes: {
    content: { control: 'object', description: 'Le CV (JSON Resume).' },
    template: {
      control: 'inline-radio',
      options: [...TEMPLATES],
      description: 'Modèle (par défaut : celui du CV).',
    },
    accent: {
      control: 'select',
      options: Object.values(ACCENTS),
      description: 'Couleur (par défaut : celle du CV).',
    },
  },
  args: { content: samples.benevolat },
  render: (a) =>
    html`<qd-cv-preview
      .content=${a.content}
      template=${ifDefined(a.template)}
      accent=${ifDefined(a.accent)}
    ></qd-cv-preview>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** Every option in the controls panel. */
export const Playground: Story = {};

/** Modèle « sobre » : une colonne, une couleur. */
export const Sobre: Story = { args: { content: samples.benevolat, template: 'sobre' } };

/** Modèle « moderne » : une colonne de côté pour le contact, les compétences, les langues. */
export const Moderne: Story = { args: { content: samples.reconversion, template: 'moderne' } };

/** Modèle « une colonne » : sans photo ni colonnes, le mieux lu par les logiciels de recrutement. */
export const UneColonne: Story = {
  name: 'Une colonne (ATS)',
  args: { content: samples.stages, template: 'ats' },
};

/** Un CV écrit en arabe : titres en arabe, de droite à gauche. */
export const Arabe: Story = { name: 'CV en arabe (RTL)', args: { content: arabicCv() } };
