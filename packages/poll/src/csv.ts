/** The staff export as a spreadsheet (see ./csv-table.ts, which has no runtime import). */
import { richTextToPlain } from '@quartiers-douai/core';
import { tableOf } from './csv-table.js';
import type { Ballot, PollContent } from './schema.js';

export { BOM, csvField, toCsv, type Separator } from './csv-table.js';

/**
 * One row per ballot, one column per question; a ranking takes one column per position
 * ("… — 1er", "… — 2e" …). Choices are written as their text; several choices are joined by " | ", in the content's order.
 */
export function ballotsToRows(
  poll: PollContent,
  ballots: ReadonlyArray<Pick<Ballot, 'answers'>>,
  rankLabel: (position: number) => string,
): string[][] {
  return tableOf(poll, ballots, rankLabel, richTextToPlain);
}
