import { LitElement, css, html } from 'lit';
import './embed-panel.js';
import { embedData } from './snippets.js';

/**
 * Every element of every built package, with its embed snippets: the list of the
 * "Intégrer dans votre site" page, from `generated/embeds.json`.
 *
 * @summary Catalogue des extraits d'intégration de tous les composants construits.
 */
export class QdSbEmbedCatalog extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family:
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Noto Sans',
        Arial,
        sans-serif;
      color: #1b1b1f;
    }
    p {
      margin: 0.5rem 0;
    }
    .problem {
      padding: 0.5rem 0.75rem;
      border-inline-start: 0.375rem solid #7a4b00;
      background: #fff6e5;
    }
  `;

  override render() {
    const packages = Object.values(embedData.packages).filter((p) => !p.private);
    const embeddable = packages.filter((p) => p.tags.length > 0);
    const waiting = packages.filter((p) => p.tags.length === 0 && p.problem);
    return html`<div lang="fr">
      ${
        embeddable.length === 0
          ? html`<p>
              Aucun composant n'est encore construit : lancez <code>pnpm build</code>, puis
              rechargez cette page.
            </p>`
          : embeddable.flatMap((p) =>
              p.tags.map(
                (t) =>
                  html`<qd-sb-embed
                    package=${p.name}
                    tag=${t.tag}
                    .snippetAttributes=${t.attributes.includes('src') ? { src: 'contenu.json' } : {}}
                  ></qd-sb-embed>`,
              ),
            )
      }
      ${waiting.map((p) => html`<p class="problem">${p.name} : ${p.problem}.</p>`)}
    </div>`;
  }
}

if (!customElements.get('qd-sb-embed-catalog'))
  customElements.define('qd-sb-embed-catalog', QdSbEmbedCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'qd-sb-embed-catalog': QdSbEmbedCatalog;
  }
}
