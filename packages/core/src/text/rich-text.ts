/**
 * The kit's small "rich text" subset, rendered to Lit templates (never to HTML strings):
 *
 *   blank line        → new paragraph        **gras**        → bold
 *   line break        → line break           *italique*      → italic (also _italique_)
 *   "- " / "• " lines → bulleted list        [texte](https://…)  → link (https:, mailto:, tel: only)
 *   "1. " lines       → numbered list        \*  \_  \[      → the character itself
 *
 * Anything else is text. A link whose address is not allowed stays visible as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isSafeLink } from '../util/url.js';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'br' };

export type Block =
  | { kind: 'p'; children: Inline[] }
  | { kind: 'ul'; items: Inline[][] }
  | { kind: 'ol'; items: Inline[][]; start: number };

const UL = /^\s*[-•*]\s+(.*)$/;
const OL = /^\s*(\d{1,3})[.)]\s+(.*)$/;

function pushText(out: Inline[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** Finds the closing delimiter that is not escaped, starting at `from`. */
function findClose(src: string, delim: string, from: number): number {
  for (let i = from; i < src.length; i++) {
    if (src[i] === '\\') {
      i++;
      continue;
    }
    if (src.startsWith(delim, i)) return i;
  }
  return -1;
}

/**
 * For each place of `src`, the `)` that ends a link address starting there, skipping balanced
 * pairs inside it (`https://fr.wikipedia.org/wiki/Scarpe_(rivière)`), or -1: all of them in one
 * pass from the end, so that a run of `[](` never rescans the rest of the line. The `)` for a start
 * is the first one after it at the same count of `)` minus `(` to the end of the line.
 */
function closingParens(src: string): number[] {
  const ends: number[] = [];
  // next[d]: the nearest `)` seen so far whose count (offset by the length: never below 0) is d.
  const next: number[] = [];
  for (let i = src.length, d = src.length; i-- > 0;) {
    if (src[i] === ')') next[++d] = i;
    else if (src[i] === '(') d--;
    ends[i] = next[d] ?? -1;
  }
  return ends;
}

/** Inline syntax of one line. */
export function parseInline(src: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  // Parsing stays linear: the next `](` is searched once and kept while it is still ahead (a run
  // of `[` does not rescan the line for each: a search from any later `[` before it finds it, as
  // a `\` escapes the same characters whichever `[` a search starts from), and the `)` of every
  // address comes from one pass.
  let close = 0;
  let ends: number[] | undefined;
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && '\\*_[]()'.includes(src[i + 1]!)) {
      pushText(out, src[i + 1]!);
      i += 2;
      continue;
    }
    if (depth < 4 && src.startsWith('**', i)) {
      const end = findClose(src, '**', i + 2);
      if (end > i + 2) {
        out.push({ kind: 'strong', children: parseInline(src.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (
      depth < 4 &&
      (c === '*' || c === '_') &&
      src[i + 1] !== c &&
      src[i + 1] !== ' ' &&
      src[i + 1] !== undefined
    ) {
      const end = findClose(src, c, i + 1);
      if (end > i + 1 && src[end - 1] !== ' ') {
        out.push({ kind: 'em', children: parseInline(src.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[' && depth < 4) {
      if (close !== -1 && close <= i) close = findClose(src, '](', i + 1);
      const end = close === -1 ? -1 : ((ends ??= closingParens(src))[close + 2] ?? -1);
      if (end !== -1) {
        const label = src.slice(i + 1, close);
        const href = src.slice(close + 2, end).trim();
        if (isSafeLink(href) && label.trim() !== '') {
          out.push({ kind: 'link', href, children: parseInline(label, depth + 1) });
        } else {
          // Not an allowed address: keep everything the author wrote, as text.
          pushText(out, label.trim() === '' ? href : `${label} (${href})`);
        }
        i = end + 1;
        continue;
      }
    }
    pushText(out, c);
    i++;
  }
  return out;
}

/** Block structure: paragraphs, bulleted and numbered lists. */
export function parseRichText(src: string): Block[] {
  const blocks: Block[] = [];
  const paragraphs = src.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const para of paragraphs) {
    const lines = para.split('\n').filter((l) => l.trim() !== '');
    let current: Block | undefined;
    for (const line of lines) {
      const ul = UL.exec(line);
      const ol = ul ? null : OL.exec(line);
      if (ul) {
        const item = parseInline(ul[1]!);
        if (current?.kind === 'ul') current.items.push(item);
        else blocks.push((current = { kind: 'ul', items: [item] }));
      } else if (ol) {
        const item = parseInline(ol[2]!);
        // The list starts at the number the author wrote first ("3. …" shows 3).
        if (current?.kind === 'ol') current.items.push(item);
        else blocks.push((current = { kind: 'ol', items: [item], start: Number(ol[1]) }));
      } else {
        const inl = parseInline(line.trim());
        if (current?.kind === 'p') current.children.push({ kind: 'br' }, ...inl);
        else blocks.push((current = { kind: 'p', children: inl }));
      }
    }
  }
  return blocks;
}

function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n) => (n.kind === 'text' ? n.text : n.kind === 'br' ? '\n' : inlineText(n.children)))
    .join('');
}

/** The words a person hears or reads, without markup: for read-aloud, `aria-label`s, titles. */
export function richTextToPlain(src: string): string {
  return parseRichText(src)
    .map((b) => (b.kind === 'p' ? inlineText(b.children) : b.items.map(inlineText).join('\n')))
    .join('\n\n');
}

export interface RichTextOptions {
  /** Visually hidden text added to links that open a new tab, in the UI language. */
  newTabLabel?: string;
}

function renderInline(nodes: Inline[], o: RichTextOptions): unknown[] {
  return nodes.map((n) => {
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'br':
        return html`<br />`;
      case 'strong':
        return html`<strong>${renderInline(n.children, o)}</strong>`;
      case 'em':
        return html`<em>${renderInline(n.children, o)}</em>`;
      case 'link':
        return n.href.startsWith('https:')
          ? html`<a href=${n.href} target="_blank" rel="noopener noreferrer"
              >${renderInline(n.children, o)}${
                o.newTabLabel
                  ? html`<span class="qd-visually-hidden"> ${o.newTabLabel}</span>`
                  : nothing
              }</a
            >`
          : html`<a href=${n.href}>${renderInline(n.children, o)}</a>`;
    }
  });
}

/** Rich text → Lit template (paragraphs, lists, bold, italic, safe links). */
export function renderRichText(
  src: string | undefined,
  options: RichTextOptions = {},
): TemplateResult | typeof nothing {
  if (!src) return nothing;
  const items = (list: Inline[][]) => list.map((it) => html`<li>${renderInline(it, options)}</li>`);
  // No white space inside the lists' templates: the rendered DOM is exactly the structure parsed.
  // prettier-ignore
  return html`${parseRichText(src).map((b) =>
    b.kind === 'p'
      ? html`<p>${renderInline(b.children, options)}</p>`
      : b.kind === 'ul'
        ? html`<ul>${items(b.items)}</ul>`
        : html`<ol start=${b.start === 1 ? nothing : b.start}>${items(b.items)}</ol>`,
  )}`;
}

/** Inline-only rendering (no paragraphs): for headings, labels, legends. Line breaks are kept. */
export function renderInlineText(src: string | undefined, options: RichTextOptions = {}): unknown {
  if (!src) return nothing;
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  return lines.map((l, i) => [
    i > 0 ? html`<br />` : nothing,
    renderInline(parseInline(l), options),
  ]);
}
