import { describe, it, expect } from 'vitest';
import { BOM, ballotsToRows, csvField, toCsv } from './csv.js';
import { clone, samples } from './fixtures.js';
import { parseCsv } from '@quartiers-douai/kit-scripts/testing';
import { parsePoll } from './test/content.js';

const tricky = [
  ['Question ; avec point-virgule', 'Réponse, avec virgule', 'Il a dit "bonjour"'],
  ['Ligne 1\r\nLigne 2', 'Retour\nseul', 'Fête, été, œuvre, ça'],
  ['مرحبا بكم في المركز', 'نعم ; لا', ''],
  ['"', '""', ' espaces autour '],
];

describe('csv · RFC 4180', () => {
  it.each([',', ';'] as const)(
    'reads back equal with separator "%s" (quotes, line breaks, accents, Arabic)',
    (sep) => {
      const text = toCsv(tricky, sep);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(parseCsv(text, sep)).toEqual(tricky);
    },
  );

  it('quotes a field only when it must', () => {
    expect(csvField('simple', ';')).toBe('simple');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('dit "oui"', ',')).toBe('"dit ""oui"""');
    expect(csvField('deux\nlignes', ',')).toBe('"deux\nlignes"');
  });

  it('the BOM is the UTF-8 byte-order mark', () => {
    expect([...new TextEncoder().encode(BOM)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('csv · ballots to rows', () => {
  it('one column per question, a ranking takes one column per position, choices as their text', () => {
    const poll = parsePoll(samples.fete);
    const rows = ballotsToRows(
      poll,
      [
        {
          answers: {
            date: '12-juin',
            activites: ['bal', 'scene-ouverte'],
            repas: ['frites', 'barbecue', 'couscous', 'auberge-espagnole'],
            bilan: 4,
            idees: 'Un "vrai" bal ; avec\nun DJ',
          },
        },
        { answers: { date: 'peu-importe' } },
      ],
      (n) => `${n}e`,
    );
    expect(rows[0]).toEqual([
      'Quel samedi de juin 2027 vous arrange le mieux ?',
      'Quelles activités voulez-vous à la fête ?',
      'Pour le repas, classez ces idées de celle que vous préférez à celle que vous aimez le moins. — 1e',
      'Pour le repas, classez ces idées de celle que vous préférez à celle que vous aimez le moins. — 2e',
      'Pour le repas, classez ces idées de celle que vous préférez à celle que vous aimez le moins. — 3e',
      'Pour le repas, classez ces idées de celle que vous préférez à celle que vous aimez le moins. — 4e',
      "Si vous êtes venu à la fête de l'an dernier, qu'en avez-vous pensé ?",
      'Avez-vous envie de donner un coup de main pour organiser la fête ?',
      'Une idée, une envie pour la fête ?',
    ]);
    expect(rows[1]).toEqual([
      'Samedi 12 juin',
      'Une scène ouverte pour les talents du quartier (chant, danse, musique) | Un bal en fin de journée',
      'Une baraque à frites',
      'Un barbecue',
      'Un grand couscous préparé ensemble',
      'Une auberge espagnole : chacun apporte un plat à partager',
      4,
      '',
      'Un "vrai" bal ; avec\nun DJ',
    ]);
    expect(rows[2]).toEqual(['Peu importe, je viendrai', '', '', '', '', '', '', '', '']);
    expect(parseCsv(toCsv(rows, ';'), ';')).toEqual(rows.map((r) => r.map(String)));
  });

  it('a text answer that looks like a formula is written as text; a scale answer stays a number, negative included', () => {
    const c = clone(samples.fete) as any;
    const scale = c.questions.find((q: { type: string }) => q.type === 'scale');
    scale.scale = { ...scale.scale, min: -2, max: 2 };
    const poll = parsePoll(c);
    const rows = ballotsToRows(
      poll,
      [
        { answers: { bilan: -2, idees: '=HYPERLINK("http://x.test";"Cliquez")' } },
        { answers: { bilan: 2, idees: '- plus de bancs' } },
      ],
      (n) => `${n}e`,
    );
    const bilan = rows[0]!.indexOf(
      "Si vous êtes venu à la fête de l'an dernier, qu'en avez-vous pensé ?",
    );
    expect(rows.slice(1).map((r) => r[bilan])).toEqual([-2, 2]);
    expect(
      parseCsv(toCsv(rows, ';'), ';')
        .slice(1)
        .map((r) => [r[bilan], r.at(-1)]),
    ).toEqual([
      ['-2', `'=HYPERLINK("http://x.test";"Cliquez")`],
      ['2', "'- plus de bancs"],
    ]);
  });

  it('rich text in prompts and choices is written as plain text', () => {
    const c = clone(samples.fete) as any;
    c.questions[0].prompt = 'Quel **samedi** ?';
    const rows = ballotsToRows(parsePoll(c), [], () => '');
    expect(rows[0]![0]).toBe('Quel samedi ?');
  });
});
