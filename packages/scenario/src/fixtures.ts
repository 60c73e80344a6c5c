/** Test and story fixtures: the samples of content/, and a tiny story to read in tests. */
import photo from '../content/la-photo-de-groupe.json';
import anonyme from '../content/le-compte-anonyme.json';
import cadeau from '../content/le-cadeau-dans-le-jeu.json';
import fake from '../content/vrai-ou-fake.json';
import groupe from '../content/le-groupe-de-la-classe.json';
import type { ScenarioContentInput } from './schema.js';

/** The five sample stories of content/ (French, for 11-17 year-olds); `groupe` has a memory. */
export const samples = {
  photo: photo as ScenarioContentInput,
  anonyme: anonyme as ScenarioContentInput,
  cadeau: cadeau as ScenarioContentInput,
  fake: fake as ScenarioContentInput,
  groupe: groupe as ScenarioContentInput,
} satisfies Record<string, ScenarioContentInput>;

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Three steps, two choices, three endings: small enough to read in a test.
 * debut → (montre | ignore) ; montre → (supprime | partage) ; ignore → fin-neutre.
 */
export const tinyStory: ScenarioContentInput = {
  version: 1,
  lang: 'fr',
  id: 'petite-histoire',
  title: 'La petite histoire',
  description: 'Une histoire de trois étapes pour les tests.',
  audience: 'ados',
  characters: [
    { id: 'sam', name: 'Sam' },
    { id: 'ines', name: 'Inès', avatar: { src: 'images/ines.png', alt: 'Inès sourit' } },
  ],
  start: 'debut',
  nodes: {
    debut: {
      messages: [
        { text: 'Mercredi, 17 h. Le groupe de la classe s’agite.' },
        {
          from: 'sam',
          text: 'Regarde cette photo de Inès 😂',
          easy: 'Sam envoie une photo de Inès.',
        },
      ],
      choices: [
        { text: 'Je regarde la photo', easy: 'Je regarde', next: 'montre', tag: 'regarde' },
        { text: 'Je ne réponds pas', next: 'ignore' },
      ],
    },
    montre: {
      messages: [{ from: 'sam', text: 'Tu la partages dans le groupe ?' }],
      choices: [
        { text: 'Non, et je dis à Sam de la supprimer', next: 'fin-bien', tag: 'temoin-agit' },
        { text: 'Je la partage', next: 'fin-mal', tag: 'partage' },
      ],
    },
    ignore: {
      messages: [{ text: 'La photo circule quand même.' }],
      end: {
        kind: 'neutral',
        summary: 'Vous n’avez rien fait de mal, mais la photo a circulé.',
        advice: 'Se taire ne protège pas Inès : on peut la prévenir et signaler la photo.',
      },
    },
    'fin-bien': {
      messages: [{ from: 'ines', text: 'Merci de m’avoir défendue.' }],
      end: {
        kind: 'good',
        summary: 'Sam a supprimé la photo.',
        advice: 'Dire non, c’est aider. Le 3018 peut aussi faire retirer une photo.',
      },
    },
    'fin-mal': {
      messages: [{ from: 'ines', text: 'Pourquoi tout le monde rit de moi ?' }],
      end: {
        kind: 'bad',
        summary: 'La photo a fait le tour du collège.',
        advice: 'Partager une photo sans accord, c’est participer au harcèlement.',
        easyAdvice: 'Ne partage pas la photo de quelqu’un sans son accord.',
      },
    },
  },
  debrief: {
    questions: ['Qu’auriez-vous fait à la place de la personne qui reçoit la photo ?'],
    keyPoints: ['Partager une photo sans accord est interdit et blesse.'],
    resources: [
      {
        label: '3018, le numéro contre le harcèlement numérique',
        url: 'https://www.e-enfance.org/numero-3018/',
        phone: '3018',
        description: 'Gratuit, anonyme et confidentiel, 7 jours sur 7.',
      },
    ],
  },
};
