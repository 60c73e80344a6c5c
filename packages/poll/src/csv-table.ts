/**
 * The staff export as a spreadsheet: RFC 4180 CSV (CRLF line ends, fields quoted when they hold the
 * separator, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark so that Excel
 * reads accents and Arabic right. `;` is the separator French Excel expects.
 * No runtime import: the staff panel, loaded on demand (`staff.lazy.ts`), bundles it on its own.
 */
import type { Ballot, PollContent } from './schema.js';

export type Separator = ',' | ';';

/** Byte-order mark: tells spreadsheets the file is UTF-8. */
export const BOM = '\uFEFF';

export function csvField(value: string, sep: Separator): string {
  return value.includes(sep) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The file's text (without the BOM). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>, sep: Separator = ','): string {
  return rows.map((r) => r.map((f) => csvField(f, sep)).join(sep)).join('\r\n') + '\r\n';
}

/**
 * The rows of `ballotsToRows` (./csv.ts), given the function that turns the kit's rich text into
 * plain text (core's `richTextToPlain`).
 */
export function tableOf(
  poll: PollContent,
  ballots: ReadonlyArray<Pick<Ballot, 'answers'>>,
  rankLabel: (position: number) => string,
  toPlain: (richText: string) => string,
): string[][] {
  const plain = (s: string) => toPlain(s).replace(/\s+/g, ' ').trim();
  const header: string[] = [];
  for (const q of poll.questions) {
    if (q.type === 'ranking')
      (q.choices ?? []).forEach((_, i) => header.push(`${plain(q.prompt)} — ${rankLabel(i + 1)}`));
    else header.push(plain(q.prompt));
  }
  const rows = ballots.map((b) => {
    const row: string[] = [];
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
      else row.push(String(a));
    }
    return row;
  });
  return [header, ...rows];
}
