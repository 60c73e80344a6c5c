/**
 * The plugin counts and writes the CSV as the poll package does: the PHP of results-tally.php
 * against the package's own TypeScript (csv-table.ts, results/tally.ts, core's CSV writer), on the
 * sample poll that has every question type and on answers a spreadsheet would take for formulas.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvFile } from '../../../../packages/core/src/util/csv.js';
import { tableOf } from '../../../../packages/poll/src/csv-table.js';
import { tally } from '../../../../packages/poll/src/results/tally.js';
import type { Ballot, PollContent } from '../../../../packages/poll/src/schema.js';
import { repoDir } from './wordpress.js';

const poll = JSON.parse(
  readFileSync(join(repoDir, 'packages/poll/content/fete-quartier-2027.json'), 'utf8'),
) as PollContent;
const choice = (q: string, i: number) => poll.questions.find((x) => x.id === q)!.choices![i]!.id;
const ballots: Array<Pick<Ballot, 'answers'>> = [
  {
    answers: {
      date: choice('date', 0),
      activites: [choice('activites', 1), choice('activites', 0)],
      repas: [choice('repas', 2), choice('repas', 0), choice('repas', 1)],
      bilan: 4,
      idees: '=HYPERLINK("http://x.test","y")',
    },
  },
  {
    answers: {
      date: choice('date', 1),
      repas: [choice('repas', 0)],
      bilan: 2,
      idees: '- plus de bancs; et "du soleil"',
    },
  },
  { answers: { date: choice('date', 1), activites: [choice('activites', 2)], idees: '@moi\ttab' } },
  { answers: {} },
];
/** The kit's rich text as plain text, as the PHP does it (the sample's texts are plain). */
const plain = (s: string) => s;
const rank = (n: number) => (n === 1 ? '1er' : `${n}e`);

function php(): { table: unknown[][]; csv: string; tallies: Record<string, unknown> } {
  const out = execFileSync('php', [join(repoDir, 'apps/wordpress/test/fixtures/tally.php')], {
    input: JSON.stringify({ poll, ballots }),
    encoding: 'utf8',
  });
  const r = JSON.parse(out) as {
    table: unknown[][];
    csv: string;
    tallies: Record<string, unknown>;
  };
  return { ...r, csv: Buffer.from(r.csv, 'base64').toString('utf8') };
}

describe('counting and CSV, PHP against the poll package', () => {
  const r = php();

  it('the table and the CSV are the staff export’s, byte for byte', () => {
    const table = tableOf(poll, ballots, rank, plain);
    expect(r.table).toEqual(table);
    expect(r.csv).toBe(csvFile(table));
    expect(r.csv).toContain(`"'=HYPERLINK(""http://x.test"",""y"")"`);
    expect(r.csv).toContain(`"'- plus de bancs; et ""du soleil"""`);
  });

  it('the counts, the Borda points and the scale are the results element’s', () => {
    const t = tally(poll, ballots);
    for (const q of poll.questions) {
      const mine = r.tallies[q.id] as {
        respondents: number;
        rows?: Array<{ count: number }>;
        texts?: string[];
      };
      const theirs = t.questions[q.id]!;
      expect(mine.respondents, q.id).toBe(theirs.respondents);
      if (theirs.type === 'text') expect(mine.texts).toEqual(theirs.texts);
      else if (theirs.type === 'ranking')
        expect(mine.rows!.map((x) => x.count)).toEqual(theirs.rows.map((x) => x.points));
      else expect(mine.rows!.map((x) => x.count)).toEqual(theirs.rows.map((x) => x.count));
    }
  });
});
