import { describe, expect, it } from 'vitest';
import { problemToString, validateContent } from '@quartiers-douai/core';
import { contentJsonSchema } from '@quartiers-douai/core/json-schema';
import { contentSchema, SCENARIO_CONTENT_VERSION, scenarioContentSchema } from './schema.js';
import { scenarioTexts } from './texts.lazy.js';
import { allPaths } from './graph.js';
import { clone, tinyStory } from './fixtures.js';
import committedJsonSchema from '../schema.json';

const check = (input: unknown) =>
  validateContent(scenarioContentSchema, input, {
    supportedVersion: SCENARIO_CONTENT_VERSION,
    packageName: '@quartiers-douai/scenario',
    texts: scenarioTexts,
  });
const problems = (input: unknown): string[] => {
  const r = check(input);
  return r.ok ? [] : r.problems.map(problemToString);
};
type Story = typeof tinyStory & { nodes: Record<string, Record<string, unknown>> };
const story = () => clone(tinyStory) as Story;

describe('schema · a valid story', () => {
  it('the tiny story is valid, audience "ados" by default', () => {
    const s = story();
    delete (s as Partial<Story>).audience;
    const r = check(s);
    expect(r.ok && r.warnings).toEqual([]);
    expect(r.ok && r.data.audience).toBe('ados');
  });

  it('its paths: every way from the start to an ending', () => {
    expect(allPaths(tinyStory)).toEqual([
      ['debut', 'montre', 'fin-bien'],
      ['debut', 'montre', 'fin-mal'],
      ['debut', 'ignore'],
    ]);
  });

  it('a loop with a way out is allowed, and followed once per path', () => {
    const s = story();
    s.nodes['montre']!['choices'] = [
      ...(tinyStory.nodes['montre']!.choices ?? []),
      { text: 'Je réfléchis encore', easy: 'Je réfléchis', next: 'debut' },
    ];
    expect(problems(s)).toEqual([]);
    const paths = allPaths(s);
    // Back at the start, the way to « montre » is already taken: the path goes the other way.
    expect(paths).toContainEqual(['debut', 'montre', 'debut', 'ignore']);
    expect(paths.every((p) => p.length < 10)).toBe(true);
  });

  it('schema.json is up to date with the zod schema (run `pnpm build` to refresh it)', () => {
    const fresh = contentJsonSchema(contentSchema);
    const { title: _t, $id: _i, ...committed } = committedJsonSchema as Record<string, unknown>;
    expect(committed).toEqual(JSON.parse(JSON.stringify(fresh)));
    // …and in the same order, as qd-build writes it (byte for byte, but for "title" and "$id").
    expect(JSON.stringify(committed, null, 2)).toBe(JSON.stringify(fresh, null, 2));
  });
});

describe('schema · the story graph, explained in French (naming the step)', () => {
  it('a choice that leads nowhere (dangling next)', () => {
    const s = story();
    (s.nodes['montre']!['choices'] as Array<{ next: string }>)[1]!.next = 'fin-oubliee';
    expect(problems(s)).toContain(
      'nodes.montre.choices[1].next : ce choix de l\'étape « montre » mène à « fin-oubliee », qui n\'existe pas : corrigez "next" ou ajoutez l\'étape « fin-oubliee » dans "nodes"',
    );
  });

  it('a step no choice leads to (unreachable)', () => {
    const s = story();
    s.nodes['perdue'] = {
      messages: [{ text: 'Personne ne vient ici.' }],
      end: tinyStory.nodes['ignore']!.end,
    };
    expect(problems(s)).toContain(
      'nodes.perdue : l\'étape « perdue » n\'est jamais atteinte : aucun choix n\'y mène depuis le départ ; ajoutez un choix avec "next": "perdue" ou supprimez l\'étape',
    );
  });

  it('a step with neither choices nor ending (dead end)', () => {
    const s = story();
    delete s.nodes['ignore']!['end'];
    expect(problems(s)).toContain(
      'nodes.ignore : l\'étape « ignore » est une impasse : ajoutez des choix ("choices") ou une fin ("end")',
    );
  });

  it('a step with both choices and an ending', () => {
    const s = story();
    s.nodes['ignore']!['choices'] = [{ text: 'Encore', next: 'debut' }];
    expect(problems(s)).toContain(
      'nodes.ignore : l\'étape « ignore » a des choix et une fin : gardez soit "choices" (l\'histoire continue), soit "end" (elle s\'arrête ici)',
    );
  });

  it('a loop with no way out', () => {
    const s = story();
    s.nodes['montre']!['choices'] = [{ text: 'Je relis', next: 'relire' }];
    s.nodes['relire'] = {
      messages: [{ text: 'Tu relis.' }],
      choices: [{ text: 'Encore', next: 'montre' }],
    };
    delete s.nodes['fin-bien'];
    delete s.nodes['fin-mal'];
    const found = problems(s);
    expect(found).toContain(
      'nodes.montre : depuis l\'étape « montre », aucun chemin ne mène à une fin (la boucle ne s\'arrête jamais) : ajoutez un choix qui mène vers une étape avec "end"',
    );
    expect(found.some((p) => p.startsWith("nodes.relire : depuis l'étape « relire »"))).toBe(true);
  });

  it('a start that is not a step', () => {
    expect(problems({ ...story(), start: 'commencement' })).toContain(
      "start : l'étape de départ « commencement » n'existe pas dans \"nodes\" : écrivez l'identifiant d'une étape (par exemple « debut »)",
    );
  });

  it('a start or a next named like what every object has (constructor, toString) is not a step', () => {
    const s = story();
    (s.nodes['montre']!['choices'] as Array<{ text: string; next: string }>).push({
      text: 'Je la montre à tout le monde',
      next: 'toString',
    });
    expect(problems(s)).toEqual([
      'nodes.montre.choices[2].next : ce choix de l\'étape « montre » mène à « toString », qui n\'existe pas : corrigez "next" ou ajoutez l\'étape « toString » dans "nodes"',
    ]);
    expect(problems({ ...story(), start: 'constructor' })).toContain(
      "start : l'étape de départ « constructor » n'existe pas dans \"nodes\" : écrivez l'identifiant d'une étape (par exemple « debut »)",
    );
    expect(allPaths({ ...tinyStory, start: 'constructor' })).toEqual([]);
  });

  it('a message from an unknown character', () => {
    const s = story();
    (s.nodes['debut']!['messages'] as Array<{ from?: string }>)[1]!.from = 'samy';
    expect(problems(s)).toContain(
      'nodes.debut.messages[1].from : le personnage « samy » n\'existe pas : écrivez l\'identifiant d\'un personnage de "characters", ou retirez "from" pour une ligne de récit',
    );
  });

  it('a step id with spaces or accents', () => {
    const s = story();
    s.nodes['fin-bien']!['messages'] = [];
    s.nodes['étape 2'] = { messages: [], end: tinyStory.nodes['ignore']!.end };
    (s.nodes['montre']!['choices'] as Array<{ next: string }>)[0]!.next = 'étape 2';
    expect(problems(s)).toContain(
      'nodes.étape 2 : identifiant d\'étape « étape 2 » invalide : utilisez des lettres sans accents, des chiffres, - ou _ (par exemple "debut")',
    );
  });

  it('no steps at all, and two characters with the same id', () => {
    const s = {
      ...story(),
      nodes: {},
      characters: [tinyStory.characters[0], tinyStory.characters[0]],
    };
    const found = problems(s);
    expect(found).toContain(
      'nodes : l\'histoire n\'a aucune étape : ajoutez au moins une étape dans "nodes"',
    );
    expect(
      found.some((p) => p.startsWith("characters[1].id : l'identifiant « sam » est déjà utilisé")),
    ).toBe(true);
  });

  it('an ending of an unknown kind, and a help link that is not https', () => {
    const s = story();
    (s.nodes['ignore']!['end'] as { kind: string }).kind = 'super';
    s.debrief.resources[0]!.url = 'http://www.e-enfance.org';
    const found = problems(s).join('\n');
    expect(found).toContain('nodes.ignore.end.kind');
    expect(found).toContain('« good », « neutral », « bad »');
    expect(found).toContain('debrief.resources[0].url : lien refusé');
  });

  it('a phone number with letters', () => {
    const s = story();
    s.debrief.resources[0]!.phone = '30 18 (gratuit)';
    expect(problems(s)).toContain(
      'debrief.resources[0].phone : numéro invalide : écrivez seulement des chiffres et des espaces, par exemple "3018" ou "0 800 235 236"',
    );
  });
});

describe('schema · the memory, every game played', () => {
  const withMemory = () => {
    const s = clone(tinyStory);
    s.variables = [
      { name: 'confiance', kind: 'counter', initial: 0 },
      { name: 'aVu', kind: 'flag' },
    ];
    return s;
  };

  it('all / any / not, a counter raised in a loop: valid, and checked without end', () => {
    const s = withMemory();
    s.nodes['debut']!.choices!.push({ text: 'J’attends', next: 'attente' });
    s.nodes['attente'] = {
      messages: [{ text: 'Tu attends.' }],
      choices: [
        { text: 'J’attends encore', next: 'attente', add: { confiance: 1 } },
        { text: 'Je regarde', next: 'montre', set: { aVu: true } },
      ],
    };
    s.nodes['montre']!.choices![0]!.if = {
      any: [
        { var: 'confiance', atLeast: 5 },
        { all: [{ var: 'aVu', is: true }, { not: { var: 'confiance', equals: 0 } }] },
      ],
    };
    expect(problems(s)).toEqual([]);
  });

  it('a step only a counter out of reach opens is met in no game', () => {
    const s = withMemory();
    s.nodes['debut']!.choices![0]!.add = { confiance: 1 };
    s.nodes['fin-bien']!.if = { var: 'confiance', atLeast: 2 };
    expect(problems(s)).toContainEqual(
      expect.stringMatching(
        /^nodes\.fin-bien : l'étape « fin-bien » n'est atteinte dans aucune partie/,
      ),
    );
  });

  it('a condition that may hold (the counter reached another way) is not flagged', () => {
    const s = withMemory();
    s.nodes['debut']!.choices![0]!.add = { confiance: 2 };
    s.nodes['fin-bien']!.if = { var: 'confiance', atLeast: 2 };
    s.nodes['montre']!.choices![1]!.if = { var: 'confiance', atMost: 1 };
    // (every game reaching « montre » has 2: « fin-mal » is met in none)
    expect(problems(s).map((p) => p.split(' : ')[0])).toEqual(['nodes.fin-mal']);
  });

  it('the JSON Schema lets an editor complete conditions, effects and scores', () => {
    const text = JSON.stringify(contentJsonSchema(contentSchema));
    for (const word of ['variables', 'atLeast', 'scoreFrom', 'easyReason'])
      expect(text).toContain(word);
  });
});
