import { describe, expect, it } from 'vitest';
import { parseCsv } from '@quartiers-douai/kit-scripts/testing';
import { BOM, csvField, csvFile, csvText, type CsvSeparator } from './csv.js';

/** Cells a spreadsheet would run as formulas (OWASP "CSV injection"), and look-alikes. */
const PAYLOADS = [
  '=HYPERLINK("http://x.test";"Cliquez")',
  '=HYPERLINK("http://x.test","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
  '=1+1\r\n=2+2',
  '- plus de bancs',
];

const SEPARATORS: CsvSeparator[] = [';', ','];

/** The file as a spreadsheet reads it: the BOM, then the records. */
function readBack(file: string, sep: CsvSeparator): string[][] {
  expect(file.startsWith(BOM)).toBe(true);
  return parseCsv(file.slice(BOM.length), sep);
}

describe('csv · formulas never reach a spreadsheet', () => {
  it.each(SEPARATORS)(
    'each payload reads back as text starting with an apostrophe (separator "%s")',
    (sep) => {
      const rows = [['Réponse', 'Personnes'], ...PAYLOADS.map((p) => [p, 1])];
      const read = readBack(csvFile(rows, sep), sep);
      expect(read).toHaveLength(PAYLOADS.length + 1);
      for (const [i, payload] of PAYLOADS.entries()) {
        const [cell, count] = read[i + 1]!;
        expect(cell, JSON.stringify(payload)).toBe(`'${payload}`);
        expect(count).toBe('1');
      }
    },
  );

  it('a resident’s « - plus de bancs » is text, otherwise unchanged', () => {
    expect(csvField('- plus de bancs')).toBe("'- plus de bancs");
    expect(readBack(csvFile([['- plus de bancs']]), ';')).toEqual([["'- plus de bancs"]]);
  });

  it('the prefix comes before quoting: quotes, separators and line breaks still read back', () => {
    expect(csvField('=HYPERLINK("http://x.test";"Cliquez")')).toBe(
      '"\'=HYPERLINK(""http://x.test"";""Cliquez"")"',
    );
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
  });

  it('numbers the kit writes stay numbers, negative ones included; texts that only contain a sign are left alone', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(0)).toBe('0');
    expect(csvField(13.5)).toBe('13.5');
    expect(csvField('')).toBe('');
    expect(csvField('Je découvre')).toBe('Je découvre');
    expect(csvField('1 + 1 = 2')).toBe('1 + 1 = 2');
    expect(csvField('e-mail')).toBe('e-mail');
    expect(csvField("L'@ du centre")).toBe("L'@ du centre");
  });
});

describe('csv · RFC 4180', () => {
  const tricky = [
    ['Question ; avec point-virgule', 'Réponse, avec virgule', 'Il a dit "bonjour"'],
    ['Ligne 1\r\nLigne 2', 'Retour\nseul', 'Fête, été, œuvre, ça'],
    ['مرحبا بكم في المركز', 'نعم ; لا', ''],
    ['"', '""', ' espaces autour '],
  ];

  it.each(SEPARATORS)(
    'reads back equal with separator "%s" (quotes, line breaks, accents, Arabic)',
    (sep) => {
      const text = csvText(tricky, sep);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(parseCsv(text, sep)).toEqual(tricky);
    },
  );

  it('quotes a cell only when it must', () => {
    expect(csvField('simple')).toBe('simple');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a;b', ',')).toBe('a;b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
  });

  it('`;` by default, CRLF after every record, numbers as written', () => {
    expect(
      csvText([
        ['Film', 'Votes'],
        ['Film C', 2],
      ]),
    ).toBe('Film;Votes\r\nFilm C;2\r\n');
  });

  it('the file starts with the UTF-8 byte-order mark, once', () => {
    const file = csvFile([['Été', 1]]);
    const bytes = new TextEncoder().encode(file);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file).toBe(`${BOM}Été;1\r\n`);
    expect(file.lastIndexOf(BOM)).toBe(0);
  });
});
