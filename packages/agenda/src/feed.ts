/**
 * The agenda as a feed phones subscribe to (`qd-agenda-ics`, and any server that publishes the
 * same files): the files are checked as `<qd-agenda>` checks them (the kit's French explanations,
 * with the file's name), merged as it merges them (merge.ts), and written by `toIcsFeed` (ics.ts,
 * the one home of the `.ics` writing). No DOM, no Lit template: runs in Node as in a browser.
 */
import {
  parseJsonText,
  problemToString,
  translate,
  validateContent,
  type Params,
} from '@quartiers-douai/core';
import { icsExtra, toIcsFeed, type FeedOptions } from './ics.js';
import { mergeFiles, type AgendaFile } from './merge.js';
import { agendaMessages, type AgendaKey } from './messages.js';
import { AGENDA_CONTENT_VERSION, agendaContentSchema } from './schema.js';
import { agendaTexts } from './texts.lazy.js';

/** One content file, as read from disk or fetched: its name (shown in problems) and its text. */
export interface FeedSource {
  name: string;
  text: string;
}

export type FeedResult =
  | {
      ok: true;
      /** The `.ics` text (CRLF, UTF-8). */
      ics: string;
      /** Events in it. */
      events: number;
      /** Ids found in two files (the first one is kept), said in French. */
      duplicates: string[];
      /** Fields the schema does not know (kept, not fatal), said in French. */
      warnings: string[];
    }
  | {
      ok: false;
      /** What is wrong, in French: `fichier : chemin : quoi changer`. */
      problems: string[];
    };

/** The agenda's French texts (the feed is for the centres' residents: French, as the kit's UI). */
const fr = (key: string, params?: Params): string =>
  translate([agendaMessages], 'fr', key as AgendaKey, params);

const check = (data: unknown) =>
  validateContent(agendaContentSchema, data, {
    supportedVersion: AGENDA_CONTENT_VERSION,
    packageName: '@quartiers-douai/agenda',
    texts: agendaTexts,
  });

/** One or several agenda files (one per centre) → one feed, or the French list of problems. */
export function agendaFeed(
  sources: ReadonlyArray<FeedSource>,
  options: FeedOptions = {},
): FeedResult {
  if (sources.length === 0)
    return { ok: false, problems: ['aucun fichier : donnez au moins un fichier d’agenda (.json)'] };
  const files: AgendaFile[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const s of sources) {
    const json = parseJsonText(s.text);
    if (!json.ok) {
      problems.push(`${s.name} : ${problemToString(json.problem)}`);
      continue;
    }
    const r = check(json.value);
    if (!r.ok) problems.push(...r.problems.map((p) => `${s.name} : ${problemToString(p)}`));
    else {
      warnings.push(...r.warnings.map((p) => `${s.name} : ${problemToString(p)}`));
      files.push({ name: s.name, data: json.value });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const { merged, duplicates } = mergeFiles(files);
  const r = check(merged);
  if (!r.ok) return { ok: false, problems: r.problems.map(problemToString) };
  const ics = toIcsFeed(r.data, {
    extra: icsExtra(fr),
    name: r.data.title ?? fr('title'),
    ...options,
  });
  return {
    ok: true,
    ics,
    events: ics.split('\r\nBEGIN:VEVENT\r\n').length - 1,
    duplicates: duplicates.map((d) =>
      fr(d.kind === 'event' ? 'duplicateEvent' : 'duplicateCentre', { ...d }),
    ),
    warnings,
  };
}
