/** The staff export as a spreadsheet (see ./csv-table.ts, which has no runtime import). */
import { richTextToPlain, type CsvCell } from '@quartiers-douai/core';
import { tableOf } from './csv-table.js';
import type { Ballot, PollContent } from './schema.js';

/** Core's CSV writer, under the names this package has always exported (`toCsv` has no BOM). */
export {
  BOM,
  csvField,
  csvText as toCsv,
  type CsvSeparator as Separator,
} from '@quartiers-douai/core';

/**
 * One row per ballot, one column per question; a ranking takes one column per position
 * ("… — 1er", "… — 2e" …). Choices are written as their text; several choices are joined by " | ", in the content's order.
 * A scale's answer is a number.
 */
export function ballotsToRows(
  poll: PollContent,
  ballots: ReadonlyArray<Pick<Ballot, 'answers'>>,
  rankLabel: (position: number) => string,
): CsvCell[][] {
  return tableOf(poll, ballots, rankLabel, richTextToPlain);
}
