/** Test and story fixtures: the five centres of content/, and a tiny agenda to read in tests. */
import glycines from '../content/centre-les-glycines.json';
import moulin from '../content/maison-du-moulin-vert.json';
import tilleuls from '../content/centre-social-les-tilleuls.json';
import cerisaies from '../content/espace-des-cerisaies.json';
import passerelle from '../content/centre-social-la-passerelle.json';
import type { AgendaContentInput } from './schema.js';

/** One file per centre (fictional centres of Douai), March–April 2027, across the 28 March DST change. */
export const samples = {
  glycines: glycines as AgendaContentInput,
  moulin: moulin as AgendaContentInput,
  tilleuls: tilleuls as AgendaContentInput,
  cerisaies: cerisaies as AgendaContentInput,
  passerelle: passerelle as AgendaContentInput,
} satisfies Record<string, AgendaContentInput>;

/** The five files as `content` takes them: an array, merged into one agenda. */
export const allCentres = (): AgendaContentInput[] => Object.values(samples).map(clone);

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Two centres, three events, small enough to read in a test: a weekly Tuesday 18:00 workshop
 * across the DST change of 28 March 2027 with one day off, a monthly second-Saturday café, and a
 * cancelled outing.
 */
export const tinyAgenda: AgendaContentInput = {
  version: 1,
  lang: 'fr',
  centres: [
    {
      id: 'a',
      name: 'Centre A',
      address: '1 rue A, 59500 Douai',
      phone: '03 53 01 00 01',
      email: 'a@centre-a.example',
      accessibility: ['Entrée de plain-pied'],
      transports: ['Bus ligne 2, arrêt A'],
    },
    { id: 'b', name: 'Centre B', address: '2 rue B, 59500 Douai' },
  ],
  events: [
    {
      id: 'cv',
      title: 'Atelier CV',
      description: 'On écrit votre CV ensemble.',
      centre: 'a',
      start: '2027-03-16T18:00',
      end: '2027-03-16T20:00',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=4', exdate: ['2027-03-30'] },
      audience: 'adultes',
      theme: 'emploi',
      registration: { required: true, contact: 'Appelez le 03 53 01 00 01', places: 8 },
    },
    {
      id: 'cafe',
      title: 'Café des parents',
      centre: 'b',
      start: '2027-03-13T10:00',
      end: '2027-03-13T12:00',
      recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2SA;COUNT=2' },
      audience: 'familles',
      theme: 'parentalite',
    },
    {
      id: 'sortie',
      title: 'Sortie au musée',
      centre: 'b',
      start: '2027-03-20T13:30',
      audience: 'enfants',
      theme: 'vivre-ensemble',
      cancelled: true,
    },
  ],
};
