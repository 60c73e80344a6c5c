/**
 * The kit's one CSV writer: every spreadsheet file it offers (a poll's ballots, a self-check's
 * counts, a juror's notes, the jury's ranking, the audience's count) is written here.
 *
 * - RFC 4180: records end with CRLF; a cell is quoted when it holds the separator, a quote or a
 *   line break, and its quotes are doubled.
 * - `;` by default, the separator French Excel expects; `,` on request.
 * - `csvFile` starts with a UTF-8 byte-order mark, so that Excel reads accents and Arabic right.
 * - Formula injection (OWASP "CSV injection"): a text cell that starts with `=`, `+`, `-`, `@`,
 *   a tab or a carriage return is prefixed with `'`, so a spreadsheet shows it as text instead of
 *   running it (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`). A resident's « - plus de bancs » reads
 *   « '- plus de bancs ». Numbers the kit writes itself (counts, scores) are cells of type
 *   `number` and stay numbers, negative ones included.
 *
 * No import: the on-demand staff panels take it from `@quartiers-douai/core/csv` without pulling
 * in core's index.
 */

/** The separators a centre can pick: `;` (French Excel) or `,` (the standard). */
export type CsvSeparator = ';' | ',';

/** A cell: a text (neutralised when it looks like a formula) or a number the kit computed. */
export type CsvCell = string | number;

/** Byte-order mark: tells spreadsheets the file is UTF-8. */
export const BOM = '\uFEFF';

/** The characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as written in the file: neutralised when it is a text that looks like a formula, quoted when needed. */
export function csvField(value: CsvCell, sep: CsvSeparator = ';'): string {
  let v = String(value);
  if (typeof value === 'string' && FORMULA_START.test(v)) v = `'${v}`;
  return v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The records, each ended by CRLF, without the byte-order mark. */
export function csvText(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  sep: CsvSeparator = ';',
): string {
  return rows.map((r) => r.map((f) => csvField(f, sep)).join(sep)).join('\r\n') + '\r\n';
}

/** What a CSV download holds: the byte-order mark, then the records. */
export const csvFile = (
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  sep: CsvSeparator = ';',
): string => BOM + csvText(rows, sep);
