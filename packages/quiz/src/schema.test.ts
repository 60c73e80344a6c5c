import { describe, it, expect } from 'vitest';
import { validateContent, problemToString } from '@quartiers-douai/core';
import { contentJsonSchema } from '@quartiers-douai/core/json-schema';
import { contentSchema, quizContentSchema, QUIZ_CONTENT_VERSION } from './schema.js';
import { quizTexts } from './texts.lazy.js';
import { clone, samples } from './fixtures.js';
import committedJsonSchema from '../schema.json';

const check = (input: unknown) =>
  validateContent(quizContentSchema, input, {
    supportedVersion: QUIZ_CONTENT_VERSION,
    packageName: '@quartiers-douai/quiz',
    texts: quizTexts,
  });
const problems = (input: unknown): string[] => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};
const base = () => clone(samples.adultes) as Record<string, any>;

describe('schema · samples', () => {
  it.each(Object.entries(samples))(
    'the %s sample is valid, with at least 8 questions',
    (_name, sample) => {
      const r = check(sample);
      expect(r.ok && r.warnings).toEqual([]);
      expect(sample.questions.length).toBeGreaterThanOrEqual(8);
    },
  );

  it('the samples use every question type, and the junior one has easy-read variants', () => {
    const types = new Set(Object.values(samples).flatMap((s) => s.questions.map((q) => q.type)));
    expect([...types].sort()).toEqual([
      'blanks',
      'image-zone',
      'matching',
      'multiple',
      'ordering',
      'single',
      'text',
      'true-false',
    ]);
    expect(
      samples.junior.questions.every((q) => typeof q.easy === 'string' && q.easy.length > 0),
    ).toBe(true);
  });

  it('the ados sample names the 3018 helpline', () => {
    expect(JSON.stringify(samples.ados)).toContain('3018');
  });

  it('schema.json is up to date with the zod schema (run `pnpm build` to refresh it)', () => {
    const fresh = contentJsonSchema(contentSchema);
    const { title: _t, $id: _i, ...committed } = committedJsonSchema as Record<string, unknown>;
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
    // …and in the same order, as qd-build writes it (byte for byte, but for "title" and "$id").
    expect(JSON.stringify(committed, null, 2)).toBe(JSON.stringify(fresh, null, 2));
  });
});

describe('schema · rules explained in French', () => {
  it('at least one question', () => {
    expect(problems({ ...base(), questions: [] })).toContain(
      'questions : la liste est vide : ajoutez au moins une question',
    );
  });

  it('single choice needs two choices and exactly one right answer', () => {
    const c = base();
    c.questions[0].choices = [{ text: 'Seul choix', correct: true }];
    expect(problems(c)).toContain('questions[0].choices : au moins deux choix sont nécessaires');
    c.questions[0].choices = [
      { text: 'A', correct: true },
      { text: 'B', correct: true },
    ];
    expect(problems(c)).toContain(
      'questions[0].choices : une seule bonne réponse est attendue : mettez "correct": true sur exactement un choix (il y en a 2)',
    );
  });

  it('multiple choice needs at least one right answer', () => {
    const c = base();
    c.questions[2].choices = c.questions[2].choices.map((ch: any) => ({ text: ch.text }));
    expect(problems(c)).toContain(
      'questions[2].choices : au moins une bonne réponse est attendue : mettez "correct": true sur un ou plusieurs choix',
    );
  });

  it('true-false without choices must say whether it is true', () => {
    const c = base();
    delete c.questions[1].correct;
    expect(problems(c)).toContain(
      'questions[1].correct : indiquez si l\'affirmation est vraie : "correct": true ou "correct": false',
    );
  });

  it('text questions need accepted answers', () => {
    const c = base();
    delete c.questions[6].answers;
    expect(problems(c)[0]).toMatch(/^questions\[6\]\.answers : une question à réponse écrite/);
  });

  it('ordering needs at least two items (written in the right order)', () => {
    const c = base();
    c.questions[0] = {
      id: 'ordre',
      type: 'ordering',
      prompt: 'Dans l’ordre',
      choices: [{ text: 'Seul' }],
    };
    expect(problems(c)).toContain('questions[0].choices : au moins deux choix sont nécessaires');
    c.questions[0].choices.push({ text: 'Ensuite' });
    expect(problems(c)).toEqual([]);
  });

  it('matching: every item has its `match`', () => {
    const c = base();
    c.questions[0] = {
      id: 'associer',
      type: 'matching',
      prompt: 'Associez',
      choices: [{ text: 'Carte volée', match: 'Opposition' }, { text: '3018' }],
    };
    expect(problems(c)).toEqual([
      'questions[0].choices[1].match : dans une question à associer, chaque choix a sa réponse : ajoutez "match": "…" (le texte à associer à "text")',
    ]);
  });

  it('blanks: a sentence with at least one gap in braces', () => {
    const c = base();
    c.questions[0] = { id: 'trous', type: 'blanks', prompt: 'Complétez', sentence: 'Sans trou' };
    expect(problems(c)).toEqual([
      'questions[0].sentence : une phrase à trous a besoin de "sentence" avec au moins un trou entre accolades, par exemple "Au moins {12|douze} caractères" (les réponses acceptées séparées par |)',
    ]);
    c.questions[0].sentence = 'Un { | } vide';
    expect(problems(c)).toHaveLength(1);
    c.questions[0].sentence = 'Au moins {12|douze} caractères';
    expect(problems(c)).toEqual([]);
  });

  it('image-zone: its picture with its size, each part placed, one right part', () => {
    const c = base();
    c.questions[0] = {
      id: 'zone',
      type: 'image-zone',
      prompt: 'Où ?',
      image: { src: 'images/page.png', alt: 'Une page' },
      choices: [
        { text: 'Adresse', correct: true, at: { x: 0, y: 0, w: 100, h: 10 } },
        { text: 'Bouton' },
      ],
    };
    expect(problems(c)).toEqual([
      'questions[0].image : une question image-zone a besoin de son image avec sa taille en pixels : "image": { "src", "alt", "width", "height" }',
      'questions[0].choices[1].at : chaque zone dit où elle est sur l\'image, en % : "at": { "x": 10, "y": 20, "w": 30, "h": 10 } (depuis le coin en haut à gauche)',
    ]);
    c.questions[0].image = { src: 'images/page.png', alt: 'Une page', width: 320, height: 200 };
    c.questions[0].choices[1].at = { x: 0, y: 50, w: 20, h: 10 };
    c.questions[0].choices[1].correct = true;
    expect(problems(c)[0]).toMatch(/^questions\[0\]\.choices : une seule bonne réponse/);
  });

  it('images need a text alternative unless decorative', () => {
    const c = base();
    c.questions[0].image = { src: 'images/sms.png', alt: '' };
    expect(problems(c)[0]).toMatch(/^questions\[0\]\.image\.alt : texte de remplacement manquant/);
    c.questions[0].image = { src: 'images/sms.png', alt: '', decorative: true };
    expect(problems(c)).toEqual([]);
  });

  it('ids are unique', () => {
    const c = base();
    c.questions[3].id = c.questions[0].id;
    expect(problems(c)).toContain(
      "questions[3].id : l'identifiant « faux-colis » est déjà utilisé (élément n°0) : chaque identifiant doit être unique",
    );
  });

  it('draw cannot exceed the pool', () => {
    expect(problems({ ...base(), draw: 40 })).toContain(
      'draw : vous demandez 40 questions mais la liste n\'en contient que 10 : mettez "draw" à 10 au plus',
    );
  });

  it('unknown type, missing prompt, bad passScore', () => {
    const c = base();
    c.questions[0].type = 'qcm';
    delete c.questions[1].prompt;
    c.passScore = 70;
    const p = problems(c);
    expect(p).toContain(
      'questions[0].type : valeur non reconnue (« qcm ») : choisissez parmi « single », « multiple », « true-false », « text », « ordering », « matching », « blanks », « image-zone »',
    );
    expect(
      p.some((m) => m.startsWith('questions[1].prompt : le champ « prompt » est obligatoire')),
    ).toBe(true);
    expect(p).toContain(
      "passScore : doit être un nombre de 0 à 1, sans guillemets ; un nombre à virgule s'écrit avec un point, par exemple 0.5",
    );
  });

  it('a newer content version is explained', () => {
    expect(problems({ ...base(), version: 2 })[0]).toMatch(
      /^version : ce contenu est en version 2, mais ce composant ne comprend que jusqu'à la version 1/,
    );
  });

  it('unknown fields are kept and warned about, not fatal', () => {
    const r = check({ ...base(), auteur: 'Centre social Frais-Marais' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect((r.data as Record<string, unknown>).auteur).toBe('Centre social Frais-Marais');
      expect(r.warnings.map(problemToString)[0]).toMatch(/^auteur : champ inconnu/);
    }
  });
});
