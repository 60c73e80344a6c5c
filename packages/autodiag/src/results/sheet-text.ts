/**
 * The personal sheet as plain text ("Enregistrer la fiche (texte)"): the profile, what the person
 * can already do, the recommended workshops and, in advisor mode, the advisor's notes. A plain
 * module (no DOM): it comes with the results screen (`results.part.ts`).
 */
import type { Params } from '@quartiers-douai/core';
import type { AdvisorKey } from '../advisor.lazy.js';
import type { AutodiagKey } from '../messages.js';
import type { AutodiagContent } from '../schema.js';
import { areaResults, canDo, recommended, type Answers } from '../levels.js';

export interface SheetInput {
  content: AutodiagContent;
  answers: Answers;
  /** Advisor mode: its notes by area id (otherwise `undefined`). */
  notes: Record<string, string> | undefined;
  /** The element's translator. */
  t: (key: AutodiagKey, params?: Params) => string;
  /** The advisor's wording in advisor mode, else the person's (`t`). */
  w: (key: AutodiagKey, advisorKey: AdvisorKey) => string;
  /** "Notes de l'accompagnant", in the page's language. */
  notesTitle: string;
  /** A content text as plain text, easy variant when easy-read is on. */
  plain: (s: string | undefined, easy?: string) => string;
}

/** The personal sheet as plain text. */
export function sheetText({
  content: c,
  answers,
  notes,
  t,
  w,
  plain,
  notesTitle,
}: SheetInput): string {
  const results = areaResults(c, answers);
  const lines = [
    plain(c.title),
    '',
    w('resultsTitle', 'resultsTitleAdvisor'),
    ...results.map(
      (r) =>
        `- ${plain(r.area.label, r.area.easy)} : ${
          r.level ? plain(r.level.label, r.level.easy) : t('notEvaluated')
        } (${t('answeredOf', { answered: r.answered, total: r.total })})`,
    ),
    '',
    w('canDoTitle', 'canDoTitleAdvisor'),
    ...canDo(c, answers).map((i) => `- ${plain(i.statement, i.easy)}`),
    '',
    w('workshopsTitle', 'workshopsTitleAdvisor'),
    ...recommended(c, results).flatMap(({ workshop: ws }) => [
      `- ${plain(ws.title)}`,
      ...[
        [t('when'), ws.when],
        [t('where'), ws.where],
        [
          t('contact'),
          [ws.contact?.name, ws.contact?.phone, ws.contact?.email, ws.contact?.url]
            .filter(Boolean)
            .join(', '),
        ],
      ]
        .filter(([, v]) => v)
        .map(([k, v]) => `  ${k} : ${plain(v)}`),
    ]),
  ];
  const noted = c.areas.filter((a) => notes?.[a.id]?.trim());
  if (noted.length > 0)
    lines.push(
      '',
      notesTitle,
      ...noted.map((a) => `- ${plain(a.label)} : ${notes![a.id]!.trim()}`),
    );
  return lines.join('\n') + '\n';
}
