import { describe, it, expect } from 'vitest';
import { validateContent, problemToString } from '@quartiers-douai/core';
import { contentJsonSchema } from '@quartiers-douai/core/json-schema';
import {
  contentSchema,
  pollContentSchema,
  resultsContentSchema,
  POLL_CONTENT_VERSION,
} from './schema.js';
import { clone, sampleResults, samples } from './fixtures.js';
import committedSchema from '../schema.json';
import committedResultsSchema from '../results/schema.json';
import { pollTexts } from './texts.lazy.js';

const check = (input: unknown) =>
  validateContent(pollContentSchema, input, {
    supportedVersion: POLL_CONTENT_VERSION,
    packageName: '@quartiers-douai/poll',
    texts: pollTexts,
  });
const problems = (input: unknown): string[] => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};
const base = () => clone(samples.fete) as Record<string, any>;
const qi = (c: Record<string, any>, id: string) => c.questions.findIndex((q: any) => q.id === id);

describe('schema · samples', () => {
  it.each(Object.entries(samples))(
    'the %s sample is valid, without unknown fields',
    (_name, sample) => {
      const r = check(sample);
      expect(r.ok && r.warnings).toEqual([]);
    },
  );

  it('the festival sample uses every question type; together they have required questions, limits, help and easy-read', () => {
    expect([...new Set(samples.fete.questions.map((q) => q.type))].sort()).toEqual([
      'multiple',
      'ranking',
      'scale',
      'single',
      'text',
    ]);
    const all = Object.values(samples).flatMap((s) => s.questions);
    expect(all.some((q) => q.required)).toBe(true);
    expect(all.some((q) => q.maxChoices)).toBe(true);
    expect(all.every((q) => typeof q.easy === 'string' && q.easy.length > 0)).toBe(true);
    expect(Object.values(samples).every((s) => s.privacy)).toBe(true);
    expect(Object.values(samples).filter((s) => s.opensAt && s.closesAt)).toHaveLength(2);
    expect(new Set(Object.values(samples).map((s) => s.results)).size).toBe(3);
  });

  it('the results sample is valid and carries the playground poll unchanged', () => {
    const r = validateContent(resultsContentSchema, sampleResults, {
      supportedVersion: POLL_CONTENT_VERSION,
      packageName: 'test',
      texts: pollTexts,
    });
    expect(r.ok && r.warnings).toEqual([]);
    const { $schema: _s, ...poll } = samples.aireDeJeux as Record<string, unknown>;
    expect(sampleResults.poll).toEqual(poll);
  });

  it.each([
    ['schema.json', contentSchema, committedSchema],
    ['results/schema.json', resultsContentSchema, committedResultsSchema],
  ] as const)(
    '%s is up to date with the zod schema (run `pnpm build` to refresh it)',
    (_f, schema, committed) => {
      const fresh = contentJsonSchema(schema);
      const { title: _t, $id: _i, ...rest } = committed as Record<string, unknown>;
      expect(rest).toEqual(JSON.parse(JSON.stringify(fresh)));
      // …and in the same order, as qd-build writes it (byte for byte, but for "title" and "$id").
      expect(JSON.stringify(rest, null, 2)).toBe(JSON.stringify(fresh, null, 2));
    },
  );
});

describe('schema · rules explained in French', () => {
  it('an id for the poll, at least one question, unique question ids', () => {
    const c = base();
    delete c.id;
    expect(problems(c).some((x) => x.startsWith('id : '))).toBe(true);
    expect(problems({ ...base(), questions: [] })).toContain(
      'questions : la liste est vide : ajoutez au moins une question',
    );
    const d = base();
    d.questions[1].id = 'date';
    expect(
      problems(d).some((p) =>
        p.startsWith("questions[1].id : l'identifiant « date » est déjà utilisé"),
      ),
    ).toBe(true);
  });

  it('choices: at least two, with unique ids, only for single, multiple and ranking', () => {
    const c = base();
    c.questions[qi(c, 'repas')].choices = [{ id: 'seul', text: 'Seul' }];
    expect(problems(c)).toContain('questions[2].choices : au moins deux choix sont nécessaires');
    const d = base();
    d.questions[0].choices[1].id = '5-juin';
    expect(
      problems(d).some((p) =>
        p.startsWith("questions[0].choices[1].id : l'identifiant « 5-juin » est déjà utilisé"),
      ),
    ).toBe(true);
    const e = base();
    e.questions[qi(e, 'idees')].choices = [{ id: 'a', text: 'A' }];
    expect(problems(e)).toContain(
      'questions[5].choices : une question "text" n\'a pas de choix : retirez "choices" ou changez "type" en "single", "multiple" ou "ranking"',
    );
  });

  it('maxChoices: only for multiple, and not more than the choices', () => {
    const c = base();
    c.questions[1].maxChoices = 9;
    expect(problems(c)).toContain(
      'questions[1].maxChoices : il y a 6 choix : mettez "maxChoices" à 6 au plus',
    );
    const d = base();
    d.questions[0].maxChoices = 1;
    expect(problems(d)).toContain(
      'questions[0].maxChoices : "maxChoices" ne sert qu\'aux questions "multiple" : retirez-le',
    );
  });

  it('scale: needed, max above min, 11 values at most', () => {
    const c = base();
    const i = qi(c, 'bilan');
    delete c.questions[i].scale;
    expect(problems(c)).toContain(
      'questions[3].scale : une question "scale" a besoin d\'une échelle, par exemple "scale": { "min": 1, "max": 5 }',
    );
    c.questions[i].scale = { min: 5, max: 1 };
    expect(problems(c)).toContain(
      'questions[3].scale.max : "max" (1) doit être plus grand que "min" (5)',
    );
    c.questions[i].scale = { min: 0, max: 20 };
    expect(problems(c)).toContain(
      "questions[3].scale : l'échelle a 21 valeurs : 11 au plus (par exemple de 0 à 10)",
    );
  });

  it('maxLength: only for text, between 1 and 5000', () => {
    const c = base();
    c.questions[0].maxLength = 100;
    expect(problems(c)).toContain(
      'questions[0].maxLength : "maxLength" ne sert qu\'aux questions "text" : retirez-le',
    );
    for (const wrong of [0, 5001, 12.5]) {
      const d = base();
      d.questions[qi(d, 'idees')].maxLength = wrong;
      expect(problems(d)).toEqual([
        'questions[5].maxLength : doit être un nombre entier de 1 à 5000, sans virgule ni guillemets, par exemple 1',
      ]);
    }
    const e = base();
    e.questions[qi(e, 'idees')].maxLength = 5000;
    expect(problems(e)).toEqual([]);
  });

  it('whole numbers: maxChoices from 1, scale ends any whole number', () => {
    const c = base();
    c.questions[1].maxChoices = 0;
    expect(problems(c)).toContain(
      'questions[1].maxChoices : doit être un nombre entier supérieur ou égal à 1, sans virgule ni guillemets, par exemple 1',
    );
    const d = base();
    d.questions[qi(d, 'bilan')].scale = { min: 0.5, max: 5 };
    expect(problems(d)).toEqual([
      'questions[3].scale.min : doit être un nombre entier, sans virgule ni guillemets, par exemple 3',
    ]);
    d.questions[qi(d, 'bilan')].scale = { min: -2, max: 2 };
    expect(problems(d)).toEqual([]);
  });

  it('dates: AAAA-MM-JJ, and the poll closes after it opens', () => {
    const c = base();
    c.opensAt = '01/12/2026';
    c.closesAt = '2026-12-20';
    expect(problems(c)).toContain(
      'opensAt : date invalide : écrivez-la sous la forme AAAA-MM-JJ, par exemple "2026-12-01"',
    );
    const d = base();
    d.opensAt = '2026-12-01';
    d.closesAt = '2026-11-01';
    expect(problems(d)).toContain(
      "closesAt : le sondage ferme (2026-11-01) avant d'ouvrir (2026-12-01) : vérifiez les deux dates",
    );
  });

  it('results visibility is one of three words', () => {
    const c = base();
    c.results = 'toujours';
    expect(problems(c)[0]).toMatch(/^results : /);
  });

  it('choice images need a text alternative', () => {
    const c = base();
    c.questions[0].choices[0].image = { src: 'images/5-juin.png', alt: '' };
    expect(problems(c)[0]).toMatch(
      /^questions\[0\]\.choices\[0\]\.image\.alt : texte de remplacement manquant/,
    );
  });

  it('a results file may not mix ballots of another poll', () => {
    const r = clone(sampleResults) as any;
    r.ballots[0].pollId = 'fete-quartier-2027';
    const v = validateContent(resultsContentSchema, r, {
      supportedVersion: 1,
      packageName: 'test',
      texts: pollTexts,
    });
    expect(!v.ok && v.problems.map(problemToString)).toContain(
      'ballots[0].pollId : ce bulletin est celui du sondage « fete-quartier-2027 », pas de « aire-de-jeux-2027 » : retirez-le ou vérifiez le fichier',
    );
  });

  it('defaults: results after the close, questions not required, no shuffle', () => {
    const c = base();
    delete c.results;
    delete c.questions[0].required;
    const r = check(c);
    expect(
      r.ok && [r.data.results, r.data.questions[0]!.required, r.data.questions[0]!.shuffle],
    ).toEqual(['after-close', false, false]);
  });
});
