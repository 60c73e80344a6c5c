import type { Catalog } from '@quartiers-douai/core';
import type { ResultsKey } from './messages.js';

// English strings of the results: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<ResultsKey>> = {
  resultsTitle: 'Results',
  participants: { one: '{count} participant', other: '{count} participants' },
  updated: 'results as of {date}',
  respondents: { one: '{count} answer', other: '{count} answers' },
  multipleNote: 'several choices possible: the total is over 100%',
  votes: { one: '{count} vote', other: '{count} votes' },
  points: { one: '{count} point', other: '{count} points' },
  meanRank: 'average rank {rank}',
  bordaNote:
    'Ranked by Borda count: with {count} choices, a choice ranked 1st scores {max}, 2nd one less… last 0. The points of all answers are added up.',
  mean: 'Average: {mean} (from {min} to {max})',
  answersCount: { one: '{count} answer', other: '{count} answers' },
  showTable: 'Show as a table',
  colChoice: 'Choice',
  colVotes: 'Votes',
  colPercent: 'Percentage',
  colRank: 'Rank',
  colPoints: 'Points',
  colMeanRank: 'Average rank',
  colValue: 'Value',
  colAnswers: 'Answers',
  hiddenNever: 'The results of this poll are not published here.',
  hiddenUntilVote: 'The results are shown once you have taken part.',
  hiddenUntilClose: 'The results will be published after the poll closes, on {date}.',
};
export default catalog;
