/**
 * What `<qd-agenda>` and `<qd-event-card>` share: their content, texts, "today", and the loading
 * of several files at once. Core's `QdContentElement` loads one content (property, `src` or one
 * inline script); this base extends it to several files merged into one
 * agenda: `src` with several addresses separated by spaces, `content` as an array of files, or
 * several inline `<script type="application/json">`, through core's documented hook for a
 * prototype's own way to read content (`ContentSpec.loadOwn`). Each file is checked on its own
 * first (a wrong file shows its own problems, with its name), then they are merged (merge.ts) and
 * the merged agenda goes through core's loader like any content. One file: core's own path.
 */
import {
  checkContent,
  nextTask,
  QdContentElement,
  ReadAloudFeature,
  richTextToPlain,
  type ContentSource,
  type ContentSpec,
} from '@quartiers-douai/core';
import type { PropertyDeclarations } from 'lit';
import { agendaMessages, type AgendaKey } from './messages.js';
import { fileNameOf, mergeFiles, type AgendaFile, type Duplicate } from './merge.js';
import { occurrencesOf, type Occurrence } from './occurrences.js';
import { AGENDA_CONTENT_VERSION, agendaContentSchema, type AgendaContent } from './schema.js';
import { isDay, parisToday } from './time.js';

/**
 * Intl's first date format in the page (its time-zone and calendar data: ≈ 20 ms, once), done in
 * a task of its own before the first render, not in the task that checks and shows a file.
 */
let intlReady: Promise<unknown> | undefined;

export abstract class AgendaElement extends QdContentElement<AgendaContent, AgendaKey> {
  static override messages = [agendaMessages];

  static override properties: PropertyDeclarations = {
    today: {},
  };

  /**
   * The day the agenda counts from (`AAAA-MM-JJ`, Paris): « Cette semaine », the month shown
   * first, the next date of an event. Today by default; set it to show a programme as of a day.
   */
  declare today?: string;

  /** Ids found in two files when several were merged (the first one is kept). */
  duplicates: Duplicate[] = [];

  /** Every occurrence of the current content, in time order. */
  protected occurrences: Occurrence[] = [];

  private manyToken = 0;

  /**
   * « Écouter » (`read-aloud`, off by default): core's ReadAloud, as the other prototypes use it;
   * its code is fetched only once read-aloud is on (ReadAloudFeature, docs/decisions/0024).
   */
  protected readonly speech = new ReadAloudFeature(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /** An « Écouter » button for a text (CardHost): nothing while read-aloud is off. */
  listen(key: string, text: string): unknown {
    return this.speech.listen(key, text);
  }

  /** The words of a content text, its easy-read variant when easy-read is on (CardHost). */
  plain(text: string | undefined, easy?: string): string {
    const t = this.easyRead.pick(text, easy);
    return t ? richTextToPlain(t) : '';
  }

  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return (intlReady ??= nextTask()
      .then(() => parisToday())
      .catch(() => 0)).then(() => super.scheduleUpdate());
  }

  protected override get contentSpec(): ContentSpec<AgendaContent> {
    return {
      schema: agendaContentSchema,
      version: AGENDA_CONTENT_VERSION,
      packageName: '@quartiers-douai/agenda',
      texts: () => import('./texts.lazy.js'),
      // Several files take this way first (see the header); one file, core's usual ways.
      loadOwn: () => this.loadMany(),
    };
  }

  /** `today` when it is a real day, else today in Paris. */
  protected get todayKey(): string {
    return this.today && isDay(this.today) ? this.today : parisToday();
  }

  protected override contentChanged(content: AgendaContent): void {
    this.occurrences = occurrencesOf(content);
  }

  /** Several files? Then loads them here and returns true; one file: false (core loads it). */
  private loadMany(): boolean {
    const token = ++this.manyToken;
    this.duplicates = [];
    const content = this.content;
    if (content !== undefined && content !== null) {
      if (!Array.isArray(content) || content.length === 0) return false;
      this.acceptFiles(
        content.map((data, i) => ({ name: `content[${i}]`, data })),
        'property',
      );
      return true;
    }
    const urls = this.src?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (urls.length > 1) {
      void this.fetchAll(urls, token);
      return true;
    }
    if (urls.length === 1) return false;
    const scripts = [...this.querySelectorAll(':scope > script[type="application/json"]')];
    if (scripts.length < 2) return false;
    const files: AgendaFile[] = [];
    for (const [i, s] of scripts.entries()) {
      const name = s.id ? `#${s.id}` : `script ${i + 1}`;
      const data = this.parse(s.textContent ?? '', name, 'inline');
      if (data === undefined) return true;
      files.push({ name, data });
    }
    this.acceptFiles(files, 'inline');
    return true;
  }

  /** JSON text of one of several files; on a syntax error, shows it with the file's name. */
  private parse(text: string, name: string, source: ContentSource): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      this.loader.state = {
        status: 'invalid',
        source,
        problems: [{ path: name, message: this.t('notJson') }],
      };
      this.failed();
      return undefined;
    }
  }

  private failed(): void {
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent('qd-content-error', { detail: { state: this.loader.state } }),
    );
  }

  private acceptFiles(files: AgendaFile[], source: ContentSource): void {
    const spec = this.contentSpec;
    const options = { supportedVersion: spec.version, packageName: spec.packageName };
    for (const f of files) {
      if (!checkContent(spec.schema, f.data, options).ok) {
        this.announce(this.t('fileWrong', { file: f.name }), 'error');
        this.loader.accept(f.data, source);
        return;
      }
    }
    const { merged, duplicates } = mergeFiles(files);
    this.duplicates = duplicates;
    if (this.notice?.kind === 'error') this.announce('');
    if (duplicates.length > 0)
      console.warn(
        `[@quartiers-douai/agenda] doublons :\n${duplicates.map((d) => this.duplicateText(d)).join('\n')}`,
      );
    this.loader.accept(merged, source);
  }

  private async fetchAll(urls: string[], token: number): Promise<void> {
    this.loader.state = { status: 'loading', url: urls.join(' '), slow: false };
    this.requestUpdate();
    let failedAt: { url: string; httpStatus?: number } | undefined;
    const texts = await Promise.all(
      urls.map(async (u) => {
        let url = u;
        try {
          url = new URL(u, document.baseURI).href;
          const res = await fetch(url, {
            credentials: 'same-origin',
            headers: { Accept: 'application/json' },
          });
          if (!res.ok) failedAt ??= { url, httpStatus: res.status };
          return res.ok ? await res.text() : '';
        } catch {
          failedAt ??= { url };
          return '';
        }
      }),
    );
    if (token !== this.manyToken) return; // superseded by newer content
    if (failedAt) {
      this.loader.state = { status: 'fetch-error', ...failedAt };
      this.failed();
      return;
    }
    const files: AgendaFile[] = [];
    for (const [i, text] of texts.entries()) {
      const name = fileNameOf(urls[i]!);
      const data = this.parse(text, name, 'src');
      if (data === undefined) return;
      files.push({ name, data });
    }
    this.acceptFiles(files, 'src');
  }

  /** A duplicate, said in plain words (UI language). */
  protected duplicateText(d: Duplicate): string {
    return this.t(d.kind === 'event' ? 'duplicateEvent' : 'duplicateCentre', {
      id: d.id,
      first: d.first,
      again: d.again,
    });
  }
}
