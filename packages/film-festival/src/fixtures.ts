/** Test and story fixtures: the sample festival of content/, and variants to read in tests. */
import festival from '../content/festival-du-film-court.json';
import type { FestivalContentInput } from './schema.js';

/** The sample festival of content/ (4 films, French captions, posters inline). */
export const samples = {
  festival: festival as FestivalContentInput,
} satisfies Record<string, FestivalContentInput>;

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Where the sample's media are served in tests and stories (the package's content/ folder). */
export const SAMPLE_URL = '/content/festival-du-film-court.json';

/**
 * The sample with every media address absolute on this server (`/content/media/…`), posters
 * included as files: what a centre's page with its media beside the JSON file asks for.
 */
export function withMediaFiles(): FestivalContentInput {
  const f = clone(samples.festival);
  for (const film of f.films) {
    film.poster.src = `/content/media/${film.id}.webp`;
    film.sources = film.sources.map((s) => ({ ...s, src: `/content/${s.src}` }));
    film.tracks = (film.tracks ?? []).map((t) => ({ ...t, src: `/content/${t.src}` }));
  }
  return f;
}

/**
 * A small festival to read in tests: two criteria (weights 2 and 1, scale 0–5), two categories,
 * three films from two centres.
 */
export const tinyFestival: FestivalContentInput = {
  version: 1,
  lang: 'fr',
  id: 'petit-festival',
  title: 'Le petit festival',
  edition: '1re édition',
  dates: { start: '2027-05-12', end: '2027-05-13' },
  venue: 'Centre social du Centre',
  criteria: [
    {
      id: 'histoire',
      label: 'Histoire',
      description: 'Elle est claire.',
      weight: 2,
      scale: { min: 0, max: 5 },
    },
    { id: 'image', label: 'Image', weight: 1, scale: { min: 0, max: 5 } },
  ],
  categories: [
    { id: 'fiction', label: 'Fiction' },
    { id: 'docu', label: 'Documentaire' },
  ],
  films: [
    {
      id: 'a',
      title: 'Film A',
      category: 'fiction',
      duration: 95,
      synopsis: 'Synopsis A.',
      easy: 'Facile A.',
      authors: ['Nour', 'Sami'],
      centre: 'Centre Nord',
      poster: { src: '/content/media/le-velo-de-nour.webp', alt: 'Affiche A' },
      sources: [{ src: '/content/media/le-velo-de-nour.webm', type: 'video/webm' }],
      tracks: [
        {
          src: '/content/media/le-velo-de-nour.fr.vtt',
          kind: 'captions',
          srclang: 'fr',
          label: 'Français',
          default: true,
        },
      ],
      transcript: 'Nour : Quelqu’un a vu mon vélo ?\n\nSami : Il est derrière le centre !',
      consent: true,
    },
    {
      id: 'b',
      title: 'Film B',
      category: 'docu',
      duration: 3,
      synopsis: 'Synopsis B.',
      authors: ['Le groupe ados'],
      centre: 'Centre Sud',
      poster: { src: '/content/media/mon-quartier-en-couleurs.webp', alt: 'Affiche B' },
      sources: [{ src: '/content/media/mon-quartier-en-couleurs.webm', type: 'video/webm' }],
      tracks: [],
      captionsNotNeeded: 'film sans paroles, seulement de la musique',
      consent: true,
    },
    {
      id: 'c',
      title: 'Film C',
      category: 'fiction',
      duration: 3,
      synopsis: 'Synopsis C.',
      authors: ['Lina'],
      centre: 'Centre Nord',
      poster: { src: '/content/media/la-recette-de-mamie.webp', alt: 'Affiche C' },
      sources: [{ src: '/content/media/la-recette-de-mamie.webm', type: 'video/webm' }],
      tracks: [
        {
          src: '/content/media/la-recette-de-mamie.fr.vtt',
          kind: 'subtitles',
          srclang: 'fr',
          label: 'Français',
        },
      ],
      consent: true,
    },
  ],
};
