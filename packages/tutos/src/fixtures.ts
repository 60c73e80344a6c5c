/** Test and story fixtures: the samples of content/, the library index, and a tiny tutorial. */
import scanner from '../content/scanner-un-document.json';
import appel from '../content/faire-un-appel-video.json';
import email from '../content/creer-une-adresse-e-mail.json';
import pieceJointe from '../content/envoyer-une-piece-jointe.json';
import sms from '../content/reconnaitre-un-sms-frauduleux.json';
import index from '../content/bibliotheque/tutos-du-centre.json';
import type { LibraryIndexInput, TutorialInput } from './schema.js';

/** The five sample tutorials of content/ (French, made « by residents »). */
export const samples = {
  scanner: scanner as TutorialInput,
  appel: appel as TutorialInput,
  email: email as TutorialInput,
  pieceJointe: pieceJointe as TutorialInput,
  sms: sms as TutorialInput,
} satisfies Record<string, TutorialInput>;

/** content/bibliotheque/tutos-du-centre.json: the five samples, as a centre lists them. */
export const libraryIndex = index as LibraryIndexInput;

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A 2 × 2 blue PNG, inline. */
export const TINY_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGPgDr8ARAwQCgAecgTJ4cAXqgAAAABJRU5ErkJggg==';

/** Ten milliseconds of silence (WAV), inline: a voice as the maker attaches it. */
export const TINY_WAV =
  'data:audio/wav;base64,UklGRnQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YVAAAACAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgA==';

/** Three steps: one with a photo, one with a voice and its transcript, one plain. */
export const tinyTuto: TutorialInput = {
  version: 1,
  lang: 'fr',
  id: 'petit-tuto',
  title: 'Le petit tuto',
  summary: 'Un tuto de trois étapes pour les tests.',
  easy: 'Un petit tuto.',
  author: 'Samia',
  centre: 'Centre social Nord',
  level: 'debutant',
  duration: 5,
  materials: ['Un téléphone', 'Le wifi'],
  steps: [
    {
      title: 'Ouvrir l’appli',
      text: 'Touchez **l’icône** verte.',
      easy: 'Touchez le rond vert.',
      image: { src: TINY_PNG, alt: 'L’icône verte de l’appli, en bas de l’écran' },
    },
    {
      title: 'Écouter Samia',
      text: 'Elle explique comment elle fait.',
      audio: { src: TINY_WAV, transcript: 'Moi, je pose la feuille près de la fenêtre.' },
    },
    {
      title: 'Enregistrer',
      text: 'Touchez **Enregistrer**.\n\n- Donnez un nom.\n- Gardez le fichier.',
    },
  ],
  tags: ['téléphone', 'démarches'],
  createdAt: '2026-11-02',
};
