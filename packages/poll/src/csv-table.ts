/**
 * The staff export as a spreadsheet: the table of the ballots, which core's CSV writer
 * (`@quartiers-douai/core/csv`: `;` or `,`, CRLF, byte-order mark, formulas neutralised) turns
 * into the file. No runtime import: the staff panel, loaded on demand (`staff.part.ts`), bundles
 * it on its own.
 */
import type { CsvCell } from '@quartiers-douai/core/csv';
import type { Ballot, PollContent } from './schema.js';

/**
 * The rows of `ballotsToRows` (./csv.ts), given the function that turns the kit's rich text into
 * plain text (core's `richTextToPlain`). A scale's answer stays a number (-2 is not a formula);
 * everything else is text.
 */
export function tableOf(
  poll: PollContent,
  ballots: ReadonlyArray<Pick<Ballot, 'answers'>>,
  rankLabel: (position: number) => string,
  toPlain: (richText: string) => string,
): CsvCell[][] {
  const plain = (s: string) => toPlain(s).replace(/\s+/g, ' ').trim();
  const header: string[] = [];
  for (const q of poll.questions) {
    if (q.type === 'ranking')
      (q.choices ?? []).forEach((_, i) => header.push(`${plain(q.prompt)} — ${rankLabel(i + 1)}`));
    else header.push(plain(q.prompt));
  }
  const rows = ballots.map((b) => {
    const row: CsvCell[] = [];
    for (const q of poll.questions) {
      const a = b.answers[q.id];
      const label = (id: unknown) => {
        const ch = q.choices?.find((c) => c.id === id);
        return ch ? plain(ch.text) : String(id);
      };
      if (q.type === 'ranking') {
        const order = Array.isArray(a) ? a : [];
        (q.choices ?? []).forEach((_, i) =>
          row.push(order[i] === undefined ? '' : label(order[i])),
        );
      } else if (Array.isArray(a))
        row.push(
          (q.choices ?? [])
            .filter((c) => a.includes(c.id))
            .map((c) => label(c.id))
            .join(' | '),
        );
      else if (a === undefined) row.push('');
      else if (q.type === 'single') row.push(label(a));
      else row.push(typeof a === 'number' ? a : String(a));
    }
    return row;
  });
  return [header, ...rows];
}
