// Markdown → HTML for the site, safely: `marked` (GFM tables) with a renderer that never lets HTML
// through (raw HTML in a .md file is shown as text), keeps only http(s), mailto, tel and relative
// link targets, gives headings GitHub's ids (so `integrer.md#iframe-…` anchors keep working) and
// turns links between Markdown files into links between the site's pages.
import { Marked } from 'marked';

export const escapeHtml = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** GitHub's heading id: lower case, punctuation dropped (letters of any script kept), spaces → "-". */
export function slug(text) {
  return String(text)
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Text of inline tokens, without markup (for ids and titles). */
const plain = (tokens) =>
  (tokens ?? [])
    .map((t) => (t.tokens ? plain(t.tokens) : t.type === 'codespan' ? t.text : (t.text ?? '')))
    .join('');

const SAFE_PROTOCOL = /^(https?:|mailto:|tel:)/i;
const HAS_PROTOCOL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * @param {object} options
 * @param {(href: string) => string | undefined} options.link  maps a relative link target (as
 *   written in the Markdown) to the site's address, or undefined to keep it as written.
 */
export function createMarkdown({ link = () => undefined } = {}) {
  const marked = new Marked({ gfm: true, async: false });
  const used = new Map();
  let tables = 0;
  const href = (raw) => {
    const target = String(raw ?? '').trim();
    if (SAFE_PROTOCOL.test(target)) return target;
    if (HAS_PROTOCOL.test(target) || target.startsWith('//')) return undefined; // javascript:, data:…
    return link(target) ?? target;
  };
  marked.use({
    renderer: {
      // Raw HTML in a Markdown file is shown as text, never interpreted.
      html({ text }) {
        return escapeHtml(text);
      },
      heading({ tokens, depth }) {
        const base = slug(plain(tokens));
        const n = used.get(base) ?? 0;
        used.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href: raw, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        const target = href(raw);
        if (target === undefined) return text;
        const external = /^https?:/i.test(target);
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' rel="noopener"' : ''}>${text}</a>`;
      },
      image({ href: raw, title, text }) {
        const target = href(raw);
        if (target === undefined || /^https?:/i.test(target)) return escapeHtml(text);
        return `<img src="${escapeHtml(target)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
      },
      // Wide tables scroll inside a focusable, named region (WCAG 1.4.10 allows it for tables).
      table(token) {
        const cells = (row, tag) =>
          row
            .map((cell, i) => {
              const align = token.align[i] ? ` style="text-align:${token.align[i]}"` : '';
              return `<${tag}${align}>${this.parser.parseInline(cell.tokens)}</${tag}>`;
            })
            .join('');
        const head = `<thead><tr>${cells(token.header, 'th')}</tr></thead>`;
        const body = token.rows.length
          ? `<tbody>${token.rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n')}</tbody>`
          : '';
        const name = token.header.map((c) => plain(c.tokens)).join(', ');
        tables++;
        return `<div class="table" role="region" tabindex="0" aria-label="Tableau ${tables} : ${escapeHtml(name.slice(0, 80))}"><table>${head}${body}</table></div>\n`;
      },
    },
  });
  return {
    /** The whole document; heading ids restart for each document. */
    render(markdown) {
      used.clear();
      tables = 0;
      return marked.parse(markdown);
    },
    /** One paragraph, inline only. */
    inline(markdown) {
      return marked.parseInline(markdown);
    },
  };
}

/** The first `# ` heading of a Markdown text, as plain text. */
export function firstHeading(markdown) {
  const m = /^#\s+(.+)$/m.exec(markdown);
  return m ? m[1].replace(/[`*_]/g, '').trim() : undefined;
}

/** The first paragraph after the first heading (a README's presentation), as Markdown. */
export function firstParagraph(markdown) {
  const lines = markdown.split('\n');
  let i = lines.findIndex((l) => /^#\s/.test(l));
  i = i < 0 ? 0 : i + 1;
  while (i < lines.length && lines[i].trim() === '') i++;
  const out = [];
  while (i < lines.length && lines[i].trim() !== '' && !/^(#|```|- |\* |\|)/.test(lines[i])) {
    out.push(lines[i]);
    i++;
  }
  return out.join('\n');
}
