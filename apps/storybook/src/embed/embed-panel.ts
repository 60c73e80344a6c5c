import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  embedSnippets,
  formatKilobytes,
  type Attributes,
  type EmbedData,
  type EmbedResult,
} from './snippets.js';

/** Copies text: the Clipboard API, else a hidden textarea (older browsers, non-secure pages). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // permission refused: try the old way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.insetBlockStart = '-100vh';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

interface Block {
  id: string;
  caption: string;
  code: string;
}

/**
 * Copy-ready snippets to put one component in a centre's site: npm, CDN `<script>` (with SRI) and
 * iframe. Shown under every story that sets `parameters.embed` (see `withEmbed`) and on the
 * "Intégrer dans votre site" page. Always French and left-to-right, whatever the story's language.
 *
 * @summary Extraits d'intégration (npm, CDN, iframe) d'un composant, avec boutons « Copier ».
 */
export class QdSbEmbed extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin: 1.5rem 1rem 1rem;
      font-family:
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Noto Sans',
        Arial,
        sans-serif;
      font-size: 0.9375rem;
      line-height: 1.5;
      color: #1b1b1f;
    }
    .panel {
      border: 1px solid #74777f;
      border-radius: 0.5rem;
      background: #ffffff;
      color: #1b1b1f;
    }
    summary {
      padding: 0.75rem 1rem;
      font-weight: 700;
      cursor: pointer;
      min-height: 1.5rem;
    }
    summary:focus-visible,
    button:focus-visible {
      outline: 3px solid #0b57d0;
      outline-offset: 2px;
    }
    .body {
      padding: 0 1rem 1rem;
    }
    .meta,
    .note {
      margin: 0 0 0.75rem;
      color: #4f5359;
    }
    .method {
      margin-block-start: 1rem;
    }
    .method-title {
      margin: 0 0 0.25rem;
      font-weight: 700;
    }
    .method-help {
      margin: 0 0 0.5rem;
      color: #4f5359;
    }
    figure {
      margin: 0 0 0.75rem;
    }
    figcaption {
      margin-block-end: 0.25rem;
    }
    .snippet {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
    }
    pre {
      flex: 1;
      min-width: 0;
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-radius: 0.375rem;
      background: #f1f4f9;
      color: #1b1b1f;
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      font-size: 0.8125rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    button {
      flex: none;
      min-height: 2.75rem;
      min-width: 2.75rem;
      padding: 0.25rem 0.875rem;
      border: 2px solid #0b57d0;
      border-radius: 0.375rem;
      background: #0b57d0;
      color: #ffffff;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .problem {
      margin: 0;
      padding: 0.75rem 1rem;
      border-inline-start: 0.375rem solid #b3261e;
      background: #fdf0ef;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    .status:empty {
      margin: 0;
    }
    .status {
      margin: 0.5rem 0 0;
      font-weight: 700;
      color: #146c2e;
    }
    @media (max-width: 30rem) {
      .snippet {
        flex-direction: column;
      }
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
  `;

  /** npm name of the package, e.g. `@quartiers-douai/quiz`. */
  @property({ attribute: 'package' }) packageName = '';

  /** The element to embed, e.g. `qd-quiz`. */
  @property() tag = '';

  /** Attributes of the element in the snippets (`attributes` is taken by the DOM). */
  @property({ attribute: false }) snippetAttributes: Attributes = {};

  /** The iframe's title (defaults to the element's summary). */
  @property({ attribute: 'embed-title' }) embedTitle?: string;

  /** The iframe's height in pixels. */
  @property({ type: Number }) height?: number;

  /** The build's data (defaults to `generated/embeds.json`; tests give their own). */
  @property({ attribute: false }) data?: EmbedData;

  /** Unfolded at first. */
  @property({ type: Boolean }) open = false;

  /** The text of the status region ("Copié"). */
  @state() private status = '';

  private get result(): EmbedResult {
    const input = {
      packageName: this.packageName,
      tag: this.tag,
      attributes: this.snippetAttributes,
      ...(this.embedTitle ? { title: this.embedTitle } : {}),
      ...(this.height ? { height: this.height } : {}),
    };
    return this.data ? embedSnippets(input, this.data) : embedSnippets(input);
  }

  private async copy(block: Block): Promise<void> {
    // Empty the region first, so that copying twice is announced twice.
    this.status = '';
    await this.updateComplete;
    const ok = await copyText(block.code);
    this.status = ok ? 'Copié' : 'Copie impossible : sélectionnez le texte, puis Ctrl+C.';
  }

  private renderBlock(block: Block) {
    return html`<figure>
      <figcaption id=${`${block.id}-caption`}>${block.caption}</figcaption>
      <div class="snippet">
        <pre dir="ltr" translate="no"><code>${block.code}</code></pre>
        <button type="button" data-snippet=${block.id} @click=${() => this.copy(block)}>
          Copier<span class="visually-hidden"> : ${block.caption}</span>
        </button>
      </div>
    </figure>`;
  }

  private renderMethod(id: string, title: string, help: string, blocks: Block[]) {
    return html`<div class="method" role="group" aria-labelledby=${`${id}-title`}>
      <p class="method-title" id=${`${id}-title`}>${title}</p>
      <p class="method-help">${help}</p>
      ${blocks.map((b) => this.renderBlock(b))}
    </div>`;
  }

  override render() {
    const r = this.result;
    const heading = html`Intégrer <code>&lt;${this.tag}&gt;</code> dans votre site`;
    if (!r.ok) {
      return html`<div class="panel" lang="fr" dir="ltr">
        <p class="problem"><strong>${heading} : extraits indisponibles.</strong> ${r.reason}</p>
      </div>`;
    }
    const { package: pkg } = r;
    return html`<div class="panel" lang="fr" dir="ltr">
      <details ?open=${this.open}>
        <summary>${heading}</summary>
        <div class="body">
          <p class="meta">
            ${pkg.name} version ${pkg.version} ·
            ${pkg.cdn ? html`${formatKilobytes(pkg.cdn.brotli)} compressé (brotli)` : nothing}
          </p>
          ${this.renderMethod(
            'npm',
            'Avec npm',
            'Pour un site construit avec un outil (Vite, webpack…).',
            [
              { id: 'npm-install', caption: '1. Installer le paquet', code: r.npm.install },
              {
                id: 'npm-import',
                caption: '2. Charger le composant (JavaScript)',
                code: r.npm.module,
              },
              { id: 'npm-markup', caption: '3. Placer la balise (HTML)', code: r.npm.markup },
            ],
          )}
          ${this.renderMethod(
            'cdn',
            'Avec une balise script (CDN)',
            'Pour WordPress ou une page HTML : collez ce bloc dans un bloc « HTML personnalisé ». La version est fixe et le fichier vérifié (integrity).',
            [{ id: 'cdn', caption: 'Script et balise (HTML)', code: r.cdn }],
          )}
          ${
            r.iframe.ok
              ? this.renderMethod(
                  'iframe',
                  'Dans une iframe',
                  'Quand votre site interdit les scripts : le composant s’affiche depuis une page à part. La ligne <script> est facultative : elle donne à l’iframe la hauteur de son contenu ; sans elle, l’iframe garde sa hauteur et défile.',
                  [{ id: 'iframe', caption: 'Iframe (HTML)', code: r.iframe.code }],
                )
              : html`<div class="method" role="group" aria-labelledby="iframe-title">
                  <p class="method-title" id="iframe-title">Dans une iframe</p>
                  <p class="method-help">${r.iframe.reason}</p>
                </div>`
          }
          ${r.notes.map((n) => html`<p class="note">${n}</p>`)}
          <p role="status" class="status">${this.status}</p>
        </div>
      </details>
    </div>`;
  }
}

if (!customElements.get('qd-sb-embed')) customElements.define('qd-sb-embed', QdSbEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'qd-sb-embed': QdSbEmbed;
  }
}
