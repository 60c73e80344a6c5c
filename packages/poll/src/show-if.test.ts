/**
 * Questions asked only after given answers (`showIf`, docs/decisions/0025): the content rules
 * (paths and French sentences), which questions are asked, the ballot and the CSV.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { pollContentSchema, POLL_CONTENT_VERSION } from './schema.js';
import { clone, samples } from './fixtures.js';
import { pollTexts } from './texts.lazy.js';
import { parsePoll } from './test/content.js';
import { visible } from './poll/show-if.part.js';
import { loadShowIf } from './poll/show-if.js';
import { toBallot } from './poll/answers.js';
import { ballotsToRows } from './csv.js';
import { tally } from './results/tally.js';

const problems = (input: unknown): string[] => {
  const r = validateContent(pollContentSchema, input, {
    supportedVersion: POLL_CONTENT_VERSION,
    packageName: '@quartiers-douai/poll',
    texts: pollTexts,
  });
  return r.ok ? [] : r.problems.map(problemToString);
};
type Q = Record<string, unknown>;
const accueil = () => clone(samples.accueil) as { questions: Q[] } & Record<string, unknown>;
const withShowIf = (index: number, showIf: unknown) => {
  const c = accueil();
  c.questions[index]!.showIf = showIf;
  return c;
};

describe('showIf · content rules', () => {
  it('the sample is valid', () => {
    expect(problems(samples.accueil)).toEqual([]);
  });

  it('an unknown question is named, at its path', () => {
    expect(problems(withShowIf(1, { question: 'venu', anyOf: ['oui'] }))).toEqual([
      "questions[1].showIf.question : aucune question n'a l'identifiant « venu » : vérifiez l'identifiant ou retirez la condition",
    ]);
  });

  it('a later question is refused; a loop is called a loop', () => {
    const later = problems(withShowIf(1, { question: 'idee', answered: true }));
    expect(later).toHaveLength(1);
    expect(later[0]).toMatch(
      /^questions\[1\]\.showIf\.question : la question « idee » vient après celle-ci/,
    );
    const self = problems(withShowIf(4, { question: 'idee', answered: true }));
    expect(self[0]).toMatch(
      /^questions\[4\]\.showIf\.question : la question « idee » dépend elle-même de celle-ci \(une boucle\)/,
    );
    const loop = withShowIf(1, { question: 'probleme', answered: true }); // accueil ← probleme ← accueil
    expect(problems(loop)).toContainEqual(
      expect.stringMatching(
        /^questions\[1\]\.showIf\.question : la question « probleme » dépend elle-même de celle-ci/,
      ),
    );
  });

  it('answers named must be answers the question can give', () => {
    expect(problems(withShowIf(1, { question: 'deja-venu', anyOf: ['peut-etre'] }))).toEqual([
      "questions[1].showIf.anyOf[0] : « peut-etre » n'est pas une réponse possible de la question « deja-venu » : écrivez l'identifiant d'un de ses choix (ou une valeur de son échelle)",
    ]);
    expect(problems(withShowIf(2, { question: 'accueil', anyOf: [6] }))[0]).toMatch(
      /^questions\[2\]\.showIf\.anyOf\[0\] : « 6 » n'est pas une réponse possible/,
    );
    expect(problems(withShowIf(4, { question: 'probleme', anyOf: ['x'] }))[0]).toMatch(
      /^questions\[4\]\.showIf\.anyOf : on ne peut pas nommer les réponses d'une question "text" : écrivez "answered": true/,
    );
    expect(problems(withShowIf(4, { question: 'probleme' }))[0]).toMatch(
      /^questions\[4\]\.showIf : écrivez soit "anyOf"/,
    );
  });

  it('a question that can never be asked is flagged: contradictory, or after a question never asked', () => {
    const clash = withShowIf(4, {
      all: [
        { question: 'deja-venu', anyOf: ['oui'] },
        { question: 'deja-venu', anyOf: ['non'] },
      ],
    });
    expect(problems(clash)).toEqual([
      'questions[4].showIf : cette question ne serait jamais posée (ses conditions ne peuvent pas être vraies ensemble, ou portent sur une question jamais posée) : revoyez "showIf"',
    ]);
    const chain = accueil();
    chain.questions[1]!.showIf = { question: 'deja-venu', anyOf: [] };
    expect(problems(chain).map((p) => p.split(' : ')[0])).toEqual([
      'questions[1].showIf',
      'questions[2].showIf',
    ]);
    const any = withShowIf(4, {
      any: [
        { question: 'deja-venu', anyOf: ['oui'] },
        { question: 'deja-venu', anyOf: ['non'] },
      ],
    });
    expect(problems(any)).toEqual([]);
  });

  it('one shape at a time, and a list is never empty', () => {
    expect(problems(withShowIf(4, { question: 'deja-venu', anyOf: ['oui'], all: [] }))[0]).toMatch(
      /^questions\[4\]\.showIf : écrivez une condition/,
    );
    expect(problems(withShowIf(4, { any: [] }))).toEqual([
      'questions[4].showIf.any : la liste est vide : ajoutez au moins une condition',
    ]);
  });
});

describe('showIf · the questions asked, the ballot, the CSV', () => {
  const c = parsePoll(samples.accueil);
  beforeAll(() => loadShowIf()); // (what a poll that uses `showIf` waits for)
  const ids = (answers: Record<string, unknown>) =>
    visible(c.questions, answers as never).map((q) => q.id);

  it('without answers, only the questions without conditions; each answer opens its own', () => {
    expect(ids({})).toEqual(['deja-venu', 'idee']);
    expect(ids({ 'deja-venu': 'oui' })).toEqual(['deja-venu', 'accueil', 'idee']);
    expect(ids({ 'deja-venu': 'oui', accueil: 2 })).toEqual([
      'deja-venu',
      'accueil',
      'probleme',
      'idee',
    ]);
    expect(ids({ 'deja-venu': 'non', accueil: 2 })).toEqual(['deja-venu', 'freins', 'idee']);
  });

  it('an answer kept for a question no longer asked opens nothing, and is not in the ballot', () => {
    const answers = { 'deja-venu': 'non', accueil: 1, probleme: 'Attente', idee: ' Un café ' };
    expect(toBallot(c, answers).answers).toEqual({ 'deja-venu': 'non', idee: 'Un café' });
  });

  it('the CSV leaves an empty cell for a question not asked, never "non"', () => {
    const rows = ballotsToRows(
      c,
      [{ answers: { 'deja-venu': 'non', freins: ['trajet'] } }],
      (n) => `${n}`,
    );
    expect(rows[1]).toEqual(['Non', '', '', "C'est loin ou difficile d'y aller", '']);
  });

  it('the results count a question not asked over the people it was asked to', () => {
    const t = tally(c, [
      { answers: { 'deja-venu': 'non', freins: ['trajet'] } },
      { answers: { 'deja-venu': 'oui', accueil: 5 } },
    ]);
    expect(t.participants).toBe(2);
    const freins = t.questions['freins']!;
    expect(freins.respondents).toBe(1);
    expect(freins.type === 'multiple' && freins.rows.find((r) => r.id === 'trajet')!.share).toBe(1);
  });
});
