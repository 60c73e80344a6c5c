import { TOKENS, type TokenName } from '@quartiers-douai/core';
import { LitElement, css, html, nothing } from 'lit';

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const isColour = (v: string) => /^#[0-9a-f]{6}$/i.test(v);
const ratio = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * The kit's design tokens, live from `TOKENS` of `@quartiers-douai/core`: name, light and dark
 * values (colour swatches, with their contrast on the background), and what each one is for.
 *
 * @summary Tableau des jetons du thème (couleurs clair/sombre, contraste, usage).
 */
export class QdSbTokens extends LitElement {
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
      font-size: 0.9375rem;
      line-height: 1.4;
      color: #1b1b1f;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      background: #ffffff;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.5rem;
    }
    th,
    td {
      border-block-end: 1px solid #c4c6cf;
      padding: 0.5rem;
      text-align: start;
      vertical-align: top;
    }
    code {
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      font-size: 0.8125rem;
      overflow-wrap: anywhere;
    }
    .value {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .swatch {
      flex: none;
      width: 2rem;
      height: 2rem;
      border-radius: 0.375rem;
      border: 1px solid #74777f;
    }
    .dark-cell {
      background: #16181c;
      color: #e6e6ea;
    }
    .ratio {
      display: block;
      font-size: 0.8125rem;
    }
    @media (forced-colors: active) {
      .swatch {
        forced-color-adjust: none;
      }
    }
  `;

  private renderValue(name: TokenName, side: 'light' | 'dark') {
    const value = TOKENS[name][side];
    if (!isColour(value)) return html`<code>${value}</code>`;
    const bg = TOKENS['--qd-color-bg'][side];
    const showRatio =
      name !== '--qd-color-bg' && name !== '--qd-color-surface' && name !== '--qd-color-on-primary';
    return html`<span class="value">
      <span class="swatch" style="background:${value}" aria-hidden="true"></span>
      <span>
        <code>${value}</code>
        ${
          showRatio
            ? html`<span class="ratio"
                >${ratio.format(contrastRatio(value, bg))}:1 sur le fond</span
              >`
            : nothing
        }
      </span>
    </span>`;
  }

  override render() {
    const names = Object.keys(TOKENS) as TokenName[];
    return html`<table lang="fr">
      <caption>
        Jetons du thème (${names.length}), valeurs par défaut du kit
      </caption>
      <thead>
        <tr>
          <th scope="col">Propriété CSS</th>
          <th scope="col">Clair</th>
          <th scope="col">Sombre</th>
          <th scope="col">Usage</th>
        </tr>
      </thead>
      <tbody>
        ${names.map(
          (name) =>
            html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td>${this.renderValue(name, 'light')}</td>
              <td class="dark-cell">${this.renderValue(name, 'dark')}</td>
              <td>${TOKENS[name].doc}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

if (!customElements.get('qd-sb-tokens')) customElements.define('qd-sb-tokens', QdSbTokens);

declare global {
  interface HTMLElementTagNameMap {
    'qd-sb-tokens': QdSbTokens;
  }
}
