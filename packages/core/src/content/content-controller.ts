import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PendingWork } from '../element/pending.js';
import type { $ZodType } from 'zod/v4/core';
import { problemToString, type Problem } from './problems.js';
import { checkContent } from './validate.js';
import { EXPLANATIONS_UNAVAILABLE, loadExplanations, type ExplainModule } from './explanations.js';
import type { Texts } from './texts.js';

export interface ContentSpec<C> {
  /** The zod schema of the content (the single source of truth). */
  schema: $ZodType<C>;
  /** Highest content `version` understood. */
  version: number;
  /** npm name, for messages. */
  packageName: string;
  /**
   * The prototype's rule sentences (`§key` messages of its checks): its `texts.lazy.ts` module,
   * fetched with core's explanations only when a file is wrong: `() => import('./texts.lazy.js')`.
   */
  texts?: () => Promise<{ default: Texts }>;
  /**
   * The prototype's own way to read its content, tried first at each load (the agenda's several
   * files, merged into one): returns true when it took the content in hand — it then reports
   * through `accept()` and `state` — and false to read it the three usual ways.
   */
  loadOwn?: () => boolean;
}

export type ContentSource = 'property' | 'src' | 'inline';

export type ContentState<C> =
  | { status: 'empty' }
  | { status: 'loading'; url: string; slow: boolean }
  | { status: 'fetch-error'; url: string; httpStatus?: number }
  | {
      status: 'invalid';
      source: ContentSource;
      problems: Problem[];
      /** Set while the French explanations load (a moment, once): `problems` is still empty. */
      explaining?: true;
    }
  | { status: 'ready'; source: ContentSource; data: C; warnings: Problem[] };

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  content?: unknown;
  src?: string | undefined;
}

/** After this long, the loading message says the network is slow. */
export const SLOW_LOADING_MS = 8000;

/**
 * Content in three ways — the `content` property, the `src` attribute (fetched), or an inline
 * `<script type="application/json">` child — gives one validated result. Priority: property,
 * then `src`, then inline. A stale fetch (src changed, or content set meanwhile) never
 * overwrites newer content.
 */
export class ContentController<C> implements ReactiveController, PendingWork {
  state: ContentState<C> = { status: 'empty' };
  private seq = 0;
  private abort?: AbortController;
  private slowTimer?: ReturnType<typeof setTimeout>;
  private observer?: MutationObserver;
  private lastLogged = '';

  constructor(
    private readonly host: ContentHost,
    private readonly spec: () => ContentSpec<C>,
    /** New valid content arrived (before the lifecycle event). */
    private readonly onReady: (data: C) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may be added after the element (frameworks, CMS): watch direct children.
    this.observer = new MutationObserver(() => {
      if (this.host.content === undefined && !this.host.src) this.load();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Moved in the page while loading (disconnected, then connected again): the fetch was
    // cancelled on disconnect, so start it again rather than stay on "loading" forever.
    if (this.state.status === 'loading') this.load();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.cancel();
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    clearTimeout(this.slowTimer);
  }

  private set(next: ContentState<C>): void {
    this.state = next;
    if (next.status === 'invalid') {
      const text = next.problems.map(problemToString).join('\n');
      if (text !== this.lastLogged) {
        this.lastLogged = text;
        console.error(`[${this.spec().packageName}] contenu invalide (${next.source}) :\n${text}`);
      }
    }
    if (next.status === 'ready') this.lastLogged = ''; // the same mistake made again is logged again
    if (next.status === 'ready' && next.warnings.length > 0) {
      console.warn(
        `[${this.spec().packageName}] champs inconnus :\n${next.warnings.map(problemToString).join('\n')}`,
      );
    }
    // Lifecycle events: they do not bubble (HOUSE-STYLE).
    if (next.status === 'ready') {
      this.onReady(next.data);
      this.host.dispatchEvent(
        new CustomEvent('qd-content-ready', { detail: { source: next.source } }),
      );
    } else if ((next.status === 'invalid' && !next.explaining) || next.status === 'fetch-error') {
      this.host.dispatchEvent(new CustomEvent('qd-content-error', { detail: { state: next } }));
    }
    this.host.requestUpdate();
  }

  /** Validates an already-parsed value. Newer than anything still loading or being explained. */
  accept(value: unknown, source: ContentSource): void {
    ++this.seq;
    const s = this.spec();
    const r = checkContent(s.schema, value, {
      supportedVersion: s.version,
      packageName: s.packageName,
    });
    if (r.ok) this.set({ status: 'ready', source, data: r.data, warnings: r.warnings });
    else if ('problems' in r) this.set({ status: 'invalid', source, problems: r.problems });
    else {
      const issues = r.issues;
      this.explain(source, (m, texts) => m.issuesToProblems(issues, [], texts));
    }
  }

  private acceptText(text: string, source: ContentSource): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      ++this.seq;
      this.explain(source, (m) => {
        const parsed = m.parseJsonText(text);
        return parsed.ok ? [] : [parsed.problem];
      });
      return;
    }
    this.accept(value, source);
  }

  /**
   * Settles while the French explanations of a wrong file load (`explain.lazy.ts`, fetched only
   * when a file is wrong); `undefined` otherwise.
   */
  explaining?: Promise<void>;

  /** The host's pending work (element/pending.ts): the explanations of a wrong file, loading. */
  get pending(): Promise<void> | undefined {
    return this.explaining;
  }

  /**
   * The file is wrong: stop showing the previous content at once (status `invalid`, still
   * `explaining`), then show the explanations, unless newer content came in meanwhile.
   */
  private explain(
    source: ContentSource,
    problems: (m: ExplainModule, texts?: Texts) => Problem[],
  ): void {
    const token = this.seq;
    this.set({ status: 'invalid', source, problems: [], explaining: true });
    // The prototype's rule sentences come with core's explanations (offline: the rule's key).
    const texts = this.spec()
      .texts?.()
      .then(
        (m) => m.default,
        () => undefined,
      );
    const done: Promise<void> = Promise.all([loadExplanations(), texts]).then(([m, t]) => {
      if (this.explaining === done) this.explaining = undefined;
      if (token === this.seq)
        this.set({
          status: 'invalid',
          source,
          problems: m ? problems(m, t) : [EXPLANATIONS_UNAVAILABLE],
        });
    });
    this.explaining = done;
  }

  private inlineScript(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  /** (Re)loads from the current inputs. Call when `content` or `src` changes. */
  load(): void {
    const token = ++this.seq;
    this.cancel();
    if (this.spec().loadOwn?.()) return;
    const { content, src } = this.host;
    if (content !== undefined && content !== null) {
      this.accept(content, 'property');
      return;
    }
    if (src) {
      void this.fetch(src, token);
      return;
    }
    const script = this.inlineScript();
    if (script) {
      this.acceptText(script.textContent ?? '', 'inline');
      return;
    }
    if (this.state.status !== 'empty') this.set({ status: 'empty' });
  }

  /** The retry button. */
  retry(): void {
    this.load();
  }

  private async fetch(src: string, token: number): Promise<void> {
    const abort = (this.abort = new AbortController());
    let url: string;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      this.set({
        status: 'invalid',
        source: 'src',
        problems: [{ path: 'src', message: `adresse de contenu invalide : « ${src} »` }],
      });
      return;
    }
    this.set({ status: 'loading', url, slow: false });
    this.slowTimer = setTimeout(() => {
      if (token === this.seq && this.state.status === 'loading')
        this.set({ ...this.state, slow: true });
    }, SLOW_LOADING_MS);
    // Superseded (newer src or content) or cancelled (element disconnected): drop this answer.
    const stale = () => token !== this.seq || abort.signal.aborted;
    let text: string;
    try {
      const res = await fetch(url, {
        signal: abort.signal,
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (stale()) return;
      if (!res.ok) {
        clearTimeout(this.slowTimer);
        this.set({ status: 'fetch-error', url, httpStatus: res.status });
        return;
      }
      text = await res.text();
    } catch {
      if (stale()) return; // an abort is not a network failure
      clearTimeout(this.slowTimer);
      this.set({ status: 'fetch-error', url });
      return;
    }
    if (stale()) return;
    clearTimeout(this.slowTimer);
    this.acceptText(text, 'src');
  }
}
