/** Test and story fixtures: the samples of content/, and a tiny diagnostic to read in tests. */
import complet from '../content/mes-competences-numeriques.json';
import premierPas from '../content/premier-pas.json';
import type { AutodiagContentInput } from './schema.js';

/** The two sample diagnostics of content/ (French): the complete one, and « premier pas ». */
export const samples = {
  complet: complet as AutodiagContentInput,
  premierPas: premierPas as AutodiagContentInput,
} satisfies Record<string, AutodiagContentInput>;

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Two areas, four statements, three levels (Je découvre from 0, Je me débrouille from 1.5,
 * Je suis à l'aise from 2.5) and four workshops: small enough to read in a test.
 */
export const tinyDiag: AutodiagContentInput = {
  version: 1,
  lang: 'fr',
  id: 'petit-bilan',
  title: 'Le petit bilan',
  description: 'Quatre phrases pour les tests.',
  areas: [
    { id: 'courriel', label: 'Les e-mails', icon: 'courriel', description: 'Lire et écrire.' },
    { id: 'securite', label: 'La sécurité', easy: 'Être prudent', icon: 'securite' },
  ],
  items: [
    { id: 'lire', area: 'courriel', statement: 'Je sais lire un e-mail', easy: 'Je lis un e-mail' },
    { id: 'photo', area: 'courriel', statement: 'Je sais envoyer une photo par e-mail' },
    { id: 'arnaque', area: 'securite', statement: 'Je sais reconnaître une arnaque' },
    { id: 'code', area: 'securite', statement: 'Je ne donne jamais mon code de carte' },
  ],
  levels: [
    { id: 'debut', label: 'Je découvre', min: 0, message: 'Un bon point de départ.' },
    { id: 'moyen', label: 'Je me débrouille', min: 1.5 },
    { id: 'fort', label: 'Je suis à l’aise', min: 2.5 },
  ],
  recommendations: [
    {
      area: 'courriel',
      maxLevel: 'debut',
      workshop: {
        title: 'Ma boîte e-mail',
        description: 'Lire et écrire ses e-mails.',
        when: 'Le mardi à 10 h',
        where: 'Salle 2',
        contact: {
          name: 'Samia',
          phone: '03 53 01 00 00',
          email: 'accueil@glycines.example',
          url: 'https://glycines.example/ateliers',
        },
      },
    },
    { area: 'courriel', maxLevel: 'moyen', workshop: { title: 'Les pièces jointes' } },
    { area: 'securite', maxLevel: 'moyen', workshop: { title: 'Déjouer les arnaques' } },
    { area: 'securite', maxLevel: 'fort', workshop: { title: 'Café numérique' } },
  ],
};
