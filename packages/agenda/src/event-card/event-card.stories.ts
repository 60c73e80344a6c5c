import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define.js';
import { allCentres } from '../fixtures.js';

interface Args {
  content?: unknown;
  event?: string;
  today?: string;
  lang?: string;
}

const meta = {
  title: 'Composants/Agenda/Une activité',
  component: 'qd-event-card',
  parameters: {
    docs: {
      description: {
        component:
          '**Une activité** de l’agenda dans une page (un article, la page d’un centre) : sa prochaine date, l’heure, le centre, l’adresse, le téléphone, l’accessibilité, comment venir, et « Ajouter à mon agenda ». Mêmes fichiers que `<qd-agenda>`.',
      },
    },
    embed: {
      package: '@quartiers-douai/agenda',
      tag: 'qd-event-card',
      title: 'Une activité de l’agenda',
      height: 600,
      attributes: (args: Record<string, unknown>) => ({
        src: '/wp-content/uploads/qd/centre-social-les-tilleuls.json',
        event: String(args['event'] ?? 'restitution-inter-quartiers'),
      }),
    },
  },
  argTypes: {
    event: { control: 'text', description: 'L’id de l’activité.' },
    today: { control: 'text', description: 'Le jour compté comme aujourd’hui (AAAA-MM-JJ).' },
    lang: {
      control: 'inline-radio',
      options: ['fr', 'en', 'ar'],
      description: 'Langue de l’interface.',
    },
  },
  args: { content: allCentres(), event: 'restitution-inter-quartiers', today: '2027-03-01' },
  render: (a) =>
    html`<qd-event-card
      .content=${a.content}
      event=${ifDefined(a.event)}
      today=${ifDefined(a.today)}
      lang=${ifDefined(a.lang)}
    ></qd-event-card>`,
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<Args>;

/** La journée de restitution, avec inscription. */
export const Playground: Story = {};

/** Un atelier qui revient chaque semaine : sa prochaine date. */
export const AtelierHebdomadaire: Story = {
  name: 'Atelier chaque semaine',
  args: { event: 'glycines-atelier-cv', today: '2027-03-24' },
};

/** Interface en arabe, de droite à gauche. */
export const Arabe: Story = { name: 'Arabe (RTL)', args: { lang: 'ar' } };
