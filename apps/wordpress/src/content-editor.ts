/**
 * The content editor's checker (« Contenus du kit » edit screen, includes/content-editor.php):
 * the JSON body is checked live against the chosen prototype's schema, with the kit's own French
 * explanations (what, where — the path —, how to fix: core's `checkContent` and
 * `issuesToProblems`, the prototype's rule sentences). While it is wrong, « Publier » is disabled
 * and says why; « Enregistrer le brouillon » still keeps everything. « Importer un fichier .json »
 * reads the file in the browser (FileReader) into the body: nothing is uploaded, no MIME change.
 * « Choisir dans la médiathèque » inserts a media's address where the cursor is.
 */
import {
  checkContent,
  issuesToProblems,
  parseJsonText,
  problemToString,
  type Problem,
  type Texts,
} from '@quartiers-douai/core';
import * as agenda from '@quartiers-douai/agenda/schema';
import * as autodiag from '@quartiers-douai/autodiag/schema';
import * as cv from '@quartiers-douai/cv/schema';
import * as demarches from '@quartiers-douai/demarches/schema';
import * as filmFestival from '@quartiers-douai/film-festival/schema';
import * as parentalGuide from '@quartiers-douai/parental-guide/schema';
import * as poll from '@quartiers-douai/poll/schema';
import * as quiz from '@quartiers-douai/quiz/schema';
import * as scenario from '@quartiers-douai/scenario/schema';
import * as tutos from '@quartiers-douai/tutos/schema';
// The prototypes' rule sentences (the `§key` messages of their checks): the modules their
// elements load when a file is wrong, taken from their sources (not a public export).
import { agendaTexts } from '../../../packages/agenda/src/texts.lazy.js';
import { autodiagTexts } from '../../../packages/autodiag/src/texts.lazy.js';
import { cvTexts } from '../../../packages/cv/src/texts.lazy.js';
import { demarcheTexts } from '../../../packages/demarches/src/texts.lazy.js';
import { festivalTexts } from '../../../packages/film-festival/src/texts.lazy.js';
import { guideTexts } from '../../../packages/parental-guide/src/texts.lazy.js';
import { pollTexts } from '../../../packages/poll/src/texts.lazy.js';
import { quizTexts } from '../../../packages/quiz/src/texts.lazy.js';
import { scenarioTexts } from '../../../packages/scenario/src/texts.lazy.js';
import { tutoTexts } from '../../../packages/tutos/src/texts.lazy.js';

import { pollMessages } from '../../../packages/poll/src/messages.js';

/** A content schema, as core's `checkContent` takes it. */
type Schema = Parameters<typeof checkContent>[0];

interface Kind {
  /** The schemas a content of this prototype may follow (the tutos: a tutorial or a library). */
  schemas: Schema[];
  version: number;
  texts: Texts;
}

/** The highest content version a schema module declares (`QUIZ_CONTENT_VERSION`…). */
const versionOf = (mod: Record<string, unknown>): number =>
  Number(Object.entries(mod).find(([k]) => /_CONTENT_VERSION$/.test(k))?.[1] ?? 1);

const kind = (mod: Record<string, unknown>, texts: Texts, ...names: string[]): Kind => ({
  schemas: names.map((n) => mod[n] as Schema),
  version: versionOf(mod),
  texts,
});

const KINDS: Record<string, Kind> = {
  agenda: kind(agenda, agendaTexts, 'contentSchema'),
  autodiag: kind(autodiag, autodiagTexts, 'contentSchema'),
  cv: kind(cv, cvTexts, 'contentSchema'),
  demarches: kind(demarches, demarcheTexts, 'contentSchema'),
  'film-festival': kind(filmFestival, festivalTexts, 'contentSchema'),
  'parental-guide': kind(parentalGuide, guideTexts, 'contentSchema'),
  poll: kind(poll, pollTexts, 'contentSchema'),
  quiz: kind(quiz, quizTexts, 'contentSchema'),
  scenario: kind(scenario, scenarioTexts, 'contentSchema'),
  tutos: kind(tutos, tutoTexts, 'contentSchema', 'libraryIndexSchema'),
};

/** What is wrong with `text` as a content of `prototype` (empty: it may be published). */
export function contentProblems(prototype: string, text: string): Problem[] {
  const k = KINDS[prototype];
  if (!k)
    return [{ path: '', message: 'choisissez le prototype de ce contenu (liste « Prototype »)' }];
  const parsed = parseJsonText(text);
  if (!parsed.ok) return [parsed.problem];
  let best: Problem[] | undefined;
  for (const schema of k.schemas) {
    const options = {
      supportedVersion: k.version,
      packageName: `@quartiers-douai/${prototype}`,
      texts: k.texts,
    };
    const r = checkContent(schema, parsed.value, options);
    if (r.ok) return sitePollProblems(prototype, parsed.value);
    const problems = 'issues' in r ? issuesToProblems(r.issues, [], k.texts) : r.problems;
    if (!best || problems.length < best.length) best = problems;
  }
  return best ?? [];
}

/**
 * On this site a poll always sends its ballots to the site's database (the block wires `action`),
 * and the poll then asks for its `privacy` text (packages/poll/src/poll/submit.ts): say it here,
 * with the poll's own sentence, rather than publish a poll residents cannot answer.
 */
function sitePollProblems(prototype: string, value: unknown): Problem[] {
  if (prototype !== 'poll') return [];
  const privacy = (value as { privacy?: unknown }).privacy;
  if (typeof privacy === 'string' && privacy.trim()) return [];
  const sentence = (pollMessages.fr as Record<string, unknown>)['privacyRequired'];
  return [
    {
      path: 'privacy',
      message: `${String(sentence)} (sur ce site, les réponses vont dans sa base de données)`,
    },
  ];
}

/** Wires the screen: the checker, the publish button, the file import, the media button. */
function start(): void {
  const body = document.querySelector<HTMLTextAreaElement>('#qd-kit-json');
  const prototype = document.querySelector<HTMLSelectElement>('#qd-kit-prototype');
  const report = document.querySelector<HTMLElement>('#qd-kit-check');
  const publish = document.querySelector<HTMLInputElement>('#publish');
  if (!body || !prototype || !report) return;
  const publishLabel = publish?.value ?? '';
  const why = document.createElement('p');
  why.id = 'qd-kit-publish-why';
  why.className = 'qd-kit-publish-why';
  publish?.closest('#publishing-action')?.after(why);

  const check = (): void => {
    const problems = contentProblems(prototype.value, body.value);
    report.replaceChildren();
    const title = document.createElement('p');
    const strong = document.createElement('strong');
    if (problems.length === 0) {
      strong.textContent = '✓ Contenu valide : il peut être publié.';
      title.append(strong);
      report.append(title);
      report.dataset.valid = 'true';
      body.removeAttribute('aria-invalid');
    } else {
      strong.textContent = `Ce contenu ne peut pas encore être publié (${problems.length} ${problems.length > 1 ? 'problèmes' : 'problème'}) :`;
      title.append(strong);
      const list = document.createElement('ul');
      for (const p of problems.slice(0, 10)) {
        const item = document.createElement('li');
        if (p.path) {
          const code = document.createElement('code');
          code.textContent = p.path;
          item.append(code, ` : ${p.message}`);
        } else item.textContent = problemToString(p);
        list.append(item);
      }
      report.append(title, list);
      report.dataset.valid = 'false';
      body.setAttribute('aria-invalid', 'true');
    }
    if (publish) {
      publish.disabled = problems.length > 0;
      publish.value = problems.length > 0 ? 'Publication impossible' : publishLabel;
      publish.setAttribute('aria-describedby', 'qd-kit-publish-why');
    }
    why.textContent =
      problems.length > 0
        ? `Publication impossible : ${problemToString(problems[0]!)}${problems.length > 1 ? ` (et ${problems.length - 1} autre${problems.length > 2 ? 's' : ''}, voir « Contenu (JSON) »)` : ''}. « Enregistrer le brouillon » garde tout.`
        : '';
  };
  let timer = 0;
  body.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(check, 250);
  });
  prototype.addEventListener('change', check);
  check();

  const file = document.querySelector<HTMLInputElement>('#qd-kit-file');
  file?.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      body.value = String(reader.result ?? '');
      check();
      body.focus();
      file.value = '';
    });
    reader.readAsText(chosen, 'utf-8');
  });

  document.querySelector<HTMLButtonElement>('#qd-kit-media')?.addEventListener('click', () => {
    const media = (window as unknown as { wp?: { media?: MediaFactory } }).wp?.media;
    if (!media) return;
    const start = body.selectionStart;
    const end = body.selectionEnd;
    const frame = media({
      title: 'Choisir un média pour ce contenu',
      button: { text: 'Insérer son adresse' },
      multiple: false,
    });
    frame.on('select', () => {
      const url = frame.state().get('selection').first().toJSON().url;
      if (typeof url !== 'string') return;
      body.value = body.value.slice(0, start) + url + body.value.slice(end);
      body.focus();
      body.setSelectionRange(start + url.length, start + url.length);
      check();
    });
    frame.open();
  });
}

/** The part of wp.media this screen uses. */
type MediaFactory = (options: object) => {
  on(event: 'select', cb: () => void): void;
  open(): void;
  state(): { get(name: 'selection'): { first(): { toJSON(): { url?: unknown } } } };
};

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
