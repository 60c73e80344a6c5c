/** Test and story fixtures: the samples of content/, and a tiny procedure to read in tests. */
import compte from '../content/creer-mon-compte.json';
import adresse from '../content/changement-adresse.json';
import rdv from '../content/rendez-vous-en-ligne.json';
import type { DemarcheContentInput } from './schema.js';

/** The three sample procedures of content/ (French, training mock-ups). */
export const samples = {
  compte: compte as DemarcheContentInput,
  adresse: adresse as DemarcheContentInput,
  rdv: rdv as DemarcheContentInput,
} satisfies Record<string, DemarcheContentInput>;

/** Their file names in content/ (their screens are content/screens/<file>--<step>.svg). */
export const sampleFiles = {
  compte: 'creer-mon-compte',
  adresse: 'changement-adresse',
  rdv: 'rendez-vous-en-ligne',
} as const;

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A 400 × 200 drawn screen (inline, so that tests ask the network for nothing). */
export const tinyScreen = `data:image/svg+xml;base64,${btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="400" height="200" fill="#fff"/><rect x="40" y="20" width="120" height="40" fill="#1f4f9a"/><rect x="240" y="120" width="120" height="40" fill="#1f4f9a"/></svg>',
)}`;

/**
 * Three steps: a screen with two zones (the right one is lower: it comes second in reading
 * order), a sample form of two fields, a screen with one zone. One word of the glossary is in the
 * first instruction.
 */
export const tinyProcedure: DemarcheContentInput = {
  version: 1,
  lang: 'fr',
  id: 'petite-demarche',
  title: 'La petite démarche',
  organisation: 'Service d’exemple',
  description: 'Une démarche de trois étapes pour les tests.',
  easyDescription: 'Trois étapes pour essayer.',
  officialUrl: 'https://www.service-public.fr/',
  lastChecked: '2026-11-29',
  prepare: [
    { label: 'Une adresse e-mail', easy: 'Votre e-mail', why: 'Pour recevoir le code.' },
    { label: 'Votre téléphone' },
  ],
  glossary: [
    {
      term: 'identifiant',
      definition: 'Le nom qui vous reconnaît sur le site.',
      easy: 'Votre nom sur le site.',
    },
  ],
  steps: [
    {
      id: 'entrer',
      title: 'Entrer sur le site',
      instruction: 'Appuyez sur le bouton du bas pour créer votre identifiant.',
      easy: 'Appuyez sur « Créer ».',
      screen: {
        image: { src: tinyScreen, alt: 'Écran avec deux boutons', width: 400, height: 200 },
      },
      hotspots: [
        {
          x: 60,
          y: 60,
          w: 30,
          h: 20,
          label: 'Bouton Créer',
          correct: true,
          feedback: 'C’est le bon bouton.',
        },
        { x: 10, y: 10, w: 30, h: 20, label: 'Bouton Aide', feedback: 'C’est l’aide.' },
      ],
      tip: 'Lisez ce qui est écrit sur le bouton.',
    },
    {
      id: 'formulaire',
      title: 'Remplir le formulaire',
      instruction: 'Tapez l’adresse d’exemple.',
      screen: {
        mock: {
          fields: [
            { label: 'Adresse e-mail', type: 'email', expected: 'camille@exemple.fr' },
            { label: 'Ville' },
          ],
          submit: 'Continuer',
        },
      },
      warning: 'Ne donnez jamais votre mot de passe.',
    },
    {
      id: 'fin',
      title: 'Terminer',
      instruction: 'Appuyez sur « Terminer ».',
      screen: { image: { src: tinyScreen, alt: 'Écran final', width: 400, height: 200 } },
      hotspots: [
        { x: 10, y: 10, w: 30, h: 20, label: 'Bouton Terminer', correct: true },
        { x: 60, y: 60, w: 30, h: 20, label: 'Bouton Quitter' },
      ],
      hint: 'Le bouton est en haut à gauche.',
    },
  ],
};
