/** CSV files for spreadsheets (the jury's tables, the audience's count). */

/** A spreadsheet cell: quoted when needed; a leading = + - @ is neutralised (formula injection). */
export function csvField(value: string | number): string {
  let v = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A CSV file (`;`-separated, as French spreadsheets expect), with a byte-order mark. */
export const toCsv = (rows: ReadonlyArray<ReadonlyArray<string | number>>): string =>
  '\uFEFF' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
