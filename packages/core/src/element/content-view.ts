/**
 * What an element shows around its content (docs/architecture.md): the loading message, the
 * panel of a file that could not come (with « Réessayer »), the panels of an empty or wrong
 * content — whose code and French texts come with the explanations of a wrong file, fetched on
 * first need (ADR 0012) — and, for content in a language whose files are still coming (a CV in
 * Arabic on a French page), the loading message rather than headings in the wrong language.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { html } from 'lit';
import type { ContentController } from '../content/content-controller.js';
import { loadExplanations } from '../content/explanations.js';
import { coreMessages } from '../i18n/core-messages.js';
import { LoadController } from './load-controller.js';
import { WaitController } from './pending.js';
import { fetchErrorPanel, loadingPanel } from './templates.js';
import type { Voice } from './voice.js';

type Explain = NonNullable<Awaited<ReturnType<typeof loadExplanations>>>;

export class ContentView<C> {
  /** The panels of an empty or wrong content, with the explanations (one fetch per page). */
  private readonly panels: LoadController<Explain>;
  /** The content's language files, while they come. */
  private readonly languages: WaitController;

  constructor(
    host: ReactiveControllerHost,
    private readonly loader: ContentController<C>,
    private readonly voice: Voice,
    private readonly languageFiles: () => Promise<void> | undefined,
  ) {
    this.panels = new LoadController(
      host,
      () => loadExplanations().then((m) => m ?? Promise.reject(new Error('offline'))),
      (m) => Object.assign(coreMessages.fr, m.panelsFr),
    );
    this.languages = new WaitController(host);
  }

  /** `reload()`: panels that could not come (offline) are asked for again. */
  retry(): void {
    if (this.panels.failed) void this.panels.load();
  }

  /** The content (`content(data)`), or the panel its state calls for. */
  render(holding: boolean, content: (data: C) => unknown): unknown {
    const s = this.loader.state;
    const t = this.voice.t;
    switch (s.status) {
      case 'empty':
      case 'invalid':
        // While the explanations load (a moment, once per page), say it is being checked.
        return s.status === 'invalid' && s.explaining
          ? loadingPanel(false, t)
          : this.panel(s.status === 'invalid' ? s.problems : undefined);
      case 'loading':
        return loadingPanel(s.slow, t);
      case 'fetch-error':
        return fetchErrorPanel(s.url, s.httpStatus, t, () => this.loader.retry());
      case 'ready': {
        const files = this.languageFiles();
        if (files) {
          if (!this.languages.pending) this.languages.wait(files);
          return loadingPanel(false, t);
        }
        return holding ? loadingPanel(false, t) : content(s.data);
      }
    }
  }

  /** The panel of an empty (`problems` undefined) or wrong content; offline, a short one. */
  private panel(problems: Parameters<Explain['errorPanel']>[0] | undefined): TemplateResult {
    const m = this.panels.value;
    const t = this.voice.t;
    if (m) return problems ? m.errorPanel(problems, t) : m.emptyPanel(t);
    if (this.panels.failed)
      return html`<div class="qd-panel qd-panel--error" role="alert" part="error">
        <h2>${t('invalidTitle')}</h2>
        <p>${problems?.[0]?.message ?? t('fetchNetwork')}</p>
      </div>`;
    void this.panels.load();
    return loadingPanel(false, t);
  }
}
