/**
 * Sample CVs shared by tests, stories and docs: the three content files of content/ (fictional
 * people), plus variants built from them — never copy-pasted content.
 */
import benevolat from '../content/premier-emploi-benevolat.json';
import reconversion from '../content/reconversion-diplomes-etrangers.json';
import stages from '../content/premier-cv-stages.json';
import type { CvInput } from './schema.js';

export const samples = {
  /** Samira Benali — entry-level job seeker with volunteering (template "sobre"). */
  benevolat: benevolat as CvInput,
  /** Karim Haddad — career changer with foreign diplomas (template "moderne"). */
  reconversion: reconversion as CvInput,
  /** Léa Dupont — a young person's first CV with school internships (template "ats"). */
  stages: stages as CvInput,
} as const;

export const sampleFiles = {
  benevolat: 'premier-emploi-benevolat.json',
  reconversion: 'reconversion-diplomes-etrangers.json',
  stages: 'premier-cv-stages.json',
} as const;

/** A deep copy, safe to modify in a test. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Karim's CV written in Arabic (right-to-left), for RTL checks. */
export function arabicCv(): CvInput {
  const cv = clone(samples.reconversion);
  cv.basics = {
    ...cv.basics,
    name: 'كريم حداد',
    label: 'مساعد محاسب',
    summary: 'محاسب لمدة تسع سنوات في الجزائر، ثم عامل في مجال اللوجستيك في فرنسا.',
    'x-qd': { ...cv.basics?.['x-qd'], targetJob: 'مساعد محاسب' },
  };
  cv.work = cv.work?.map((w, i) => ({ ...w, position: i === 0 ? 'محضّر طلبيات' : 'محاسب' }));
  cv.meta = { 'x-qd': { version: 1, lang: 'ar', template: 'moderne', accent: '#00677f' } };
  return cv;
}

/**
 * A document in the shape of JSON Resume's official sample (every section and field of the
 * v1.0.0 schema, including the ones the builder does not edit: awards, publications, projects,
 * references, meta) — with fictional French data.
 */
export function officialShapeResume(): Record<string, unknown> {
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: 'Nadia Lefebvre',
      label: 'Aide-soignante',
      image: 'https://exemple.fr/photos/nadia.jpg',
      email: 'nadia.lefebvre@exemple.fr',
      phone: '03 27 00 00 00',
      url: 'https://nadia-lefebvre.exemple.fr',
      summary: 'Aide-soignante depuis douze ans, en EHPAD puis à domicile.',
      location: {
        address: '12 rue de la Paix',
        postalCode: '59500',
        city: 'Douai',
        countryCode: 'FR',
        region: 'Hauts-de-France',
      },
      profiles: [
        {
          network: 'LinkedIn',
          username: 'nadia-lefebvre',
          url: 'https://www.linkedin.com/in/nadia-lefebvre',
        },
      ],
    },
    work: [
      {
        name: 'EHPAD Les Tilleuls',
        location: 'Douai',
        description: 'Établissement de 80 lits',
        position: 'Aide-soignante',
        url: 'https://ehpad-tilleuls.exemple.fr',
        startDate: '2013-01-01',
        endDate: '2019-12-31',
        summary: 'Soins d’hygiène et de confort.',
        highlights: ['Accompagnement en fin de vie', 'Tutrice de stagiaires'],
      },
    ],
    volunteer: [
      {
        organization: 'Croix-Rouge, unité locale',
        position: 'Bénévole',
        url: 'https://exemple.fr/croix-rouge',
        startDate: '2012-01-01',
        endDate: '2013-01-01',
        summary: 'Maraudes du soir.',
        highlights: ['Formation PSE1'],
      },
    ],
    education: [
      {
        institution: 'IFAS de Douai',
        url: 'https://ifas.exemple.fr',
        area: 'Soins',
        studyType: 'Diplôme d’État d’aide-soignant',
        startDate: '2011-09-01',
        endDate: '2012-06-30',
        score: 'admise',
        courses: ['Module 1 — Accompagnement de la personne'],
      },
    ],
    awards: [
      {
        title: 'Prix de l’engagement',
        date: '2018-11-01',
        awarder: 'Ville de Douai',
        summary: 'Pour le projet jardin thérapeutique.',
      },
    ],
    certificates: [
      {
        name: 'AFGSU niveau 2',
        date: '2021-11-07',
        issuer: 'CESU 59',
        url: 'https://exemple.fr/afgsu',
      },
    ],
    publications: [
      {
        name: 'Le jardin qui soigne',
        publisher: 'Revue de l’aide à domicile',
        releaseDate: '2019-10-01',
        url: 'https://exemple.fr/article',
        summary: 'Retour d’expérience.',
      },
    ],
    skills: [{ name: 'Soins', level: 'Master', keywords: ['Hygiène', 'Confort', 'Transmissions'] }],
    languages: [{ language: 'Français', fluency: 'Native speaker' }],
    interests: [{ name: 'Jardinage', keywords: ['Potager', 'Compost'] }],
    references: [
      { name: 'Mme Martin, cadre de santé', reference: 'Nadia est fiable et attentive.' },
    ],
    projects: [
      {
        name: 'Jardin thérapeutique',
        description: 'Un potager adapté pour les résidents.',
        highlights: ['Financé par la commune'],
        keywords: ['Animation'],
        startDate: '2017-03-01',
        endDate: '2018-06-01',
        url: 'https://exemple.fr/jardin',
        roles: ['Porteuse du projet'],
        entity: 'EHPAD Les Tilleuls',
        type: 'application',
      },
    ],
    meta: {
      canonical: 'https://exemple.fr/cv.json',
      version: 'v1.0.0',
      lastModified: '2024-01-01T10:00:00',
    },
  };
}
